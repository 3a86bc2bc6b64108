package vn.thethuc.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.star.lang.XComponent;
import com.sun.star.text.XBookmarksSupplier;
import com.sun.star.text.XTextContent;
import com.sun.star.uno.UnoRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thethuc.command.Command;
import vn.thethuc.feed.FeedReader;
import vn.thethuc.feed.Link;
import vn.thethuc.plan.Spec;
import vn.thethuc.uno.service.NewDocument;
import vn.thethuc.uno.office.CommandCall;
import vn.thethuc.uno.office.Office;

/** A plan made from the parent's feed, reopened by LibreOffice: its tasks traceable, the three rules watching. */
class FeedIT extends WithOffice {
    static final Path FEED = Fixtures.SHARED.resolve("feeds/thai-nguyen-59-KH-UBND-2023.json");

    static JsonObject check(XComponent doc, String agency) throws Exception {
        CommandCall.Answer a = CommandCall.dispatch(office, doc, Command.CHECK.url(), Office.property("Interactive", false),
                Office.property("Language", "en"), Office.property("Mode", "draft"),
                Office.property("Feed", Files.readString(FEED)), Office.property("Agency", agency));
        assertEquals("DONE", a.status(), a.message());
        return JsonParser.parseString(a.payload()).getAsJsonObject();
    }

    static List<String> linkRules(JsonObject report) {
        List<String> out = new ArrayList<>();
        report.getAsJsonArray("findings").forEach(f -> {
            String rule = f.getAsJsonObject().get("rule").getAsString();
            if (rule.startsWith("KH.PARENT") || rule.equals("KH.COVERAGE") || rule.equals("KH.DEADLINES")) {
                out.add(rule + " " + f.getAsJsonObject().get("message").getAsString());
            }
        });
        return out;
    }

    static CommandCall.Answer take(XComponent doc, String tasks) throws Exception {
        return CommandCall.dispatch(office, doc, Command.FEED.url(), Office.property("Interactive", false),
                Office.property("Language", "en"), Office.property("Source", FEED.toString()),
                Office.property("Agency", "SYT"), Office.property("Tasks", tasks));
    }

    static long taskMarks(XComponent doc) {
        return java.util.Arrays.stream(UnoRuntime.queryInterface(XBookmarksSupplier.class, doc).getBookmarks()
                .getElementNames()).filter(n -> n.startsWith("VB_NV_")).count();
    }

    /** In Writer: an empty document becomes the linked plan (one undo step); run again, only new tasks come in. */
    @Test
    void takingTasksFromTheParentInWriterAddsOnlyWhatIsNotThereYet() throws Exception {
        Link link = new Link(FeedReader.read(Files.readAllBytes(FEED)), "SYT");
        List<String> ids = link.feed().concerning("SYT").stream().map(a -> a.task().id()).toList();
        XComponent doc = office.newTextDocument();
        try {
            String before = Checks.normalized(Checks.report(office, doc, "draft", null));
            CommandCall.Answer first = take(doc, String.join(",", ids.subList(0, 3)));
            assertEquals("DONE", first.status(), first.message());
            assertEquals("Inserted 3 tasks from plan 59/KH-UBND (0 already in the document).", first.message());
            assertEquals(3, taskMarks(doc));
            List<String> coverage = linkRules(Checks.report(office, doc, "draft", null));
            assertEquals(ids.size() - 3, coverage.stream().filter(r -> r.startsWith("KH.COVERAGE")).count(),
                    "the check finds the link the document remembers: " + coverage);

            var controller = UnoRuntime.queryInterface(com.sun.star.frame.XModel.class, doc).getCurrentController();
            UnoRuntime.queryInterface(com.sun.star.text.XTextViewCursorSupplier.class, controller).getViewCursor()
                    .gotoRange(UnoRuntime.queryInterface(XTextContent.class, UnoRuntime.queryInterface(
                            XBookmarksSupplier.class, doc).getBookmarks().getByName(Link.mark(ids.get(2)))).getAnchor()
                            .getEnd(), false);
            CommandCall.Answer again = take(doc, "");
            assertEquals("Inserted " + (ids.size() - 3) + " tasks from plan 59/KH-UBND (3 already in the document).",
                    again.message());
            assertEquals(ids.size(), taskMarks(doc), "every task once");
            assertEquals(List.of(), linkRules(Checks.report(office, doc, "draft", null)));
            List<String> texts = new ArrayList<>();
            Checks.report(office, doc, "draft", null).getAsJsonObject("snapshot").getAsJsonArray("paragraphs")
                    .forEach(p -> texts.add(p.getAsJsonObject().get("text").getAsString()));
            int partII = texts.indexOf("II. NHIỆM VỤ, GIẢI PHÁP");
            int partIII = texts.indexOf("III. KINH PHÍ THỰC HIỆN");
            for (var a : link.feed().concerning("SYT")) {
                int at = texts.indexOf("- " + a.task().text() + (a.role() == vn.thethuc.feed.Feed.Role.SUPPORT
                        ? " (phối hợp)" : ""));
                assertTrue(partII < at && at < partIII, a.task().id() + ": new tasks go into the tasks part, "
                        + partII + " < " + at + " < " + partIII);
            }
            int organisation = texts.indexOf("IV. TỔ CHỨC THỰC HIỆN");
            assertTrue(texts.stream().filter(t -> t.startsWith("- Báo cáo")).allMatch(t -> texts.indexOf(t) > organisation),
                    "the reports they ask for go to Tổ chức thực hiện");

            var undo = UnoRuntime.queryInterface(com.sun.star.document.XUndoManagerSupplier.class, doc).getUndoManager();
            undo.undo();
            assertEquals(3, taskMarks(doc), "one undo takes the second batch away");
            undo.undo();
            assertEquals(before, Checks.normalized(Checks.report(office, doc, "draft", null)), "and the first");

            CommandCall.Answer bad = CommandCall.dispatch(office, doc, Command.FEED.url(),
                    Office.property("Interactive", false), Office.property("Language", "en"),
                    Office.property("Source", "/nonexistent/feed.json"), Office.property("Agency", "SYT"));
            assertEquals("FAILED", bad.status());
            assertTrue(bad.message().contains("/nonexistent/feed.json"), bad.message());
            assertEquals(before, Checks.normalized(Checks.report(office, doc, "draft", null)), "a bad feed changes nothing");
        } finally {
            Office.closeDocument(doc);
        }
    }

    @Test
    void aLinkedPlanKeepsItsTasksTraceableAndTheRulesSeeAMissingOne() throws Exception {
        Link link = new Link(FeedReader.read(Files.readAllBytes(FEED)), "SYT");
        Path out = Files.createTempDirectory("thethuc-feed-").resolve("ke-hoach-syt.docx");
        NewDocument.writeLinked(office, link, FEED.toString(), Spec.sample(LocalDate.now()), 5, out, false);
        XComponent doc = Fixtures.editable(office, out);
        try {
            assertEquals(List.of(), linkRules(check(doc, "SYT")), "a plan made from the feed covers it");
            var marks = UnoRuntime.queryInterface(XBookmarksSupplier.class, doc).getBookmarks();
            int tasks = link.feed().concerning("SYT").size();
            assertEquals(tasks, java.util.Arrays.stream(marks.getElementNames()).filter(n -> n.startsWith("VB_NV_")).count(),
                    "every task bookmarked, through .docx too");
            XTextContent task = UnoRuntime.queryInterface(XTextContent.class, marks.getByName("VB_NV_II.9.5"));
            task.getAnchor().setString("");
            UnoRuntime.queryInterface(com.sun.star.lang.XComponent.class, task).dispose();
            List<String> after = linkRules(check(doc, "SYT"));
            assertEquals(1, after.size(), after.toString());
            assertTrue(after.get(0).startsWith("KH.COVERAGE Task II.9.5 of the parent plan is not in the plan"), after.get(0));
            // Without the Feed argument, the check finds the link the document remembers.
            CommandCall.Answer remembered = CommandCall.dispatch(office, doc, Command.CHECK.url(),
                    Office.property("Interactive", false), Office.property("Language", "en"));
            assertTrue(remembered.payload().contains("Task II.9.5 of the parent plan is not in the plan"),
                    remembered.payload());
            var props = UnoRuntime.queryInterface(com.sun.star.document.XDocumentPropertiesSupplier.class, doc)
                    .getDocumentProperties().getUserDefinedProperties();
            var values = UnoRuntime.queryInterface(com.sun.star.beans.XPropertySet.class, props);
            assertEquals("thai-nguyen/ubnd/59-KH-UBND/2023", values.getPropertyValue("TheThucParentPlan"));
            assertEquals("SYT", values.getPropertyValue("TheThucAgency"));
        } finally {
            Office.closeDocument(doc);
        }
    }
}
