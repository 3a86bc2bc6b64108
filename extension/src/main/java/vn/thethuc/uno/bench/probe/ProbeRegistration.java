package vn.thethuc.uno.bench.probe;

import com.sun.star.lang.XSingleComponentFactory;
import com.sun.star.lib.uno.helper.Factory;
import vn.thethuc.uno.boot.Registration;

/**
 * The {@code RegistrationClassName} of the benchmark's variant of the extension's jar: the extension's
 * components as {@link Registration} makes them, and the probe.
 */
public final class ProbeRegistration {
    private ProbeRegistration() {
    }

    public static XSingleComponentFactory __getComponentFactory(String implementationName) {
        return Probe.IMPLEMENTATION_NAME.equals(implementationName)
                ? Factory.createComponentFactory(Probe.class, Probe.SERVICE_NAMES)
                : Registration.__getComponentFactory(implementationName);
    }
}
