package vn.thethuc.sign;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * The visible signature of Phụ lục I (II.7.d, II.8; Điều 13.7): in the document's signature block,
 * between the title line and the signer's name, with the signer's image when there is one, the seal
 * over its left third when there is one, and the signer, the agency and the signing time (ISO 8601,
 * +07:00) as text. Its box comes from where LibreOffice put three marks of the block in the PDF.
 */
public record Appearance(Box box, List<String> lines, byte[] signatureImage, byte[] sealImage, Path font,
        float textSize) {
    /** With the text's size chosen for the box: 7 pt under pictures, 9 pt alone. */
    public Appearance(Box box, List<String> lines, byte[] signatureImage, byte[] sealImage, Path font) {
        this(box, lines, signatureImage, sealImage, font, 0f);
    }

    /** Named destinations LibreOffice exports for the marks of the signature block. */
    public static final String TITLE_MARK = "TheThucKyChucDanh";
    public static final String NAME_MARK = "TheThucKyHoTen";
    public static final String NAME_END_MARK = "TheThucKyHoTenHet";
    /** The title line's height below its top (14 pt bold, single spacing). */
    static final float TITLE_LINE = 17f;
    static final float MIN_WIDTH = 170f;
    static final float MIN_HEIGHT = 36f;

    /** Where on which page (1-based), in PDF points from the page's lower left corner. */
    public record Box(int page, float llx, float lly, float urx, float ury) {
        public float width() {
            return urx - llx;
        }

        public float height() {
            return ury - lly;
        }
    }

    /**
     * The box between the title line and the name, centred on the name, from the named destinations
     * ({@code "page XYZ left top zoom"}); empty when the marks are missing or on different pages.
     */
    public static Optional<Box> between(Map<String, String> destinations) {
        Optional<float[]> title = point(destinations.get(TITLE_MARK));
        Optional<float[]> name = point(destinations.get(NAME_MARK));
        Optional<float[]> end = point(destinations.get(NAME_END_MARK));
        if (title.isEmpty() || name.isEmpty() || title.get()[0] != name.get()[0]) {
            return Optional.empty();
        }
        float nameTop = name.get()[2];
        float top = title.get()[2] - TITLE_LINE;
        float bottom = nameTop + 2;
        if (top - bottom < MIN_HEIGHT) {
            top = bottom + MIN_HEIGHT;
        }
        float x0 = name.get()[1];
        float x1 = end.filter(e -> e[0] == name.get()[0]).map(e -> e[1]).orElse(x0 + MIN_WIDTH);
        float centre = (x0 + x1) / 2;
        float width = Math.max(MIN_WIDTH, Math.abs(x1 - x0) + 20);
        return Optional.of(new Box((int) name.get()[0], centre - width / 2, bottom, centre + width / 2, top - 2));
    }

    /** {page, left, top} of a destination "1 XYZ 85.1 600.2 0". */
    static Optional<float[]> point(String destination) {
        if (destination == null) {
            return Optional.empty();
        }
        String[] p = destination.strip().split("\\s+");
        if (p.length < 4 || !p[1].equals("XYZ")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new float[] {Integer.parseInt(p[0]), Float.parseFloat(p[2]), Float.parseFloat(p[3])});
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** "Ký bởi: …", "Cơ quan: …", "Thời gian ký: 2026-11-23T09:15:30+07:00". */
    public static List<String> lines(X509Certificate signer, ZonedDateTime when) {
        List<String> out = new ArrayList<>();
        String dn = signer.getSubjectX500Principal().getName();
        out.add("Ký bởi: " + part(dn, "CN").orElse(dn));
        part(dn, "O").ifPresent(o -> out.add("Cơ quan: " + o));
        out.add("Thời gian ký: " + when.withZoneSameInstant(vn.thethuc.document.VietnamTime.ZONE).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        return out.stream().map(s -> java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC)).toList();
    }

    private static Optional<String> part(String dn, String type) {
        try {
            for (Rdn r : new LdapName(dn).getRdns()) {
                if (r.getType().equalsIgnoreCase(type)) {
                    return Optional.of(String.valueOf(r.getValue()));
                }
            }
        } catch (javax.naming.InvalidNameException e) {
            // not a name: nothing
        }
        return Optional.empty();
    }

    /** A PNG or JPEG picture of the signature or the seal, read and tried; null when none is given. */
    public static byte[] picture(Path file) throws vn.thethuc.i18n.Refusal {
        if (file == null) {
            return null;
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            org.openpdf.text.Image.getInstance(bytes);
            return bytes;
        } catch (java.io.IOException | RuntimeException e) {
            throw new vn.thethuc.i18n.Refusal("sign.badImage", file);
        }
    }

    /** A font that writes Vietnamese, embedded in the appearance: Times New Roman or its metric twin. */
    public static Optional<Path> systemFont() {
        for (String f : List.of("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
                "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf", "C:\\Windows\\Fonts\\times.ttf",
                "/Library/Fonts/Times New Roman.ttf", "/System/Library/Fonts/Supplemental/Times New Roman.ttf")) {
            Path p = Path.of(f);
            if (Files.isRegularFile(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
