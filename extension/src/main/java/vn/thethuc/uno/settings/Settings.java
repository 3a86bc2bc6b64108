package vn.thethuc.uno.settings;

import vn.thethuc.uno.boot.Proxies;
import com.sun.star.beans.PropertyValue;
import com.sun.star.beans.XPropertySet;
import com.sun.star.lang.XMultiServiceFactory;
import com.sun.star.uno.XComponentContext;
import com.sun.star.util.XChangesBatch;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** Thể Thức's settings in LibreOffice's configuration (schema: descriptors/Settings.xcs). */
public final class Settings {
    public static final String NODE = "/vn.thethuc.writer.Settings/Settings";
    /** What is remembered for the user (the last key file): not settings, never locked by a policy. */
    public static final String REMEMBERED = "/vn.thethuc.writer.Settings/Remembered";

    private final XComponentContext context;

    public Settings(XComponentContext context) {
        this.context = context;
    }

    private Object access(boolean update) throws com.sun.star.uno.Exception {
        return access(NODE, update);
    }

    private Object access(String node, boolean update) throws com.sun.star.uno.Exception {
        XMultiServiceFactory provider = Proxies.q(XMultiServiceFactory.class,
                context.getServiceManager().createInstanceWithContext(
                        "com.sun.star.configuration.ConfigurationProvider", context));
        PropertyValue path = new PropertyValue();
        path.Name = "nodepath";
        path.Value = node;
        return provider.createInstanceWithArguments(update ? "com.sun.star.configuration.ConfigurationUpdateAccess"
                : "com.sun.star.configuration.ConfigurationAccess", new Object[] {path});
    }

    /** A setting as the configuration holds it: String, Boolean or String[]. */
    public Object value(String key) throws com.sun.star.uno.Exception {
        return Proxies.q(XPropertySet.class, access(false)).getPropertyValue(key);
    }

    public String string(String key) throws com.sun.star.uno.Exception {
        Object v = Proxies.q(XPropertySet.class, access(nodeOf(key), false)).getPropertyValue(key);
        return v instanceof String s ? s : "";
    }

    private static String nodeOf(String key) {
        return key.equals("lastKeyFile") ? REMEMBERED : NODE;
    }

    public int integer(String key) throws com.sun.star.uno.Exception {
        return value(key) instanceof Number n ? n.intValue() : 0;
    }

    /**
     * The proxy LibreOffice itself uses (Tools › Options › LibreOffice › Internet › Proxy; with "System",
     * the desktop fills the same keys), for the feed's HTTP client; null for none.
     */
    public java.net.ProxySelector officeProxy() {
        try {
            XPropertySet inet = Proxies.q(XPropertySet.class, access("/org.openoffice.Inet/Settings", false));
            Object type = inet.getPropertyValue("ooInetProxyType");
            Object host = inet.getPropertyValue("ooInetHTTPSProxyName");
            Object port = inet.getPropertyValue("ooInetHTTPSProxyPort");
            Object noProxy = inet.getPropertyValue("ooInetNoProxy");
            return vn.thethuc.feed.Proxies.of(type instanceof Number n ? n.intValue() : 0,
                    host instanceof String h ? h : "", port instanceof Number p ? p.intValue() : 0,
                    noProxy instanceof String x ? x : "");
        } catch (com.sun.star.uno.Exception | RuntimeException e) {
            return null;
        }
    }

    /** Whether the administrator locked {@code key} (a policy pack's {@code oor:finalized}): the user cannot change it. */
    public boolean locked(String key) throws com.sun.star.uno.Exception {
        com.sun.star.beans.Property p = Proxies.q(XPropertySet.class, access(true)).getPropertySetInfo()
                .getPropertyByName(key);
        return (p.Attributes & com.sun.star.beans.PropertyAttribute.READONLY) != 0;
    }

    /** Sets a setting the administrator did not lock; commits at once. */
    public void set(String key, Object value) throws com.sun.star.uno.Exception {
        Object update = access(nodeOf(key), true);
        Proxies.q(XPropertySet.class, update).setPropertyValue(key, value);
        Proxies.q(XChangesBatch.class, update).commitChanges();
    }

    public Set<String> disabledRules() throws com.sun.star.uno.Exception {
        Object v = Proxies.q(XPropertySet.class, access(false)).getPropertyValue("disabledRules");
        return v instanceof String[] a ? new LinkedHashSet<>(Arrays.asList(a)) : new LinkedHashSet<>();
    }

    /** Turns a rule off for this user ("Tắt quy tắc này"); kept in the user's profile. */
    public void disableRule(String ruleId) throws com.sun.star.uno.Exception {
        Set<String> rules = disabledRules();
        if (rules.add(ruleId)) {
            Object update = access(true);
            Proxies.q(XPropertySet.class, update).setPropertyValue("disabledRules",
                    rules.toArray(new String[0]));
            Proxies.q(XChangesBatch.class, update).commitChanges();
        }
    }
}
