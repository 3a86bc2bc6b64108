package vn.thethuc.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.sun.star.document.XUndoManager;
import com.sun.star.document.XUndoManagerSupplier;
import com.sun.star.lang.XComponent;
import com.sun.star.uno.UnoRuntime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.thethuc.command.Command;
import vn.thethuc.plan.DocType;
import vn.thethuc.uno.office.CommandCall;
import vn.thethuc.uno.office.Office;

/** Chèn thể thức văn bản in real LibreOffice: every type passes the check; one undo takes it all back. */
class InsertIT extends WithOffice {

    static CommandCall.Answer insert(XComponent doc, String type, String spec) throws Exception {
        return CommandCall.dispatch(office, doc, Command.INSERT.url(), Office.property("Interactive", false),
                Office.property("Language", "en"), Office.property("Type", type), Office.property("Spec", spec));
    }

    /** The first place the text is found, as Find would show it. */
    static com.sun.star.text.XTextRange find(XComponent doc, String text) {
        var search = UnoRuntime.queryInterface(com.sun.star.util.XSearchable.class, doc);
        var what = search.createSearchDescriptor();
        what.setSearchString(text);
        return UnoRuntime.queryInterface(com.sun.star.text.XTextRange.class, search.findFirst(what));
    }

    static int lines(XComponent doc) {
        return UnoRuntime.queryInterface(com.sun.star.drawing.XDrawPageSupplier.class, doc).getDrawPage().getCount();
    }

    static JsonObject check(XComponent doc, String mode) throws Exception {
        return Checks.report(office, doc, mode, null);
    }

    /** Warnings and errors but the placeholders an insertion leaves for the drafter (ND30.TEXT.PLACEHOLDER). */
    static List<String> problems(JsonObject report) {
        return Checks.besidesPlaceholders(Checks.problems(report)).stream().map(p -> p.substring(0, p.indexOf(" | "))).toList();
    }

    @ParameterizedTest
    @EnumSource(DocType.class)
    void everyTypeInsertedInANewDocumentPassesTheCheck(DocType type) throws Exception {
        XComponent doc = office.newTextDocument();
        try {
            CommandCall.Answer a = insert(doc, type.name(), "{}");
            assertEquals("DONE", a.status(), a.message());
            assertEquals(List.of(), problems(check(doc, "draft")), "draft mode");
            assertEquals(2, lines(doc), "the lines under the agency name and the Tiêu ngữ");
            assertEquals(List.of("ND30.SO_KY_HIEU.FORMAT ERROR"), problems(check(doc, "issue")),
                    "issue mode: only the blank number");
            // the inserted text is Vietnamese (spelling); the empty document became a Vietnamese one (the PDF's /Lang)
            var defaults = UnoRuntime.queryInterface(com.sun.star.beans.XPropertySet.class, doc);
            assertEquals("vi", ((com.sun.star.lang.Locale) defaults.getPropertyValue("CharLocale")).Language);
            var paragraphs = UnoRuntime.queryInterface(com.sun.star.container.XEnumerationAccess.class,
                    UnoRuntime.queryInterface(com.sun.star.text.XTextDocument.class, doc).getText()).createEnumeration();
            int vietnamese = 0;
            while (paragraphs.hasMoreElements()) {
                Object element = paragraphs.nextElement();
                var p = UnoRuntime.queryInterface(com.sun.star.beans.XPropertySet.class, element);
                if (UnoRuntime.queryInterface(com.sun.star.lang.XServiceInfo.class, element)
                        .supportsService("com.sun.star.text.Paragraph")
                        && UnoRuntime.queryInterface(com.sun.star.text.XTextRange.class, p).getString().length() > 3) {
                    var locale = (com.sun.star.lang.Locale) p.getPropertyValue("CharLocale");
                    assertEquals("vi-VN", locale.Language + "-" + locale.Country,
                            UnoRuntime.queryInterface(com.sun.star.text.XTextRange.class, p).getString());
                    vietnamese++;
                }
            }
            assertTrue(vietnamese >= 2, "paragraphs checked: " + vietnamese);
        } finally {
            Office.closeDocument(doc);
        }
    }

    @Test
    void oneUndoRestoresTheDocument() throws Exception {
        XComponent doc = office.newTextDocument();
        try {
            String before = Checks.normalized(check(doc, "draft"));
            assertEquals("DONE", insert(doc, "KH", "{\"number\": \"12\"}").status());
            assertTrue(Checks.normalized(check(doc, "draft")).contains("Số: 12/KH-SYT"));
            XUndoManager undo = UnoRuntime.queryInterface(XUndoManagerSupplier.class, doc).getUndoManager();
            undo.undo();
            assertEquals(before, Checks.normalized(check(doc, "draft")));
            assertEquals(0, lines(doc), "undo takes the lines away too");
            assertFalse(undo.isUndoPossible(), "the insertion took more than one undo step");
        } finally {
            Office.closeDocument(doc);
        }
    }

    /** A document with the user's text keeps its own default language: only the inserted text is Vietnamese. */
    @Test
    void aDocumentWithTextKeepsItsLanguage() throws Exception {
        XComponent doc = office.newTextDocument();
        try {
            var text = UnoRuntime.queryInterface(com.sun.star.text.XTextDocument.class, doc).getText();
            text.setString("Draft notes of the meeting");
            text.getEnd().setString("\n");
            var view = UnoRuntime.queryInterface(com.sun.star.text.XTextViewCursorSupplier.class,
                    UnoRuntime.queryInterface(com.sun.star.frame.XModel.class, doc).getCurrentController()).getViewCursor();
            view.gotoEnd(false);
            assertEquals("DONE", insert(doc, "KH", "{}").status());
            var defaults = UnoRuntime.queryInterface(com.sun.star.beans.XPropertySet.class, doc);
            assertEquals("en", ((com.sun.star.lang.Locale) defaults.getPropertyValue("CharLocale")).Language);
            var first = UnoRuntime.queryInterface(com.sun.star.beans.XPropertySet.class, text.createTextCursor());
            assertEquals("en", ((com.sun.star.lang.Locale) first.getPropertyValue("CharLocale")).Language,
                    "the user's paragraph");
        } finally {
            Office.closeDocument(doc);
        }
    }

    /** Texts of the document's paragraphs in order, as the check reads them. */
    static List<String> texts(XComponent doc) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        for (var p : check(doc, "draft").getAsJsonObject("snapshot").getAsJsonArray("paragraphs")) {
            out.add(p.getAsJsonObject().get("text").getAsString());
        }
        return out;
    }

    @Test
    void onePartMoreAtTheCursorContinuesTheNumbering() throws Exception {
        XComponent doc = office.newTextDocument();
        try {
            assertEquals("DONE", insert(doc, "KH", "{}").status());
            var found = find(doc, "Trên đây là");
            var controller = UnoRuntime.queryInterface(com.sun.star.frame.XModel.class, doc).getCurrentController();
            UnoRuntime.queryInterface(com.sun.star.text.XTextViewCursorSupplier.class, controller).getViewCursor()
                    .gotoRange(found.getStart(), false);
            String before = Checks.normalized(check(doc, "draft"));

            CommandCall.Answer a = CommandCall.dispatch(office, doc, Command.INSERT.url(),
                    Office.property("Interactive", false), Office.property("Language", "en"),
                    Office.property("Part", "section"), Office.property("Title", "KIỂM TRA, GIÁM SÁT"));
            assertEquals("DONE", a.status(), a.message());
            List<String> texts = texts(doc);
            int part = texts.indexOf("V. KIỂM TRA, GIÁM SÁT");
            assertTrue(part > texts.indexOf("IV. TỔ CHỨC THỰC HIỆN"), texts.toString());
            assertEquals("<Nêu nội dung của phần này>.", texts.get(part + 1), "a placeholder, then the full stop");
            assertTrue(texts.get(part + 2).startsWith("Trên đây là"), "the part goes before the paragraph at the cursor");
            assertEquals(List.of(), problems(check(doc, "draft")));

            UnoRuntime.queryInterface(XUndoManagerSupplier.class, doc).getUndoManager().undo();
            assertEquals(before, Checks.normalized(check(doc, "draft")), "one undo takes the part out");
        } finally {
            Office.closeDocument(doc);
        }
    }

    /** A plan over several pages: no number on page 1, centred numbers from page 2 (the VB Trang styles). */
    @Test
    void aLongPlanIsNumberedFromPageTwo() throws Exception {
        XComponent doc = office.newTextDocument();
        try {
            assertEquals("DONE", insert(doc, "KH", "{}").status());
            var found = find(doc, "Trên đây là");
            var controller = UnoRuntime.queryInterface(com.sun.star.frame.XModel.class, doc).getCurrentController();
            var view = UnoRuntime.queryInterface(com.sun.star.text.XTextViewCursorSupplier.class, controller).getViewCursor();
            for (int i = 0; i < 12; i++) {
                view.gotoRange(found.getStart(), false);
                CommandCall.dispatch(office, doc, Command.INSERT.url(), Office.property("Interactive", false),
                        Office.property("Part", "section"), Office.property("Title", "NHIỆM VỤ BỔ SUNG " + (i + 1)));
            }
            JsonObject report = check(doc, "draft");
            var snapshot = report.getAsJsonObject("snapshot");
            assertTrue(snapshot.get("pageCount").getAsInt() >= 2, "expected several pages: " + snapshot.get("pageCount"));
            assertTrue(texts(doc).contains("XVI. NHIỆM VỤ BỔ SUNG 12"), texts(doc).toString());
            assertEquals(List.of(), problems(report));
            String pages = snapshot.getAsJsonArray("pageStyles").toString();
            assertTrue(pages.contains("\"name\":\"VB Trang\"") && pages.contains("\"pageNumberInHeader\":true"), pages);
        } finally {
            Office.closeDocument(doc);
        }
    }

    @Test
    void recipientsAndSignatureAloneAtTheCursor() throws Exception {
        XComponent doc = office.newTextDocument();
        try {
            CommandCall.Answer a = CommandCall.dispatch(office, doc, Command.INSERT.url(),
                    Office.property("Interactive", false), Office.property("Language", "en"),
                    Office.property("Part", "closing"), Office.property("Type", "CV"));
            assertEquals("DONE", a.status(), a.message());
            List<String> texts = texts(doc);
            for (String expected : List.of("Nơi nhận:", "- Như trên;", "- Lưu: VT, VP.", "KT. GIÁM ĐỐC", "Nguyễn Văn An")) {
                assertTrue(texts.contains(expected), expected + " in " + texts);
            }
            assertEquals("FAILED", CommandCall.dispatch(office, doc, Command.INSERT.url(),
                    Office.property("Interactive", false), Office.property("Part", "preamble")).status());
        } finally {
            Office.closeDocument(doc);
        }
    }

    /** The agency's settings (as IT policy sets them) are the defaults; the spec overrides them. */
    @Test
    void theAgencySettingsAreTheDefaults() throws Exception {
        String node = vn.thethuc.uno.settings.Settings.NODE;
        vn.thethuc.uno.office.Config.set(office, node, "agencyName", "SỞ TƯ PHÁP");
        vn.thethuc.uno.office.Config.set(office, node, "agencyCode", "STP");
        vn.thethuc.uno.office.Config.set(office, node, "place", "Cần Thơ");
        XComponent doc = office.newTextDocument();
        try {
            assertEquals("DONE", insert(doc, "CV", "{\"signerName\": \"Trần Thị Bình\"}").status());
            String text = Checks.normalized(check(doc, "draft"));
            for (String expected : List.of("SỞ TƯ PHÁP", "/STP-VP", "Cần Thơ, ngày", "Trần Thị Bình")) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
        } finally {
            Office.closeDocument(doc);
            for (String key : List.of("agencyName", "agencyCode", "place")) {
                vn.thethuc.uno.office.Config.set(office, node, key, "");
            }
        }
    }

    @Test
    void aBadSpecChangesNothing() throws Exception {
        XComponent doc = office.newTextDocument();
        try {
            String before = Checks.normalized(check(doc, "draft"));
            CommandCall.Answer a = insert(doc, "KH", "{\"signerAuthority\": \"K/T\"}");
            assertEquals("FAILED", a.status());
            assertTrue(a.message().contains("K/T"), a.message());
            assertEquals("FAILED", insert(doc, "XYZ", "{}").status());
            assertEquals(before, Checks.normalized(check(doc, "draft")));
        } finally {
            Office.closeDocument(doc);
        }
    }
}
