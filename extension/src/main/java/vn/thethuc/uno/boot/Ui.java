package vn.thethuc.uno.boot;

import com.sun.star.awt.MessageBoxButtons;
import com.sun.star.awt.MessageBoxType;
import com.sun.star.awt.XMessageBox;
import com.sun.star.awt.XMessageBoxFactory;
import com.sun.star.awt.XWindowPeer;
import com.sun.star.beans.PropertyValue;
import com.sun.star.container.XNameAccess;
import com.sun.star.frame.XFrame;
import com.sun.star.lang.XMultiServiceFactory;
import com.sun.star.uno.XComponentContext;
import vn.thethuc.i18n.Bundle;

/**
 * The user's language (from LibreOffice's UI settings) and the message box. Java 8 source: it
 * also serves the "Java too old" path.
 */
public final class Ui {
    private final XComponentContext context;
    private final XFrame frame;
    private final boolean interactive;
    private Bundle bundle;

    public Ui(XComponentContext context, XFrame frame, boolean interactive) {
        this.context = context;
        this.frame = frame;
        this.interactive = interactive;
    }

    /** The user interface's language, looked up when first needed (a command given a Language never asks). */
    public Bundle bundle() {
        if (bundle == null) {
            bundle = Bundle.forLocale(uiLocale(context));
        }
        return bundle;
    }

    public boolean interactive() {
        return interactive;
    }

    /** The user's choice (Tools › Options › Languages › User interface), else the installed locale. */
    public static String uiLocale(XComponentContext context) {
        String chosen = configString(context, "/org.openoffice.Office.Linguistic/General", "UILocale");
        if (chosen != null && !chosen.isEmpty()) {
            return chosen;
        }
        String installed = configString(context, "/org.openoffice.Setup/L10N", "ooLocale");
        return installed == null ? "en-US" : installed;
    }

    static String configString(XComponentContext context, String node, String property) {
        try {
            XMultiServiceFactory provider = Proxies.q(XMultiServiceFactory.class,
                    context.getServiceManager().createInstanceWithContext(
                            "com.sun.star.configuration.ConfigurationProvider", context));
            PropertyValue path = new PropertyValue();
            path.Name = "nodepath";
            path.Value = node;
            Object access = provider.createInstanceWithArguments(
                    "com.sun.star.configuration.ConfigurationAccess", new Object[] {path});
            XNameAccess names = Proxies.q(XNameAccess.class, access);
            Object value = names.getByName(property);
            return value instanceof String ? (String) value : null;
        } catch (Exception e) {
            return null;
        }
    }

    public void info(String message) {
        show(MessageBoxType.INFOBOX, message);
    }

    public void error(String message) {
        show(MessageBoxType.ERRORBOX, message);
    }

    private void show(MessageBoxType type, String message) {
        if (!interactive || frame == null) {
            return;
        }
        try {
            XWindowPeer parent = Proxies.q(XWindowPeer.class, frame.getContainerWindow());
            XMessageBoxFactory factory = Proxies.q(XMessageBoxFactory.class,
                    context.getServiceManager().createInstanceWithContext("com.sun.star.awt.Toolkit", context));
            XMessageBox box = factory.createMessageBox(parent, type, MessageBoxButtons.BUTTONS_OK,
                    bundle().text("app.name"), message);
            box.execute();
        } catch (Exception e) {
            // The outcome still carries the message; a box that cannot open must not hide it.
            System.err.println("Thể Thức: " + message);
        }
    }
}
