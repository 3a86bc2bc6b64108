package vn.thethuc.uno.it;

import com.sun.star.accessibility.AccessibleRole;
import com.sun.star.accessibility.AccessibleStateType;
import com.sun.star.accessibility.XAccessible;
import com.sun.star.accessibility.XAccessibleComponent;
import com.sun.star.accessibility.XAccessibleContext;
import com.sun.star.accessibility.XAccessibleEditableText;
import com.sun.star.awt.Point;
import com.sun.star.awt.Rectangle;
import com.sun.star.awt.Size;
import com.sun.star.frame.XModel;
import com.sun.star.lang.XComponent;
import com.sun.star.uno.UnoRuntime;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import vn.thethuc.uno.office.Office;

/**
 * A person at a visible Writer: finds what is on the screen the way an assistive tool reads it (LibreOffice's
 * accessibility API: names, roles, places), and acts with the real mouse and keyboard of {@link Screen} —
 * never by dispatching a command. Text is put into a field through the accessibility API after the field is
 * clicked (Vietnamese letters do not go through xdotool's keyboard); keys and ASCII are typed.
 */
final class Person {
    final Screen screen;
    final Office office;
    /** Where screenshots go: target/screenshots, and docs/screenshots with -Dthethuc.screenshots.write=true. */
    static final Path SHOTS = Path.of(System.getProperty("thethuc.basedir", ".")).resolve("target/screenshots");

    Person(Screen screen, Office office) {
        this.screen = screen;
        this.office = office;
    }

    // Seeing.

    static Rectangle bounds(XAccessibleContext c) {
        XAccessibleComponent comp = UnoRuntime.queryInterface(XAccessibleComponent.class, c);
        Point p = comp.getLocationOnScreen();
        Size s = comp.getSize();
        return new Rectangle(p.X, p.Y, s.Width, s.Height);
    }

    static boolean showing(XAccessibleContext c) {
        var states = c.getAccessibleStateSet();
        return states.contains(AccessibleStateType.SHOWING) && states.contains(AccessibleStateType.VISIBLE);
    }

    static boolean focused(XAccessibleContext c) {
        return c.getAccessibleStateSet().contains(AccessibleStateType.FOCUSED);
    }

    static String name(XAccessibleContext c) {
        return c.getAccessibleName().replace("~", "");
    }

    /** The top window (a dialog, a document window) whose title starts with {@code title}, once it is open (30 s). */
    XAccessibleContext window(String title) throws Exception {
        for (int i = 0; i < 300; i++) {
            var toolkit = office.service(com.sun.star.awt.XExtendedToolkit.class, "com.sun.star.awt.Toolkit");
            for (int w = 0; w < toolkit.getTopWindowCount(); w++) {
                try {
                    XAccessible a = UnoRuntime.queryInterface(XAccessible.class, toolkit.getTopWindow(w));
                    XAccessibleContext c = a == null ? null : a.getAccessibleContext();
                    if (c != null && name(c).startsWith(title) && showing(c)) {
                        return c;
                    }
                } catch (com.sun.star.lang.DisposedException | com.sun.star.lang.IndexOutOfBoundsException e) {
                    // closing while we look
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no window «" + title + "» on the screen");
    }

    /** Whether a window titled {@code title} is on the screen now. */
    boolean isOpen(String title) throws Exception {
        var toolkit = office.service(com.sun.star.awt.XExtendedToolkit.class, "com.sun.star.awt.Toolkit");
        for (int w = 0; w < toolkit.getTopWindowCount(); w++) {
            try {
                XAccessible a = UnoRuntime.queryInterface(XAccessible.class, toolkit.getTopWindow(w));
                XAccessibleContext c = a == null ? null : a.getAccessibleContext();
                if (c != null && name(c).startsWith(title) && showing(c)) {
                    return true;
                }
            } catch (com.sun.star.lang.DisposedException | com.sun.star.lang.IndexOutOfBoundsException e) {
                // closing
            }
        }
        return false;
    }

    void awaitClosed(String title) throws Exception {
        for (int i = 0; i < 300 && isOpen(title); i++) {
            Thread.sleep(100);
        }
        if (isOpen(title)) {
            throw new AssertionError("«" + title + "» is still on the screen");
        }
    }

    /** The document's window, as its frame's container window reads it. */
    static XAccessibleContext documentWindow(XComponent doc) {
        var frame = UnoRuntime.queryInterface(XModel.class, doc).getCurrentController().getFrame();
        return UnoRuntime.queryInterface(XAccessible.class, frame.getContainerWindow()).getAccessibleContext();
    }

    static XAccessibleContext find(XAccessibleContext root, Predicate<XAccessibleContext> test) {
        return Accessibility.find(root, test, 0);
    }

    /** The control of {@code dialog} labelled {@code label} (its accessible name) with one of {@code roles}. */
    static XAccessibleContext control(XAccessibleContext dialog, String label, short... roles) {
        XAccessibleContext c = find(dialog, x -> {
            for (short r : roles) {
                if (x.getAccessibleRole() == r && name(x).equals(label)) {
                    return true;
                }
            }
            return false;
        });
        if (c == null) {
            throw new AssertionError("no «" + label + "» in " + name(dialog));
        }
        return c;
    }

    static XAccessibleContext button(XAccessibleContext dialog, String label) {
        return control(dialog, label, AccessibleRole.PUSH_BUTTON);
    }

    // Acting.

    void click(XAccessibleContext c) throws Exception {
        Rectangle r = bounds(c);
        screen.click(r.X + r.Width / 2, r.Y + r.Height / 2);
    }

    void key(String... keys) throws Exception {
        screen.key(keys);
    }

    /** Opens {@code menu} of the document's menu bar with the mouse and chooses {@code item} in it. */
    void menu(XComponent doc, String menu, String item) throws Exception {
        XAccessibleContext bar = find(documentWindow(doc), c -> c.getAccessibleRole() == AccessibleRole.MENU_BAR);
        XAccessibleContext m = find(bar, c -> c.getAccessibleRole() == AccessibleRole.MENU && name(c).equals(menu));
        if (m == null) {
            throw new AssertionError("no menu «" + menu + "»");
        }
        click(m);
        XAccessibleContext i = null;
        for (int k = 0; k < 100 && i == null; k++) {
            Thread.sleep(50);
            i = find(m, c -> (c.getAccessibleRole() == AccessibleRole.MENU_ITEM || c.getAccessibleRole() == AccessibleRole.MENU)
                    && name(c).startsWith(item) && showing(c));
        }
        if (i == null) {
            throw new AssertionError("no item «" + item + "» in the menu «" + menu + "»");
        }
        click(i);
    }

    /** A button of the document window's toolbar {@code toolbar} ("Thể Thức"), clicked. */
    void toolbarButton(XComponent doc, String toolbar, String button) throws Exception {
        XAccessibleContext bar = find(documentWindow(doc), c -> c.getAccessibleRole() == AccessibleRole.TOOL_BAR
                && name(c).equals(toolbar));
        if (bar == null) {
            throw new AssertionError("no toolbar «" + toolbar + "» on the screen");
        }
        XAccessibleContext b = find(bar, c -> name(c).equals(button));
        if (b == null) {
            throw new AssertionError("no «" + button + "» on the toolbar «" + toolbar + "»");
        }
        click(b);
    }

    /** Clicks into the field labelled {@code label} and writes {@code text} there, in place of what it held. */
    void fill(XAccessibleContext dialog, String label, String text) throws Exception {
        XAccessibleContext field = control(dialog, label, AccessibleRole.TEXT, AccessibleRole.PASSWORD_TEXT);
        click(field);
        UnoRuntime.queryInterface(XAccessibleEditableText.class, field).setText(text);
    }

    /** Clicks into the field labelled {@code label}, empties it and types {@code ascii} key by key. */
    void typeInto(XAccessibleContext dialog, String label, String ascii) throws Exception {
        XAccessibleContext field = control(dialog, label, AccessibleRole.TEXT, AccessibleRole.PASSWORD_TEXT);
        click(field);
        UnoRuntime.queryInterface(XAccessibleEditableText.class, field).setText("");
        screen.type(ascii);
    }

    static String text(XAccessibleContext dialog, String label) {
        XAccessibleContext field = control(dialog, label, AccessibleRole.TEXT, AccessibleRole.PASSWORD_TEXT);
        return UnoRuntime.queryInterface(com.sun.star.accessibility.XAccessibleText.class, field).getText();
    }

    /**
     * Opens the drop-down labelled {@code label} with the mouse (its button, at the right end) and chooses
     * {@code item} in the list that drops down; returns what the list showed. Fails when the control is not a
     * drop-down or no list drops: the defect of a one-row list with a tiny scrollbar.
     */
    List<String> choose(XAccessibleContext dialog, String label, String item) throws Exception {
        XAccessibleContext box = control(dialog, label, AccessibleRole.COMBO_BOX, AccessibleRole.LIST);
        if (box.getAccessibleRole() != AccessibleRole.COMBO_BOX) {
            throw new AssertionError("«" + label + "» is not a drop-down list (role " + box.getAccessibleRole() + ")");
        }
        Rectangle r = bounds(box);
        XAccessibleContext list = null;
        // a click that lands while the dialog is still busy with the previous one is lost, as it is for a
        // person, who clicks again; a one-row list never drops however often it is clicked
        for (int attempt = 0; attempt < 3 && list == null; attempt++) {
            screen.click(r.X + r.Width - 8, r.Y + r.Height / 2);
            for (int k = 0; k < 60; k++) {
                Thread.sleep(50);
                // the list that drops down stands below (or above) the box; a one-row list box's list is the box itself
                list = find(box, c -> c.getAccessibleRole() == AccessibleRole.LIST && showing(c)
                        && (bounds(c).Y >= r.Y + r.Height - 2 || bounds(c).Y + bounds(c).Height <= r.Y + 2));
                if (list != null) {
                    break;
                }
            }
        }
        if (list == null) {
            shot("failed-choose");
            throw new AssertionError("«" + label + "»: no list dropped down after three clicks");
        }
        List<String> shown = new ArrayList<>();
        XAccessibleContext wanted = null;
        for (int i = 0; i < list.getAccessibleChildCount(); i++) {
            XAccessibleContext entry = list.getAccessibleChild(i).getAccessibleContext();
            shown.add(name(entry));
            if (wanted == null && name(entry).startsWith(item)) {
                wanted = entry;
            }
        }
        if (wanted == null) {
            throw new AssertionError("«" + label + "» has no «" + item + "»: " + shown);
        }
        if (!showing(wanted)) {
            throw new AssertionError("«" + item + "» is in «" + label + "» but not shown in its list: " + shown);
        }
        click(wanted);
        XAccessibleContext dropped = list;
        for (int k = 0; k < 100 && showing(dropped) && bounds(dropped).Y != r.Y; k++) {
            Thread.sleep(50); // the list goes up again once chosen
        }
        return shown;
    }

    /** Double-clicks (a tree's item, to open it). */
    void doubleClick(XAccessibleContext c) throws Exception {
        Rectangle r = bounds(c);
        screen.click(r.X + r.Width / 2, r.Y + r.Height / 2);
        screen.click(r.X + r.Width / 2, r.Y + r.Height / 2);
    }

    /** What the drop-down labelled {@code label} shows as chosen (the text field above its list). */
    static String chosen(XAccessibleContext dialog, String label) {
        XAccessibleContext box = control(dialog, label, AccessibleRole.COMBO_BOX);
        for (int i = 0; i < box.getAccessibleChildCount(); i++) {
            try {
                XAccessibleContext c = box.getAccessibleChild(i).getAccessibleContext();
                if (c.getAccessibleRole() == AccessibleRole.TEXT || c.getAccessibleRole() == AccessibleRole.LABEL) {
                    var t = UnoRuntime.queryInterface(com.sun.star.accessibility.XAccessibleText.class, c);
                    return t != null ? t.getText() : name(c);
                }
            } catch (com.sun.star.lang.IndexOutOfBoundsException e) {
                break;
            }
        }
        var value = UnoRuntime.queryInterface(com.sun.star.accessibility.XAccessibleText.class, box);
        return value != null ? value.getText() : box.getAccessibleDescription();
    }

    /** The focused control of {@code dialog}, if any. */
    static XAccessibleContext focusIn(XAccessibleContext dialog) {
        return find(dialog, c -> c != dialog && focused(c) && c.getAccessibleRole() != AccessibleRole.PANEL
                && c.getAccessibleRole() != AccessibleRole.SCROLL_PANE);
    }

    /** The places of the controls that Tab visits, {@code presses} times from where the focus is. */
    List<Rectangle> tabThrough(XAccessibleContext dialog, int presses) throws Exception {
        List<Rectangle> out = new ArrayList<>();
        for (int i = 0; i < presses; i++) {
            key("Tab");
            XAccessibleContext f = null;
            for (int k = 0; k < 40 && f == null; k++) {
                Thread.sleep(25);
                f = focusIn(dialog);
            }
            if (f != null) {
                out.add(bounds(f));
            }
        }
        return out;
    }

    /** A screenshot named {@code name}.png: target/screenshots, and docs/screenshots when asked to write them. */
    void shot(String name) throws Exception {
        Thread.sleep(300); // the last paint
        Path png = SHOTS.resolve(name + ".png");
        screen.shot(png);
        if (Boolean.getBoolean("thethuc.screenshots.write")) {
            Path doc = Path.of(System.getProperty("thethuc.basedir", ".")).resolve("docs/screenshots").resolve(name + ".png");
            java.nio.file.Files.createDirectories(doc.getParent());
            java.nio.file.Files.copy(png, doc, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
