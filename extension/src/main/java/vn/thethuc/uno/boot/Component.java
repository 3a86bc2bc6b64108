package vn.thethuc.uno.boot;

import com.sun.star.lang.XServiceInfo;
import com.sun.star.lib.uno.helper.WeakBase;

/** What every component of the extension tells LibreOffice about itself. Java 8 source. */
abstract class Component extends WeakBase implements XServiceInfo {
    private final String implementationName;
    private final String[] serviceNames;

    Component(String implementationName, String[] serviceNames) {
        this.implementationName = implementationName;
        this.serviceNames = serviceNames.clone();
    }

    @Override
    public final String getImplementationName() {
        return implementationName;
    }

    @Override
    public final boolean supportsService(String name) {
        for (String s : serviceNames) {
            if (s.equals(name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public final String[] getSupportedServiceNames() {
        return serviceNames.clone();
    }
}
