package vn.thethuc.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/** PAdES B-B signatures checked by poppler's pdfsig (its exit code is 0 even on a bad digest: its text is read). */
public class PadesSignerTest {
    @TempDir
    Path dir;

    public static PadesSigner.Key key(String algorithm) throws Exception {
        return DemoCertificate.key(algorithm, "CN=Nguyễn Văn An, O=Sở Y tế tỉnh Thái Nguyên, C=VN");
    }

    /** {@code key} in a PKCS#12 file "an.p12" in {@code dir}, password 123456. */
    public static Path p12(Path dir, PadesSigner.Key key) throws Exception {
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("an", key.key(), "123456".toCharArray(), key.chain().toArray(new java.security.cert.Certificate[0]));
        Path file = dir.resolve("an.p12");
        try (var o = Files.newOutputStream(file)) {
            store.store(o, "123456".toCharArray());
        }
        return file;
    }

    public static byte[] pdf() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document d = new Document();
        PdfWriter.getInstance(d, out);
        d.open();
        d.add(new Paragraph("KE HOACH thuc hien cong tac binh dang gioi nam 2026"));
        d.close();
        return out.toByteArray();
    }

    public static String pdfsig(Path file) throws Exception {
        return poppler("pdfsig", file);
    }

    /** poppler's pdfinfo: the PDF version it reports takes the catalog's /Version into account. */
    public static String pdfinfo(Path file) throws Exception {
        return poppler("pdfinfo", file);
    }

    private static String poppler(String tool, Path file) throws Exception {
        Process p = new ProcessBuilder(tool, file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"RSA", "EC"})
    void pdfsigFindsAValidWholeDocumentCadesSignature(String algorithm) throws Exception {
        byte[] signed = PadesSigner.sign(pdf(), key(algorithm), PadesSigner.now(), "Ban hành văn bản", "Thái Nguyên");
        Path file = dir.resolve("signed.pdf");
        Files.write(file, signed);
        String report = pdfsig(file);
        assertTrue(report.contains("Signature Validation: Signature is Valid."), report);
        assertTrue(report.contains("Signature Type: ETSI.CAdES.detached"), report);
        assertTrue(report.contains("Total document signed"), report);
        // OpenPDF writes PDF 2.0, which stays as it is (LibreOffice's 1.6: LauncherIT)
        assertTrue(pdfinfo(file).contains("PDF version:     2.0"), pdfinfo(file));
    }

    @Test
    void aPdfOlderThan17IsDeclared17WithTheEtsiExtension() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document d = new Document();
        PdfWriter.getInstance(d, out).setPdfVersion(PdfWriter.VERSION_1_6);
        d.open();
        d.add(new Paragraph("KE HOACH"));
        d.close();
        Path file = dir.resolve("signed-16.pdf");
        Files.write(file, PadesSigner.sign(out.toByteArray(), key("RSA"), PadesSigner.now(), "Ban hành văn bản", ""));
        assertTrue(pdfinfo(file).contains("PDF version:     1.7"), pdfinfo(file));
        assertTrue(pdfsig(file).contains("Signature is Valid."), pdfsig(file));
        assertTrue(Files.readString(file, StandardCharsets.ISO_8859_1).contains("/ESIC<</BaseVersion/1.7/ExtensionLevel 2>>"));
    }

    /**
     * The warm-up signs in memory only: the font is loaded for the signatures to come, no file appears. Run in a JVM
     * of its own whose temporary folder is empty and nobody else's (the machine's /tmp sees other programs' files).
     */
    @Test
    void theWarmUpLoadsWhatASignatureNeedsAndWritesNothing() throws Exception {
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), WarmUp.class.getName())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "the warm-up ended");
        assertEquals(0, p.exitValue(), out);
        try (var files = Files.list(tmp)) {
            assertEquals(java.util.List.of(), files.toList(), out);
        }
        PadesSigner.warmUp();
        Appearance.systemFont().ifPresent(font -> assertTrue(PadesSigner.FONTS.containsKey(font), "the font is loaded"));
    }

    /** The warm-up alone, in the JVM the test above starts. */
    public static final class WarmUp {
        public static void main(String[] args) throws Exception {
            PadesSigner.warmUp();
        }
    }

    @Test
    void aByteChangedInTheSignedRangeMakesItInvalid() throws Exception {
        byte[] signed = PadesSigner.sign(pdf(), key("RSA"), PadesSigner.now(), "Ban hành văn bản", "Thái Nguyên");
        String text = new String(signed, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("KE HOACH");
        assertTrue(at > 0 || text.indexOf("/Producer") > 0, "a place inside the signed range");
        int change = at > 0 ? at : text.indexOf("/Producer") + 2;
        signed[change] = (byte) (signed[change] ^ 0x01);
        Path file = dir.resolve("tampered.pdf");
        Files.write(file, signed);
        String report = pdfsig(file);
        assertTrue(!report.contains("Signature is Valid."), report);
    }
}
