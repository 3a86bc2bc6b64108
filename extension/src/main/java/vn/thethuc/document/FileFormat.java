package vn.thethuc.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import vn.thethuc.i18n.Refusal;

/**
 * The formats the check reads, told from a file's bytes, never from its name: a document is refused
 * before LibreOffice guesses (it opens nearly anything as plain text and the check would then report
 * on noise). Word 2007+ ({@code .docx}, {@code .dotx}, {@code .docm}), Word 97–2003 ({@code .doc}),
 * OpenDocument text ({@code .odt}, {@code .ott}) and RTF.
 */
public enum FileFormat {
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), DOC("application/msword"),
    ODT("application/vnd.oasis.opendocument.text"), RTF("application/rtf");

    private final String mediaType;

    FileFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The format's media type, as an HTTP request's Content-Type names it. */
    public String mediaType() {
        return mediaType;
    }

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] WORD_STREAM = "WordDocument".getBytes(StandardCharsets.UTF_16LE);
    private static final String ODF_TEXT = "application/vnd.oasis.opendocument.text";
    private static final String OOXML_WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private static final String OOXML_WORD_MACRO = "application/vnd.ms-word.";

    /**
     * What {@code file} is; refused (message key {@code file.*}, the file as first argument) when its
     * bytes are no document of these formats.
     */
    public static FileFormat of(Path file) throws Refusal {
        String name = file.toString();
        long size;
        byte[] head = new byte[16];
        int read;
        try {
            size = Files.size(file);
            try (InputStream in = Files.newInputStream(file)) {
                read = in.readNBytes(head, 0, head.length);
            }
        } catch (IOException e) {
            throw new Refusal("file.unreadable", name, String.valueOf(e.getMessage()));
        }
        if (size == 0) {
            throw new Refusal("file.empty", name);
        }
        if (startsWith(head, read, ZIP)) {
            return zip(file);
        }
        if (startsWith(head, read, OLE)) {
            return ole(file);
        }
        if (rtf(head, read)) {
            return RTF;
        }
        throw new Refusal("file.unknown", name);
    }

    private static boolean startsWith(byte[] head, int read, byte[] magic) {
        if (read < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** "{\rtf", after a byte-order mark or white space. */
    private static boolean rtf(byte[] head, int read) {
        String s = new String(head, 0, read, StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", "").stripLeading();
        return s.startsWith("{\\rtf");
    }

    private static FileFormat zip(Path file) throws Refusal {
        String name = file.toString();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null && mimetype.getSize() < 200) {
                String type;
                try (InputStream in = zip.getInputStream(mimetype)) {
                    type = new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip();
                }
                if (type.equals(ODF_TEXT) || type.equals(ODF_TEXT + "-template")) {
                    return ODT;
                }
                throw new Refusal("file.zipOther", name, type);
            }
            ZipEntry types = zip.getEntry("[Content_Types].xml");
            if (types != null) {
                String xml;
                try (InputStream in = zip.getInputStream(types)) {
                    xml = new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
                }
                if ((xml.contains(OOXML_WORD) || xml.contains(OOXML_WORD_MACRO)) && zip.getEntry("word/document.xml") != null) {
                    return DOCX;
                }
                String kind = xml.contains("spreadsheetml") ? "xlsx" : xml.contains("presentationml") ? "pptx" : "?";
                throw new Refusal("file.zipOther", name, kind);
            }
            throw new Refusal("file.zipNotDocument", name);
        } catch (ZipException e) {
            throw new Refusal("file.zipBroken", name);
        } catch (IOException e) {
            throw new Refusal("file.unreadable", name, String.valueOf(e.getMessage()));
        }
    }

    /** A compound file (Office 97–2003) is a Word document when it holds the WordDocument stream. */
    private static FileFormat ole(Path file) throws Refusal {
        try {
            byte[] all = Files.readAllBytes(file);
            if (indexOf(all, WORD_STREAM) >= 0) {
                return DOC;
            }
        } catch (IOException e) {
            throw new Refusal("file.unreadable", file.toString(), String.valueOf(e.getMessage()));
        }
        throw new Refusal("file.oleNotWord", file.toString());
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
