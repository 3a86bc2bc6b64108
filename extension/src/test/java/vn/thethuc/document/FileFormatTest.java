package vn.thethuc.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thethuc.i18n.Refusal;

class FileFormatTest {
    static final Path SHARED = Path.of(System.getProperty("thethuc.shared", "../shared"));

    @TempDir
    Path dir;

    @Test
    void theRealFilesAreToldByTheirBytes() throws Exception {
        try (Stream<Path> s = Files.list(SHARED.resolve("real"))) {
            for (Path f : s.filter(p -> p.toString().matches(".*\\.docx?$")).toList()) {
                assertEquals(f.toString().endsWith(".doc") ? FileFormat.DOC : FileFormat.DOCX, FileFormat.of(f), f.toString());
            }
        }
        assertEquals(FileFormat.ODT, FileFormat.of(SHARED.resolve("corpus/seed-001-hadong-2024.odt")));
        // the name does not matter, the bytes do
        Path renamed = Files.copy(SHARED.resolve("corpus/seed-001-hadong-2024.odt"), dir.resolve("ke-hoach.docx"));
        assertEquals(FileFormat.ODT, FileFormat.of(renamed));
        assertEquals(FileFormat.RTF, FileFormat.of(Files.writeString(dir.resolve("a.rtf"), "\uFEFF {\\rtf1\\ansi Kính gửi}")));
    }

    @Test
    void whatIsNoDocumentIsRefusedWithItsReason() throws Exception {
        assertRefused("file.empty", Files.write(dir.resolve("empty.docx"), new byte[0]));
        byte[] noise = new byte[100 * 1024];
        new java.util.Random(14).nextBytes(noise);
        assertRefused("file.unknown", Files.write(dir.resolve("noise.odt"), noise));
        assertRefused("file.unknown", Files.writeString(dir.resolve("text.docx"), "Kính gửi: Sở Nội vụ"));
        assertRefused("file.zipNotDocument", zip("parts.docx", Map.of("word/styles.xml", "<w:styles/>")));
        assertRefused("file.zipOther", zip("book.docx", Map.of("[Content_Types].xml",
                "<Types><Override ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>",
                "xl/workbook.xml", "<workbook/>")));
        assertRefused("file.zipOther", zip("sheet.odt", Map.of("mimetype", "application/vnd.oasis.opendocument.spreadsheet")));
        byte[] broken = "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1);
        assertRefused("file.zipBroken", Files.write(dir.resolve("broken.docx"), broken));
        byte[] ole = new byte[2048];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                0, ole, 0, 8);
        byte[] workbook = "Workbook".getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(workbook, 0, ole, 1024, workbook.length);
        assertRefused("file.oleNotWord", Files.write(dir.resolve("book.doc"), ole));
    }

    private Path zip(String name, Map<String, String> entries) throws IOException {
        Path f = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(f))) {
            for (var e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return f;
    }

    private static void assertRefused(String key, Path file) {
        Refusal r = assertThrows(Refusal.class, () -> FileFormat.of(file), file.toString());
        assertEquals(key, r.key(), file.toString());
        assertEquals(file.toString(), r.args()[0]);
    }
}
