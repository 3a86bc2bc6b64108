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
import vn.thethuc.uno.cli.NewDocument;
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
