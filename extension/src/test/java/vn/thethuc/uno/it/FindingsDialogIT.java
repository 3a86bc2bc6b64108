package vn.thethuc.uno.it;

import static vn.thethuc.uno.it.Accessibility.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.star.accessibility.AccessibleRole;
import com.sun.star.accessibility.XAccessible;
import com.sun.star.accessibility.XAccessibleContext;
import com.sun.star.awt.XExtendedToolkit;
import com.sun.star.lang.XComponent;
import com.sun.star.uno.UnoRuntime;
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

    static JsonObject quietCheck(XComponent doc) throws Exception {
        CommandCall.Answer a = CommandCall.dispatch(office, doc, Command.CHECK.url(),
                Office.property("Interactive", false), Office.property("Language", "en"));
        return JsonParser.parseString(a.payload()).getAsJsonObject();
    }

    @Test
    void theDialogListsTheFindingsGroupedAndFixAllFixesThem() throws Exception {
        XComponent doc = office.open(Fixtures.CORPUS.resolve("seed-001-hadong-2024.odt"));
        try {
            JsonObject before = quietCheck(doc);
            CommandCall.Answer shown = CommandCall.dispatch(office, doc, Command.CHECK.url());
            assertEquals("DONE", shown.status());
            XAccessibleContext dialog = dialog(office, CHECK_DIALOG_EN);
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
            click(fixAll);
            // Fixed and checked again, the dialog has nothing left for Fix all.
            await(dialog, c -> c.getAccessibleRole() == AccessibleRole.PUSH_BUTTON
                    && c.getAccessibleName().replace("~", "").equals("Fix all") && !enabled(c), "Fix all disabled after fixing");
            JsonObject after = quietCheck(doc);
            for (JsonElement e : after.getAsJsonArray("findings")) {
                assertTrue(!e.getAsJsonObject().get("fixable").getAsBoolean(), "still fixable: " + e);
            }
            assertTrue(after.getAsJsonObject("summary").get("errors").getAsInt()
                    < before.getAsJsonObject("summary").get("errors").getAsInt());
            assertEquals(after.getAsJsonArray("findings").size(), list.getAccessibleChildCount(),
                    "the dialog shows the check after the fixes");

            XAccessibleContext close = find(dialog, c -> c.getAccessibleRole() == AccessibleRole.PUSH_BUTTON
                    && c.getAccessibleName().replace("~", "").equals("Close"), 0);
            click(close);
        } finally {
            Office.closeDocument(doc);
        }
    }

    @Test
    void aLongCheckShowsProgressAndCancelStopsItLeavingTheDocumentAsItWas() throws Exception {
        XComponent doc = office.open(Fixtures.longDocument(30_000));
        var modifiable = UnoRuntime.queryInterface(com.sun.star.util.XModifiable.class, doc);
        try {
            var running = CommandCall.start(office, doc, Command.CHECK.url());
            XAccessibleContext cancel = awaitProgress();
            assertTrue(!running.isDone(), "the check ended before it could be cancelled");
            click(cancel);
            CommandCall.Answer cancelled = running.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals("CANCELLED", cancelled.status(), cancelled.message());
            assertEquals("Check cancelled; the document is unchanged.", cancelled.message());
            assertEquals(null, dialog(office, CHECK_DIALOG_EN), "a cancelled check shows no findings");
            assertTrue(!modifiable.isModified(), "the cancelled check modified the document");

            // Left alone, the same long check runs to its end and lists what it found.
            var toTheEnd = CommandCall.start(office, doc, Command.CHECK.url());
            awaitProgress();
            CommandCall.Answer done = toTheEnd.get(120, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals("DONE", done.status(), done.message());
            int findings = JsonParser.parseString(done.payload()).getAsJsonObject().getAsJsonArray("findings").size();
            assertTrue(findings > 0);
            XAccessibleContext list = find(dialog(office, CHECK_DIALOG_EN),
                    c -> c.getAccessibleRole() == AccessibleRole.LIST, 0);
            int listed = Math.min(findings, vn.thethuc.uno.check.FindingsDialog.LISTED);
            assertEquals(listed + (findings > listed ? 1 : 0), list.getAccessibleChildCount());
            if (findings > listed) {
                assertTrue(list.getAccessibleChild(listed).getAccessibleContext().getAccessibleName()
                        .startsWith("… and " + (findings - listed) + " more findings"));
            }
            assertTrue(!modifiable.isModified(), "the check modified the document");
        } finally {
            Office.closeDocument(doc);
        }
    }

    static String describe(XAccessibleContext c, int depth) {
        StringBuilder sb = new StringBuilder("{" + c.getAccessibleRole() + ":" + c.getAccessibleName());
        if (depth < 3) {
            for (int i = 0; i < Math.min(12, c.getAccessibleChildCount()); i++) {
                try {
                    sb.append(describe(c.getAccessibleChild(i).getAccessibleContext(), depth + 1));
                } catch (Exception e) {
                    sb.append("!");
                }
            }
        }
        return sb.append("}").toString();
    }

    /** The long check's progress window: its Cancel button, once it is up. */
    private static XAccessibleContext awaitProgress() throws Exception {
        var toolkit = office.service(com.sun.star.awt.XExtendedToolkit.class, "com.sun.star.awt.Toolkit");
        java.util.List<String> seen = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            seen.clear();
            for (int w = 0; w < toolkit.getTopWindowCount(); w++) {
                var a = UnoRuntime.queryInterface(com.sun.star.accessibility.XAccessible.class, toolkit.getTopWindow(w));
                XAccessibleContext window = a == null ? null : a.getAccessibleContext();
                if (window == null) {
                    continue;
                }
                seen.add(window.getAccessibleName() + (window.getAccessibleName().startsWith("Thể") ? describe(window, 0) : ""));
                XAccessibleContext cancel = window.getAccessibleName().equals(CHECK_DIALOG_EN) ? button(window, "Cancel") : null;
                if (cancel != null) {
                    assertNotNull(label(window, "Checking the layout"), "the progress window does not say what runs");
                    assertNotNull(find(window, c -> UnoRuntime.queryInterface(
                            com.sun.star.accessibility.XAccessibleValue.class, c) != null, 0), describe(window, 0));
                    return cancel;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no progress window within 15 s; windows: " + seen);
    }

    @Test
    void closingTheDocumentClosesItsDialogAndTheOfficeGoesOn() throws Exception {
        XComponent doc = office.open(Fixtures.CORPUS.resolve("seed-002-thainguyen-2023.odt"));
        CommandCall.dispatch(office, doc, Command.CHECK.url());
        assertNotNull(dialog(office, CHECK_DIALOG_EN));
        Office.closeDocument(doc);
        Accessibility.awaitClosed(office, CHECK_DIALOG_EN); // the dialog does not outlive its document
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
            XAccessibleContext dialog = dialog(office, CHECK_DIALOG_EN);
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
            click(off);
            // it asks first: nothing is turned off until the button, now "Confirm", is pressed again
            await(dialog, c -> c.getAccessibleRole() == AccessibleRole.LABEL
                    && c.getAccessibleName().startsWith("Turn the rule \"Capitals of agency names and titles\" off"),
                    "the question");
            assertTrue(quietCheck(doc).toString().contains("ND30.CAPS.AGENCY"), "turned off without asking");
            XAccessibleContext confirm = await(dialog, c -> c.getAccessibleRole() == AccessibleRole.PUSH_BUTTON
                    && c.getAccessibleName().replace("~", "").equals("Confirm"), "the Confirm button");
            click(confirm);
            await(dialog, c -> c.getAccessibleRole() == AccessibleRole.LABEL
                    && c.getAccessibleName().startsWith("The rule \"Capitals of agency names and titles\" is turned off"),
                    "the rule turned off");
            assertTrue(!quietCheck(doc).toString().contains("ND30.CAPS.AGENCY"), "the rule still reports");
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
