package vn.thethuc.uno.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import vn.thethuc.uno.office.Office;
import vn.thethuc.uno.office.OfficeException;
import vn.thethuc.uno.office.Profile;

/** What the integration tests work with: the built .oxt, the shared corpus, throwaway profiles. */
final class Fixtures {
    static final Path OXT = Path.of(System.getProperty("thethuc.oxt", "target/thethuc.oxt"));
    static final Path SHARED = Path.of(System.getProperty("thethuc.shared", "../shared"));
    static final Path CORPUS = SHARED.resolve("corpus");
    static final Path BASEDIR = Path.of(System.getProperty("thethuc.basedir", "."));
    static final Path JAVA = Path.of(System.getProperty("java.home"));

    private Fixtures() {
    }

    static List<Path> corpus() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".odt") || p.toString().endsWith(".docx"))
                    .sorted().toList();
            assertTrue(files.size() >= 10, "expected the ten corpus files in " + CORPUS);
            return files;
        }
    }

    /** A long plain document (one paragraph per line of a plan's prose), written as a minimal .odt. */
    static Path longDocument(int paragraphs) throws IOException {
        Path file = Files.createTempDirectory("thethuc-long-").resolve("long-" + paragraphs + ".odt");
        StringBuilder content = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\">"
                + "<office:body><office:text>");
        for (int i = 1; i <= paragraphs; i++) {
            content.append("<text:p>- Tăng cường công tác tuyên truyền, phổ biến pháp luật, đoạn ").append(i)
                    .append(".</text:p>");
        }
        content.append("</office:text></office:body></office:document-content>");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            byte[] mime = "application/vnd.oasis.opendocument.text".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            var entry = new java.util.zip.ZipEntry("mimetype");
            entry.setMethod(java.util.zip.ZipEntry.STORED);
            entry.setSize(mime.length);
            var crc = new java.util.zip.CRC32();
            crc.update(mime);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mime);
            zip.putNextEntry(new java.util.zip.ZipEntry("META-INF/manifest.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
                    + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                    + "</manifest:manifest>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
            zip.write(content.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return file;
    }

    /** A corpus document copied to a temporary folder and opened editable, as a user has it in Writer. */
    static com.sun.star.lang.XComponent editable(Office office, String corpusFile) throws IOException, OfficeException {
        return editable(office, CORPUS.resolve(corpusFile));
    }

    /** A document copied to a temporary folder and opened editable. */
    static com.sun.star.lang.XComponent editable(Office office, Path file) throws IOException, OfficeException {
        Path copy = Files.createTempDirectory("thethuc-edit-").resolve(file.getFileName());
        Files.copy(file, copy);
        return office.openForEditing(copy);
    }

    /**
     * The drafter's work: each placeholder field the insertion left ("<Nêu mục đích của Kế hoạch>") replaced by
     * a sentence, as typing over it does. A plan so filled passes the check in issue mode (ND30.TEXT.PLACEHOLDER).
     */
    static void fillIn(com.sun.star.lang.XComponent doc) throws Exception {
        var fields = com.sun.star.uno.UnoRuntime.queryInterface(com.sun.star.text.XTextFieldsSupplier.class, doc)
                .getTextFields().createEnumeration();
        java.util.List<com.sun.star.text.XTextField> placeholders = new java.util.ArrayList<>();
        while (fields.hasMoreElements()) {
            Object f = fields.nextElement();
            if (com.sun.star.uno.UnoRuntime.queryInterface(com.sun.star.lang.XServiceInfo.class, f)
                    .supportsService("com.sun.star.text.TextField.JumpEdit")) {
                placeholders.add(com.sun.star.uno.UnoRuntime.queryInterface(com.sun.star.text.XTextField.class, f));
            }
        }
        for (com.sun.star.text.XTextField f : placeholders) {
            com.sun.star.text.XTextRange at = f.getAnchor();
            com.sun.star.text.XText text = at.getText();
            com.sun.star.text.XTextCursor c = text.createTextCursorByRange(at);
            text.removeTextContent(f);
            text.insertString(c, "Các đơn vị triển khai thực hiện đầy đủ, đúng thời hạn", false);
        }
    }

    /**
     * {@link #fillIn} for a file {@code bin/thethuc new} wrote (.odt or .docx): each guidance sentence in its text
     * rewritten, the rest of the zip as it was (the mimetype first and stored, as ODF wants).
     */
    static void fillInFile(Path file) throws IOException {
        String part = file.toString().endsWith(".docx") ? "word/document.xml" : "content.xml";
        Path out = file.resolveSibling(file.getFileName() + ".filled");
        try (var in = new java.util.zip.ZipFile(file.toFile());
                var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(out))) {
            var entries = in.entries();
            while (entries.hasMoreElements()) {
                var e = entries.nextElement();
                byte[] data = in.getInputStream(e).readAllBytes();
                if (e.getName().equals(part)) {
                    String xml = new String(data, java.nio.charset.StandardCharsets.UTF_8);
                    for (String g : vn.thethuc.profile.Nd30Profile.standard().guidanceSentences()) {
                        xml = xml.replace(g, "Các đơn vị triển khai thực hiện đầy đủ, đúng thời hạn");
                    }
                    data = xml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                var copy = new java.util.zip.ZipEntry(e.getName());
                if (e.getMethod() == java.util.zip.ZipEntry.STORED) {
                    copy.setMethod(java.util.zip.ZipEntry.STORED);
                    copy.setSize(data.length);
                    var crc = new java.util.zip.CRC32();
                    crc.update(data);
                    copy.setCrc(crc.getValue());
                }
                zip.putNextEntry(copy);
                zip.write(data);
            }
        }
        Files.move(out, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The agency's settings filled in (as a policy pack or the Options page leaves them): Sở Y tế of Thái Nguyên. */
    static void configureAgency(Office office) throws OfficeException {
        String[][] values = {{"parentAgency", "UBND TỈNH THÁI NGUYÊN"}, {"agencyName", "SỞ Y TẾ"}, {"agencyCode", "SYT"},
            {"unitCode", "VP"}, {"place", "Thái Nguyên"}, {"signerAuthority", "KT."}, {"headTitle", "GIÁM ĐỐC"},
            {"signerTitle", "PHÓ GIÁM ĐỐC"}, {"signerName", "Nguyễn Văn An"}};
        for (String[] v : values) {
            vn.thethuc.uno.office.Config.set(office, vn.thethuc.uno.settings.Settings.NODE, v[0], v[1]);
        }
    }

    /** A fresh profile with the .oxt installed, and an office started on it afresh. */
    static Office officeWithExtension(Path java) throws IOException, OfficeException {
        Path profile = Files.createTempDirectory("thethuc-it-").resolve("profile");
        new Profile(profile).ensureInstalled(OXT, JAVA);
        return Office.start(profile, java);
    }
}
