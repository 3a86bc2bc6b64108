package vn.thethuc.uno.office;

import com.sun.star.beans.XPropertySet;
import com.sun.star.lang.XMultiServiceFactory;
import com.sun.star.uno.UnoRuntime;
import com.sun.star.util.XChangesBatch;

/** Writes LibreOffice configuration of a running office (its profile keeps the change). */
public final class Config {
    private Config() {
    }

    public static void set(Office office, String node, String property, Object value) throws OfficeException {
        try {
            XMultiServiceFactory provider = office.service(XMultiServiceFactory.class,
                    "com.sun.star.configuration.ConfigurationProvider");
            Object access = provider.createInstanceWithArguments("com.sun.star.configuration.ConfigurationUpdateAccess",
                    new Object[] {Office.property("nodepath", node)});
            UnoRuntime.queryInterface(XPropertySet.class, access).setPropertyValue(property, value);
            UnoRuntime.queryInterface(XChangesBatch.class, access).commitChanges();
        } catch (com.sun.star.uno.Exception e) {
            throw new OfficeException("cannot set " + node + "/" + property + ": " + e.getMessage(), e);
        }
    }

    /** The UI language the extension follows (Tools › Options › Language Settings › User interface). */
    public static void setUiLocale(Office office, String tag) throws OfficeException {
        set(office, "/org.openoffice.Office.Linguistic/General", "UILocale", tag);
    }
}
