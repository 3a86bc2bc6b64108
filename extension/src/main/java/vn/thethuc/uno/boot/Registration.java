package vn.thethuc.uno.boot;

import com.sun.star.lang.XSingleComponentFactory;
import com.sun.star.lib.uno.helper.Factory;

/** The jar's {@code RegistrationClassName}: passive registration through thethuc.components. */
public final class Registration {
    private Registration() {
    }

    public static XSingleComponentFactory __getComponentFactory(String implementationName) {
        if (ProtocolHandler.IMPLEMENTATION_NAME.equals(implementationName)) {
            return Factory.createComponentFactory(ProtocolHandler.class, ProtocolHandler.SERVICE_NAMES);
        }
        if (NewDocumentJob.IMPLEMENTATION_NAME.equals(implementationName)) {
            return Factory.createComponentFactory(NewDocumentJob.class, NewDocumentJob.SERVICE_NAMES);
        }
        if (OptionsHandler.IMPLEMENTATION_NAME.equals(implementationName)) {
            return Factory.createComponentFactory(OptionsHandler.class, OptionsHandler.SERVICE_NAMES);
        }
        return null;
    }
}
