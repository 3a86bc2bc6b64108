package vn.thethuc.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.star.lang.XComponent;
import com.sun.star.text.XTextDocument;
import com.sun.star.uno.UnoRuntime;
import com.sun.star.util.XModifiable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.thethuc.command.Command;
import vn.thethuc.uno.office.CommandCall;
import vn.thethuc.uno.office.Office;

/** The check inside real LibreOffice, on the corpus documents as users have them. */
class CheckIT extends WithOffice {
    /**
     * The real defects of the corpus (from the seeds), as "rule | a piece of the paragraph's text"
     * ("-" for a finding about the document as a whole). Error-level findings must be exactly these;
     * warnings must include the listed ones.
     */
    static final Map<String, List<String>> ERRORS = Map.of(
            "seed-000-sxd-binhphuoc-2024", List.of(
                    "ND30.HEADER.CO_QUAN | -", "ND30.SO_KY_HIEU.FORMAT | -", "ND30.DATE.FORMAT | -"),
            "seed-001-hadong-2024", List.of(
                    "ND30.SO_KY_HIEU.FORMAT | Số: 70 /KH-UBND", "ND30.NOI_NHAN.LUU | - Lưu: VT"),
            "seed-002-thainguyen-2023", List.of(
                    "ND30.SO_KY_HIEU.FORMAT | Số: 59 /KH-UBND", "ND30.CITATION.SYMBOL | 912/LĐT BXH-BĐG",
                    "ND30.NOI_NHAN.LUU | - Lưu: VT, KGVX", "ND30.SIGN.AUTHORITY | KT. CHỦ TỊCH"),
            "seed-003-cantho-2019", List.of(
                    "ND30.NOI_NHAN.LUU | (ĐTTL).50b", "ND30.SIGN.AUTHORITY | PHÓ TRƯỞNG BAN THƯỜNG TRỰC"),
            "seed-004-bxd-congvan-2022", List.of("ND30.SIGN.PRESENT | -", "ND30.NOI_NHAN.PRESENT | -"));
    static final Map<String, List<String>> WARNINGS = Map.of(
            "seed-001-hadong-2024", List.of("ND30.CAPS.AGENCY | Phòng Giáo dục và đào tạo"),
            "seed-003-cantho-2019", List.of("ND30.CAPS.AGENCY | Sở Lao động - Thương binh và xã hội"));


    static JsonObject check(XComponent doc, String mode) throws Exception {
        CommandCall.Answer a = CommandCall.dispatch(office, doc, Command.CHECK.url(),
                Office.property("Interactive", false), Office.property("Mode", mode), Office.property("Language", "vi"));
        assertEquals("DONE", a.status(), a.message());
        return JsonParser.parseString(a.payload()).getAsJsonObject();
    }

    static String stem(Path p) {
        String n = p.getFileName().toString();
        return n.substring(0, n.lastIndexOf('.'));
    }

    /** Each finding as "rule | text", text "-" when the finding is about the document. */
    static List<String> findings(JsonObject report, String severity) {
        List<String> out = new ArrayList<>();
        for (JsonElement e : report.getAsJsonArray("findings")) {
            JsonObject f = e.getAsJsonObject();
            if (f.get("severity").getAsString().equals(severity)) {
                String text = f.get("text").getAsString();
                out.add(f.get("rule").getAsString() + " | " + (text.isEmpty() ? "-" : text));
            }
        }
        return out;
    }

    static boolean matches(String expected, String actual) {
        String[] e = expected.split(" \\| ", 2);
        String[] a = actual.split(" \\| ", 2);
        return e[0].equals(a[0]) && (e[1].equals("-") ? a[1].equals("-") : a[1].contains(e[1]));
    }

    @Test
    void theCorpusDefectsAreFoundAndTheCleanPartsRaiseNoError() throws Exception {
        for (Path file : Fixtures.corpus()) {
            XComponent doc = office.open(file);
            try {
                JsonObject report = check(doc, "draft");
                List<String> errors = findings(report, "error");
                List<String> expected = ERRORS.get(stem(file));
                for (String e : expected) {
                    assertTrue(errors.stream().anyMatch(a -> matches(e, a)), file + ": missing " + e + " in " + errors);
                }
                for (String a : errors) {
                    assertTrue(expected.stream().anyMatch(e -> matches(e, a)), file + ": unexpected error " + a);
                }
                List<String> warnings = findings(report, "warning");
                for (String w : WARNINGS.getOrDefault(stem(file), List.of())) {
                    assertTrue(warnings.stream().anyMatch(a -> matches(w, a)), file + ": missing " + w + " in " + warnings);
                }
                assertEquals(stem(file).contains("congvan") ? "CV" : "KH", report.get("documentType").getAsString());
            } finally {
                Office.closeDocument(doc);
            }
        }
    }

    @Test
    void odtAndDocxOfTheSameDocumentGiveTheSameFindings() throws Exception {
        for (String stem : new TreeSet<>(ERRORS.keySet())) {
            List<JsonArray> both = new ArrayList<>();
            for (String ext : List.of(".odt", ".docx")) {
                XComponent doc = office.open(Fixtures.CORPUS.resolve(stem + ext));
                try {
                    both.add(check(doc, "issue").getAsJsonArray("findings"));
                } finally {
                    Office.closeDocument(doc);
                }
            }
            assertEquals(both.get(0), both.get(1), stem);
        }
    }

    @Test
    void theCheckNeverModifiesTheDocument() throws Exception {
        for (Path file : List.of(Fixtures.CORPUS.resolve("seed-002-thainguyen-2023.docx"),
                Fixtures.CORPUS.resolve("seed-001-hadong-2024.odt"))) {
            XComponent doc = office.open(file);
            try {
                XModifiable modifiable = UnoRuntime.queryInterface(XModifiable.class, doc);
                String before = UnoRuntime.queryInterface(XTextDocument.class, doc).getText().getString();
                assertFalse(modifiable.isModified());
                check(doc, "issue");
                CommandCall.dispatch(office, doc, Command.CHECK.url()); // the interactive path, too
                assertFalse(modifiable.isModified(), file + " marked modified by the check");
                assertEquals(before, UnoRuntime.queryInterface(XTextDocument.class, doc).getText().getString());
            } finally {
                Office.closeDocument(doc);
            }
        }
    }

    @Test
    void issueModeReportsTheBlankNumberOfADraft() throws Exception {
        XComponent doc = office.open(Fixtures.CORPUS.resolve("seed-004-bxd-congvan-2022.odt"));
        try {
            assertFalse(findings(check(doc, "draft"), "error").stream().anyMatch(f -> f.startsWith("ND30.SO_KY_HIEU")));
            assertTrue(findings(check(doc, "issue"), "error").contains("ND30.SO_KY_HIEU.FORMAT | Số: /BXD-TCCB"));
        } finally {
            Office.closeDocument(doc);
        }
    }
}
