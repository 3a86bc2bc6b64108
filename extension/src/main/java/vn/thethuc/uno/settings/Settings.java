package vn.thethuc.uno.settings;

import com.sun.star.beans.PropertyValue;
import com.sun.star.beans.XPropertySet;
import com.sun.star.lang.XMultiServiceFactory;
import com.sun.star.uno.UnoRuntime;
import com.sun.star.uno.XComponentContext;
import com.sun.star.util.XChangesBatch;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** Thể Thức's settings in LibreOffice's configuration (schema: descriptors/Settings.xcs). */
public final class Settings {
    public static final String NODE = "/vn.thethuc.writer.Settings/Settings";

    private final XComponentContext context;

    public Settings(XComponentContext context) {
        this.context = context;
    }

    private Object access(boolean update) throws com.sun.star.uno.Exception {
        XMultiServiceFactory provider = UnoRuntime.queryInterface(XMultiServiceFactory.class,
                context.getServiceManager().createInstanceWithContext(
                        "com.sun.star.configuration.ConfigurationProvider", context));
        PropertyValue path = new PropertyValue();
        path.Name = "nodepath";
        path.Value = NODE;
        return provider.createInstanceWithArguments(update ? "com.sun.star.configuration.ConfigurationUpdateAccess"
                : "com.sun.star.configuration.ConfigurationAccess", new Object[] {path});
    }

    /** A setting as the configuration holds it: String, Boolean or String[]. */
    public Object value(String key) throws com.sun.star.uno.Exception {
        return UnoRuntime.queryInterface(XPropertySet.class, access(false)).getPropertyValue(key);
    }

    public String string(String key) throws com.sun.star.uno.Exception {
        Object v = UnoRuntime.queryInterface(XPropertySet.class, access(false)).getPropertyValue(key);
        return v instanceof String s ? s : "";
    }

    /** Whether the administrator locked {@code key} (a policy pack's {@code oor:finalized}): the user cannot change it. */
    public boolean locked(String key) throws com.sun.star.uno.Exception {
        com.sun.star.beans.Property p = UnoRuntime.queryInterface(XPropertySet.class, access(true)).getPropertySetInfo()
                .getPropertyByName(key);
        return (p.Attributes & com.sun.star.beans.PropertyAttribute.READONLY) != 0;
    }

    /** Sets a setting the administrator did not lock; commits at once. */
    public void set(String key, Object value) throws com.sun.star.uno.Exception {
        Object update = access(true);
        UnoRuntime.queryInterface(XPropertySet.class, update).setPropertyValue(key, value);
        UnoRuntime.queryInterface(XChangesBatch.class, update).commitChanges();
    }

    public Set<String> disabledRules() throws com.sun.star.uno.Exception {
        Object v = UnoRuntime.queryInterface(XPropertySet.class, access(false)).getPropertyValue("disabledRules");
        return v instanceof String[] a ? new LinkedHashSet<>(Arrays.asList(a)) : new LinkedHashSet<>();
    }

    /** Turns a rule off for this user ("Tắt quy tắc này"); kept in the user's profile. */
    public void disableRule(String ruleId) throws com.sun.star.uno.Exception {
        Set<String> rules = disabledRules();
        if (rules.add(ruleId)) {
            Object update = access(true);
            UnoRuntime.queryInterface(XPropertySet.class, update).setPropertyValue("disabledRules",
                    rules.toArray(new String[0]));
            UnoRuntime.queryInterface(XChangesBatch.class, update).commitChanges();
        }
    }
}
