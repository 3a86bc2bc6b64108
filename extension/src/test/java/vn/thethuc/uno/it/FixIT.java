package vn.thethuc.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.star.beans.XPropertySet;
import com.sun.star.container.XNameAccess;
import com.sun.star.document.XUndoManagerSupplier;
import com.sun.star.frame.XModel;
import com.sun.star.lang.XComponent;
import com.sun.star.style.XStyleFamiliesSupplier;
import com.sun.star.text.XTextRange;
import com.sun.star.uno.UnoRuntime;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thethuc.document.DocumentSnapshot;
import vn.thethuc.document.Paragraph;
import vn.thethuc.uno.office.DocumentReader;
import vn.thethuc.uno.office.Office;

/** Each safe fix in real LibreOffice: the finding goes away, and one undo restores the exact document. */
class FixIT extends WithOffice {

    interface Change {
        void apply(XComponent doc, Map<String, XTextRange> byPrefix) throws Exception;
    }

    /** Paragraph ranges by the start of their text (first occurrence wins). */
    static Map<String, XTextRange> paragraphs(XComponent doc, List<String> prefixes) throws Exception {
        Map<Integer, XTextRange> ranges = new HashMap<>();
        DocumentSnapshot s = new DocumentReader(UnoRuntime.queryInterface(XModel.class, doc)).read(ranges::put);
        Map<String, XTextRange> out = new HashMap<>();
        for (String prefix : prefixes) {
            for (Paragraph p : s.paragraphs()) {
                if (p.trimmed().startsWith(prefix)) {
                    out.put(prefix, ranges.get(p.index()));
                    break;
                }
            }
            assertTrue(out.containsKey(prefix), "no paragraph starts with " + prefix);
        }
        return out;
    }

    static void set(XTextRange r, String property, Object value) throws Exception {
        XPropertySet p = UnoRuntime.queryInterface(XPropertySet.class,
                r.getText().createTextCursorByRange(r));
        p.setPropertyValue(property, value);
    }

    static XPropertySet pageStyle(XComponent doc, String name) throws Exception {
        XNameAccess families = UnoRuntime.queryInterface(XStyleFamiliesSupplier.class, doc).getStyleFamilies();
        return UnoRuntime.queryInterface(XPropertySet.class,
                UnoRuntime.queryInterface(XNameAccess.class, families.getByName("PageStyles")).getByName(name));
    }

    static final String PROSE = "1. Tăng cường sự lãnh đạo";
    static final String DATE = "Thái Nguyên, ngày";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("ND30.NOI_NHAN.LUU", (Change) (d, p) -> { }),
                Arguments.of("ND30.SO_KY_HIEU.FORMAT", (Change) (d, p) -> { }),
                Arguments.of("ND30.DATE.PADDING", (Change) (d, p) -> p.get(DATE).setString("Thái Nguyên, ngày 3 tháng 04 năm 2023")),
                Arguments.of("ND30.TEXT.NFC", (Change) (d, p) -> p.get(PROSE).setString(
                        Normalizer.normalize(p.get(PROSE).getString(), Normalizer.Form.NFD))),
                Arguments.of("ND30.HEADER.TIEU_NGU", (Change) (d, p) -> p.get("Độc lập").setString("Độc lập – Tự do – Hạnh phúc")),
                Arguments.of("ND30.PAGE.MARGINS", (Change) (d, p) -> pageStyle(d, "Standard").setPropertyValue("LeftMargin", 2500)),
                Arguments.of("ND30.PAGE.SIZE", (Change) (d, p) -> pageStyle(d, "Standard").setPropertyValue("Width", 21590)),
                Arguments.of("ND30.FONT.FAMILY", (Change) (d, p) -> set(p.get(PROSE), "CharFontName", "Liberation Sans")),
                Arguments.of("ND30.BODY.ALIGN", (Change) (d, p) -> set(p.get(PROSE), "ParaAdjust",
                        com.sun.star.style.ParagraphAdjust.LEFT)),
                Arguments.of("ND30.BODY.INDENT", (Change) (d, p) -> set(p.get(PROSE), "ParaFirstLineIndent", 0)),
                Arguments.of("ND30.BODY.FONT_SIZE", (Change) (d, p) -> set(p.get(PROSE), "CharHeight", 12f)),
                Arguments.of("ND30.BODY.SPACING", (Change) (d, p) -> {
                    // a habit, not one tight gap: four paragraphs in a row typed without spacing
                    com.sun.star.text.XParagraphCursor c = UnoRuntime.queryInterface(com.sun.star.text.XParagraphCursor.class,
                            p.get(PROSE).getText().createTextCursorByRange(p.get(PROSE).getStart()));
                    for (int i = 0; i < 4; i++) {
                        c.gotoEndOfParagraph(true);
                        XPropertySet props = UnoRuntime.queryInterface(XPropertySet.class, c);
                        props.setPropertyValue("ParaTopMargin", 0);
                        props.setPropertyValue("ParaBottomMargin", 0);
                        c.gotoNextParagraph(false);
                    }
                }),
                Arguments.of("ND30.NOI_NHAN.LABEL", (Change) (d, p) -> set(p.get("Nơi nhận"), "CharPosture",
                        com.sun.star.awt.FontSlant.NONE)),
                Arguments.of("ND30.NOI_NHAN.ITEMS", (Change) (d, p) -> p.get("- Chủ tịch").setString(
                        "- Chủ tịch và các PCT UBND tỉnh")),
                Arguments.of("ND30.SIGN.FORMAT", (Change) (d, p) -> set(p.get("Lê Quang Tiến"), "CharWeight",
                        com.sun.star.awt.FontWeight.NORMAL)));
    }

    static JsonObject check(XComponent doc, String... apply) throws Exception {
        return Checks.report(office, doc, "draft", apply.length > 0 ? apply[0] : null);
    }

    static String normalized(JsonObject report) {
        return Checks.normalized(report);
    }

    static int indexOf(JsonArray findings, String rule) {
        for (int i = 0; i < findings.size(); i++) {
            JsonObject f = findings.get(i).getAsJsonObject();
            if (f.get("rule").getAsString().equals(rule) && f.get("fixable").getAsBoolean()) {
                return i;
            }
        }
        return -1;
    }

    static List<String> rules(JsonObject report) {
        return Checks.rules(report);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aSafeFixRemovesItsFindingAndOneUndoRestoresTheDocument(String rule, Change change) throws Exception {
        XComponent doc = Fixtures.editable(office, "seed-002-thainguyen-2023.docx");
        try {
            change.apply(doc, paragraphs(doc, List.of(PROSE, DATE, "Độc lập", "Nơi nhận", "- Chủ tịch", "Lê Quang Tiến")));
            JsonObject before = check(doc);
            int index = indexOf(before.getAsJsonArray("findings"), rule);
            assertTrue(index >= 0, rule + " is not offered as fixable: " + rules(before));
            long countBefore = rules(before).stream().filter(rule::equals).count();

            JsonObject after = check(doc, String.valueOf(index));
            assertEquals(countBefore - 1, rules(after).stream().filter(rule::equals).count(), rules(after).toString());

            UnoRuntime.queryInterface(XUndoManagerSupplier.class, doc).getUndoManager().undo();
            assertEquals(normalized(before), normalized(check(doc)), "one undo must restore the document exactly");
        } finally {
            Office.closeDocument(doc);
        }
    }

    @Test
    void fixAllIsOneUndoStep() throws Exception {
        XComponent doc = Fixtures.editable(office, "seed-001-hadong-2024.odt");
        try {
            JsonObject before = check(doc);
            assertTrue(rules(before).contains("ND30.NOI_NHAN.LUU") && rules(before).contains("ND30.SO_KY_HIEU.FORMAT"),
                    rules(before).toString());
            JsonObject after = check(doc, "all");
            for (JsonElement e : after.getAsJsonArray("findings")) {
                assertFalse(e.getAsJsonObject().get("fixable").getAsBoolean(), "left fixable: " + e);
            }
            assertFalse(rules(after).contains("ND30.NOI_NHAN.LUU"));
            UnoRuntime.queryInterface(XUndoManagerSupplier.class, doc).getUndoManager().undo();
            assertEquals(normalized(before), normalized(check(doc)));
        } finally {
            Office.closeDocument(doc);
        }
    }

    /** Page set-up among them, "fix all" is still one undo step (the page panel's commands, not the API). */
    @Test
    void fixAllWithPageSetupIsOneUndoStep() throws Exception {
        XComponent doc = Fixtures.editable(office, "seed-001-hadong-2024.odt");
        try {
            pageStyle(doc, "Standard").setPropertyValue("RightMargin", 1000);
            JsonObject before = check(doc);
            assertTrue(rules(before).contains("ND30.PAGE.MARGINS"), rules(before).toString());
            JsonObject after = check(doc, "all");
            assertFalse(rules(after).contains("ND30.PAGE.MARGINS") || rules(after).contains("ND30.NOI_NHAN.LUU"),
                    rules(after).toString());
            var undo = UnoRuntime.queryInterface(XUndoManagerSupplier.class, doc).getUndoManager();
            undo.undo();
            assertEquals(normalized(before), normalized(check(doc)));
            assertFalse(undo.isUndoPossible(), "more than one undo step");
        } finally {
            Office.closeDocument(doc);
        }
    }
}
