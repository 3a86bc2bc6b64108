package vn.thethuc.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * What Word shows in table cells where LibreOffice 7.4's import of a table style differs. Read from the
 * real files' XML: 2245's Nơi nhận runs state 11 pt (the default), the "Table Grid" style says 10 pt, Writer
 * shows 10; the Tờ trình's closing runs state Times New Roman (the default), its table style says Calibri.
 */
class WordTableRunsTest {
    static final Path REAL = FileFormatTest.SHARED.resolve("real");

    @Test
    void aRunStatingTheDefaultSizeIsShownAtItInsteadOfTheTableStyles() {
        WordTableRuns w = WordTableRuns.of(REAL.resolve("laocai-sct_cv_SCT-CN_2245_thong-bao-kiem-tra-vlncn.docx")).orElseThrow();
        Run shown = new Run("- Như trên;", "Times New Roman", 10, false, false, Run.AUTO_COLOR);
        List<Run> word = w.correct("- Như trên;                     ", List.of(shown));
        assertEquals(11, word.get(0).sizePt());
        assertEquals("Times New Roman", word.get(0).font());
    }

    @Test
    void aRunStatingTheDefaultFontIsShownInItInsteadOfTheTableStyles() {
        WordTableRuns w = WordTableRuns.of(REAL.resolve("lamdong-snv_to-trinh_TTr-SNV_giai-the-hiep-hoi.docx")).orElseThrow();
        Run shown = new Run("- Lưu: VT, TCBC.", "Calibri", 11, false, false, Run.AUTO_COLOR);
        List<Run> word = w.correct("- Lưu: VT, TCBC.", List.of(shown));
        assertEquals("Times New Roman", word.get(0).font());
    }

    @Test
    void aRunStatingNothingKeepsTheTableStylesAndUnknownTextIsLeftAsShown() throws Exception {
        byte[] docx = docx("""
                <w:style w:type="table" w:styleId="G"><w:rPr><w:sz w:val="20"/></w:rPr></w:style>""",
                """
                <w:tbl><w:tblPr><w:tblStyle w:val="G"/></w:tblPr><w:tr><w:tc>
                <w:p><w:r><w:t>Không nói cỡ</w:t></w:r></w:p>
                <w:p><w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:t>Nói cỡ </w:t></w:r><w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:t>hai cỡ</w:t></w:r></w:p>
                <w:p><w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:t>Cỡ mặc định</w:t></w:r></w:p>
                </w:tc></w:tr></w:tbl>""");
        WordTableRuns w = WordTableRuns.read(new ByteArrayInputStream(docx)).orElseThrow();
        Run ten = new Run("x", "Times New Roman", 10, false, false, Run.AUTO_COLOR);
        List<Run> none = List.of(ten);
        assertSame(none, w.correct("Không nói cỡ", none));
        assertSame(none, w.correct("Nói cỡ hai cỡ", none));
        assertSame(none, w.correct("Chưa từng có", none));
        assertEquals(14, w.correct("Cỡ mặc định", none).get(0).sizePt());
    }

    @Test
    void aDocumentWithoutSuchTableStylesNeedsNoReading() throws Exception {
        byte[] docx = docx("", "<w:p><w:r><w:t>Văn bản</w:t></w:r></w:p>");
        assertFalse(WordTableRuns.read(new ByteArrayInputStream(docx)).isPresent());
        assertFalse(WordTableRuns.of(FileFormatTest.SHARED.resolve("corpus/seed-001-hadong-2024.odt")).isPresent());
        assertFalse(WordTableRuns.of(null).isPresent());
        assertTrue(WordTableRuns.key(" a \u00a0 b\t").equals("a b"));
    }

    static byte[] docx(String tableStyles, String body) throws Exception {
        String w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
        String styles = "<w:styles " + w + "><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\"/>"
                + "<w:sz w:val=\"28\"/></w:rPr></w:rPrDefault></w:docDefaults>" + tableStyles + "</w:styles>";
        String document = "<w:document " + w + "><w:body>" + body + "</w:body></w:document>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/styles.xml"));
            zip.write(styles.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(document.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
