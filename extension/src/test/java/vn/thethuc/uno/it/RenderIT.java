package vn.thethuc.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.star.frame.XStorable;
import com.sun.star.lang.XComponent;
import com.sun.star.uno.UnoRuntime;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thethuc.plan.DocType;
import vn.thethuc.plan.Spec;
import vn.thethuc.uno.service.NewDocument;
import vn.thethuc.uno.office.Office;

/**
 * What a reader of the README sees: the first page of a new KH and CV, exported to PDF by
 * LibreOffice and drawn by pdftoppm into target/render/ (copied to docs/ by hand when the layout changes).
 * poppler's pdftotext checks the layout: the Quốc hiệu on one line, the fonts Times New Roman's.
 */
class RenderIT extends WithOffice {
    static final Path OUT = Fixtures.BASEDIR.resolve("target/render");

    @BeforeAll
    static void prepare() throws Exception {
        Files.createDirectories(OUT);
    }

    static String run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), String.join(" ", cmd) + "\n" + out);
        return out;
    }

    @ParameterizedTest
    @CsvSource({"KH, ke-hoach, KẾ HOẠCH", "CV, cong-van, V/v"})
    void firstPageDrawnAsTheDecreeShowsIt(String type, String name, String title) throws Exception {
        Spec spec = Spec.fromJson("{\"number\": \"15\", \"date\": \"2026-05-06\"}", LocalDate.of(2026, 5, 6));
        Path odt = OUT.resolve(name + ".odt");
        Files.deleteIfExists(odt);
        NewDocument.write(office, DocType.parse(type).orElseThrow(), spec, odt, true);
        XComponent doc = office.open(odt);
        Path pdf = OUT.resolve(name + ".pdf");
        try {
            UnoRuntime.queryInterface(XStorable.class, doc).storeToURL(pdf.toUri().toString(),
                    new com.sun.star.beans.PropertyValue[] {Office.property("FilterName", "writer_pdf_Export")});
        } finally {
            Office.closeDocument(doc);
        }
        String text = run("pdftotext", "-layout", "-f", "1", "-l", "1", pdf.toString(), "-");
        assertTrue(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "the Quốc hiệu must fit on one line:\n" + text);
        assertTrue(text.contains("Thái Nguyên, ngày 06 tháng 5 năm 2026") && text.contains("UBND TỈNH THÁI NGUYÊN"), text);
        assertTrue(text.contains(title) && text.contains("Nơi nhận:") && text.contains("Nguyễn Văn An"), text);
        String fonts = run("pdffonts", pdf.toString());
        assertTrue(fonts.contains("LiberationSerif"), "Times New Roman or its metric twin expected:\n" + fonts);
        run("pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", pdf.toString(),
                OUT.resolve(name).toString());
        assertTrue(Files.size(OUT.resolve(name + ".png")) > 10_000);
    }
}
