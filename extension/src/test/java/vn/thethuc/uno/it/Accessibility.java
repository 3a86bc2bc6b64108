package vn.thethuc.uno.it;

import com.sun.star.accessibility.AccessibleRole;
import com.sun.star.accessibility.XAccessible;
import com.sun.star.accessibility.XAccessibleContext;
import com.sun.star.awt.XExtendedToolkit;
import com.sun.star.uno.UnoRuntime;
import java.util.function.Predicate;
import vn.thethuc.uno.office.Office;

/** The office's windows as a user meets them, through LibreOffice's accessibility API. */
final class Accessibility {
    static final String CHECK_DIALOG_EN = "Thể Thức — Check document layout";

    private Accessibility() {
    }

    static XAccessibleContext find(XAccessibleContext root, Predicate<XAccessibleContext> test, int depth) {
        if (test.test(root)) {
            return root;
        }
        if (depth > 8 || root.getAccessibleRole() == AccessibleRole.LIST) {
            // a list's items are read by the tests that want them: walking hundreds over the bridge takes seconds
            return null;
        }
        long n = root.getAccessibleChildCount();
        for (long i = 0; i < n; i++) {
            try {
                XAccessible child = root.getAccessibleChild((int) i);
                if (child != null) {
                    XAccessibleContext found = find(child.getAccessibleContext(), test, depth + 1);
                    if (found != null) {
                        return found;
                    }
                }
            } catch (com.sun.star.lang.IndexOutOfBoundsException e) {
                // the tree changed under us; look at the rest
            }
        }
        return null;
    }

    static XAccessibleContext dialog(Office office, String title) throws Exception {
        XExtendedToolkit toolkit = office.service(XExtendedToolkit.class, "com.sun.star.awt.Toolkit");
        for (int i = 0; i < toolkit.getTopWindowCount(); i++) {
            try {
                XAccessible a = UnoRuntime.queryInterface(XAccessible.class, toolkit.getTopWindow(i));
                XAccessibleContext c = a == null ? null : a.getAccessibleContext();
                if (c != null && c.getAccessibleName().equals(title)) {
                    return c;
                }
            } catch (com.sun.star.lang.DisposedException | com.sun.star.lang.IndexOutOfBoundsException e) {
                // a window closing while we look: it is not the one we want any more
            }
        }
        return null;
    }

    /** The dialog titled {@code title}, once it is open (at most 30 s). */
    static XAccessibleContext awaitDialog(Office office, String title) throws Exception {
        for (int i = 0; i < 300; i++) {
            XAccessibleContext d = dialog(office, title);
            if (d != null) {
                return d;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the dialog «" + title + "» did not open");
    }

    /** Waits (at most 30 s) until no dialog titled {@code title} is open. */
    static void awaitClosed(Office office, String title) throws Exception {
        for (int i = 0; i < 300 && dialog(office, title) != null; i++) {
            Thread.sleep(100);
        }
        if (dialog(office, title) != null) {
            throw new AssertionError("the dialog «" + title + "» is still open");
        }
    }

    static XAccessibleContext button(XAccessibleContext dialog, String name) {
        return find(dialog, c -> c.getAccessibleRole() == AccessibleRole.PUSH_BUTTON
                && c.getAccessibleName().replace("~", "").equals(name), 0);
    }

    static XAccessibleContext label(XAccessibleContext dialog, String prefix) {
        return find(dialog, c -> c.getAccessibleRole() == AccessibleRole.LABEL
                && c.getAccessibleName().startsWith(prefix), 0);
    }

    /** Types into the text or password field the label {@code label} names (its accessible name), as a user would. */
    static void type(XAccessibleContext dialog, String label, String value) {
        XAccessibleContext field = find(dialog, c -> (c.getAccessibleRole() == AccessibleRole.TEXT
                || c.getAccessibleRole() == AccessibleRole.PASSWORD_TEXT) && c.getAccessibleName().equals(label), 0);
        if (field == null) {
            throw new AssertionError("no text field " + label);
        }
        UnoRuntime.queryInterface(com.sun.star.accessibility.XAccessibleEditableText.class, field).setText(value);
    }

    /** The line (a label) starting with {@code prefix}, once the dialog shows it (at most 30 s). */
    static XAccessibleContext awaitLabel(XAccessibleContext dialog, String prefix) throws InterruptedException {
        return await(dialog, c -> c.getAccessibleRole() == AccessibleRole.LABEL && c.getAccessibleName().startsWith(prefix),
                "a line starting «" + prefix + "»");
    }

    /** Clicks are handled as the office gets to them: wait (at most 30 s) until the dialog shows their effect. */
    static XAccessibleContext await(XAccessibleContext root, Predicate<XAccessibleContext> test, String what)
            throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            XAccessibleContext found = root == null ? null : find(root, test, 0);
            if (found != null) {
                return found;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not within 30 s: " + what);
    }

    static boolean enabled(XAccessibleContext c) {
        return c.getAccessibleStateSet().contains(com.sun.star.accessibility.AccessibleStateType.ENABLED);
    }

    static void click(XAccessibleContext c) throws com.sun.star.lang.IndexOutOfBoundsException {
        UnoRuntime.queryInterface(com.sun.star.accessibility.XAccessibleAction.class, c).doAccessibleAction(0);
    }

}
