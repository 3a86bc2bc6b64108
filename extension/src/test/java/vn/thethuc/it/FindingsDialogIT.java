package vn.thethuc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.star.accessibility.AccessibleRole;
import com.sun.star.accessibility.XAccessible;
import com.sun.star.accessibility.XAccessibleAction;
import com.sun.star.accessibility.XAccessibleContext;
import com.sun.star.awt.XExtendedToolkit;
import com.sun.star.lang.XComponent;
import com.sun.star.uno.UnoRuntime;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thethuc.command.Command;
import vn.thethuc.uno.office.CommandCall;
import vn.thethuc.uno.office.Config;
import vn.thethuc.uno.office.Office;

/** The findings dialog as a user meets it, driven through LibreOffice's accessibility API. */
class FindingsDialogIT {
    private static Office office;

    @BeforeAll
    static void start() throws Exception {
        office = Fixtures.officeWithExtension(Fixtures.JAVA);
        Config.setUiLocale(office, "en-US");
    }

    @AfterAll
    static void stop() {
        if (office != null) {
            office.close();
        }
    }

    static XAccessibleContext find(XAccessibleContext root, Predicate<XAccessibleContext> test, int depth) {
        if (test.test(root)) {
            return root;
        }
        if (depth > 8) {
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

    static XAccessibleContext dialog(String title) throws Exception {
        XExtendedToolkit toolkit = office.service(XExtendedToolkit.class, "com.sun.star.awt.Toolkit");
        for (int i = 0; i < toolkit.getTopWindowCount(); i++) {
            XAccessible a = UnoRuntime.queryInterface(XAccessible.class, toolkit.getTopWindow(i));
            if (a != null && a.getAccessibleContext().getAccessibleName().equals(title)) {
                return a.getAccessibleContext();
            }
        }
        return null;
    }

    static JsonObject quietCheck(XComponent doc) throws Exception {
        CommandCall.Answer a = CommandCall.dispatch(office, doc, Command.CHECK.url(),
                Office.property("Interactive", false), Office.property("Language", "en"));
        return JsonParser.parseString(a.payload()).getAsJsonObject();
    }

    static boolean hasFixable(JsonObject report) {
        for (JsonElement e : report.getAsJsonArray("findings")) {
            if (e.getAsJsonObject().get("fixable").getAsBoolean()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theDialogListsTheFindingsGroupedAndFixAllFixesThem() throws Exception {
        XComponent doc = office.open(Fixtures.CORPUS.resolve("seed-001-hadong-2024.odt"));
        try {
            JsonObject before = quietCheck(doc);
            CommandCall.Answer shown = CommandCall.dispatch(office, doc, Command.CHECK.url());
            assertEquals("DONE", shown.status());
            XAccessibleContext dialog = dialog("Thể Thức — Check document layout");
            assertNotNull(dialog, "the findings dialog is not among the top windows");

            XAccessibleContext list = find(dialog, c -> c.getAccessibleRole() == AccessibleRole.LIST, 0);
            assertNotNull(list);
            int findings = before.getAsJsonArray("findings").size();
            assertEquals(findings, list.getAccessibleChildCount());
            String first = list.getAccessibleChild(0).getAccessibleContext().getAccessibleName();
            assertTrue(first.startsWith("[Error]"), "errors come first: " + first);

            XAccessibleContext fixAll = find(dialog, c -> c.getAccessibleRole() == AccessibleRole.PUSH_BUTTON
                    && c.getAccessibleName().replace("~", "").equals("Fix all"), 0);
            assertNotNull(fixAll);
            UnoRuntime.queryInterface(XAccessibleAction.class, fixAll).doAccessibleAction(0);

            // The click is handled as the office gets to it: wait for its effect, at most 20 s.
            JsonObject after = quietCheck(doc);
            for (int i = 0; i < 100 && hasFixable(after); i++) {
                Thread.sleep(200);
                after = quietCheck(doc);
            }
            for (JsonElement e : after.getAsJsonArray("findings")) {
                assertTrue(!e.getAsJsonObject().get("fixable").getAsBoolean(), "still fixable: " + e);
            }
            assertTrue(after.getAsJsonObject("summary").get("errors").getAsInt()
                    < before.getAsJsonObject("summary").get("errors").getAsInt());
            assertEquals(after.getAsJsonArray("findings").size(), list.getAccessibleChildCount(),
                    "the dialog shows the check after the fixes");

            XAccessibleContext close = find(dialog, c -> c.getAccessibleRole() == AccessibleRole.PUSH_BUTTON
                    && c.getAccessibleName().replace("~", "").equals("Close"), 0);
            UnoRuntime.queryInterface(XAccessibleAction.class, close).doAccessibleAction(0);
        } finally {
            Office.closeDocument(doc);
        }
    }

    @Test
    void closingTheDocumentClosesItsDialogAndTheOfficeGoesOn() throws Exception {
        XComponent doc = office.open(Fixtures.CORPUS.resolve("seed-002-thainguyen-2023.odt"));
        CommandCall.dispatch(office, doc, Command.CHECK.url());
        assertNotNull(dialog("Thể Thức — Check document layout"));
        Office.closeDocument(doc);
        Thread.sleep(500);
        assertEquals(null, dialog("Thể Thức — Check document layout"), "the dialog outlived its document");
        XComponent next = office.open(Fixtures.CORPUS.resolve("seed-002-thainguyen-2023.odt"));
        try {
            assertTrue(quietCheck(next).getAsJsonArray("findings").size() > 0);
        } finally {
            Office.closeDocument(next);
        }
    }

    @Test
    void turningARuleOffSilencesItAndIsKeptInTheSettings() throws Exception {
        XComponent doc = office.open(Fixtures.CORPUS.resolve("seed-003-cantho-2019.odt"));
        try {
            CommandCall.dispatch(office, doc, Command.CHECK.url());
            XAccessibleContext dialog = dialog("Thể Thức — Check document layout");
            XAccessibleContext list = find(dialog, c -> c.getAccessibleRole() == AccessibleRole.LIST, 0);
            int row = -1;
            for (int i = 0; i < list.getAccessibleChildCount(); i++) {
                if (list.getAccessibleChild(i).getAccessibleContext().getAccessibleName().contains("Capitalise")) {
                    row = i;
                }
            }
            assertTrue(row >= 0, "no CAPS.AGENCY finding listed");
            UnoRuntime.queryInterface(com.sun.star.accessibility.XAccessibleSelection.class, list)
                    .selectAccessibleChild(row);
            XAccessibleContext off = find(dialog, c -> c.getAccessibleRole() == AccessibleRole.PUSH_BUTTON
                    && c.getAccessibleName().replace("~", "").equals("Turn this rule off"), 0);
            UnoRuntime.queryInterface(XAccessibleAction.class, off).doAccessibleAction(0);

            boolean silent = false;
            for (int i = 0; i < 100 && !silent; i++) {
                silent = !quietCheck(doc).toString().contains("ND30.CAPS.AGENCY");
                if (!silent) {
                    Thread.sleep(200);
                }
            }
            assertTrue(silent, "the rule still reports");
            Object stored = com.sun.star.uno.UnoRuntime.queryInterface(com.sun.star.beans.XPropertySet.class,
                    office.service(com.sun.star.lang.XMultiServiceFactory.class,
                            "com.sun.star.configuration.ConfigurationProvider").createInstanceWithArguments(
                            "com.sun.star.configuration.ConfigurationAccess",
                            new Object[] {Office.property("nodepath", "/vn.thethuc.writer.Settings/Settings")}))
                    .getPropertyValue("disabledRules");
            assertEquals(java.util.List.of("ND30.CAPS.AGENCY"), java.util.Arrays.asList((String[]) stored));
        } finally {
            Office.closeDocument(doc);
        }
    }
}
