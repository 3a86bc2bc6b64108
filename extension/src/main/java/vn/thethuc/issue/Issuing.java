package vn.thethuc.issue;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openpdf.text.pdf.AcroFields;
import org.openpdf.text.pdf.PdfReader;
import vn.thethuc.i18n.Refusal;
import vn.thethuc.sign.Appearance;
import vn.thethuc.sign.PadesSigner;
import vn.thethuc.sign.ReservedFields;
import vn.thethuc.sign.Tsa;
import vn.thethuc.verify.Verifier;

/**
 * The records office's step of issuing (NĐ30 Điều 13, Phụ lục I): a PDF the signer signed with the number and
 * day left blank gets its number and day in the fields reserved for them, and the agency's approval signature
 * — the seal over the left third of the signer's picture — in one incremental update that the signer's
 * certification (DocMDP P=2) allows. Nothing is written here: the caller writes the bytes.
 */
public final class Issuing {

    /** What to issue with: the number (digits), the day of issue, the agency's key, a seal picture (may be null). */
    public record Request(String number, LocalDate date, PadesSigner.Key key, byte[] seal, Tsa tsa) {
    }

    /** The issued bytes, and what the records office should know (bundle keys with their arguments). */
    public record Issued(byte[] pdf, String number, String day, List<String> warnings) {
    }

    private Issuing() {
    }

    /** Số thứ tự of Điều 15: Arabic digits, a leading 0 below 10; anything else is refused. */
    public static String number(String given) throws Refusal {
        String n = given == null ? "" : given.strip();
        if (!n.matches("\\d{1,7}") || Integer.parseInt(n) == 0) {
            throw new Refusal("issue.badNumber", given);
        }
        int value = Integer.parseInt(n);
        return value < 10 ? "0" + value : String.valueOf(value);
    }

    /** The day as NĐ30 writes it in a date line: a leading 0 below 10 ("ngày 05"). */
    public static String day(LocalDate date) {
        return date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
    }

    /**
     * Fills and signs. Refused (and nothing made) when {@code pdf} has no intact signature of the signer, no field
     * for the number, a number already given, or {@code date} before the day the signer signed.
     */
    public static Issued issue(byte[] pdf, String name, Request r, Calendar when)
            throws Refusal, IOException, GeneralSecurityException, InterruptedException {
        String number = number(r.number());
        List<Verifier.Signature> signatures = Verifier.verify(pdf, name, List.of());
        if (signatures.isEmpty()) {
            throw new Refusal("issue.notSigned", name);
        }
        for (Verifier.Signature s : signatures) {
            if (!s.valid()) {
                throw new Refusal("issue.broken", name, s.field());
            }
        }
        Verifier.Signature signer = signatures.get(0);
        if (signer.docMdp() == 1) {
            throw new Refusal("issue.locked", name);
        }
        if (signer.time() != null && r.date().isBefore(signer.time().atZone(vn.thethuc.document.VietnamTime.ZONE).toLocalDate())) {
            throw new Refusal("issue.beforeSigning", r.date(), signer.time().atZone(vn.thethuc.document.VietnamTime.ZONE).toLocalDate());
        }
        Map<String, String> fill = new LinkedHashMap<>();
        float[] signerBox;
        try {
            PdfReader reader = new PdfReader(pdf);
            AcroFields form = reader.getAcroFields();
            if (form.getFieldType(ReservedFields.NUMBER_FIELD) != AcroFields.FIELD_TYPE_TEXT) {
                throw new Refusal("issue.noNumberField", name);
            }
            if (!form.getField(ReservedFields.NUMBER_FIELD).isBlank()) {
                throw new Refusal("issue.numberGiven", name, form.getField(ReservedFields.NUMBER_FIELD));
            }
            if (form.getFieldType(PadesSigner.AGENCY_FIELD) != 0) {
                throw new Refusal("issue.alreadyIssued", name);
            }
            fill.put(ReservedFields.NUMBER_FIELD, number);
            if (form.getFieldType(ReservedFields.DAY_FIELD) == AcroFields.FIELD_TYPE_TEXT
                    && form.getField(ReservedFields.DAY_FIELD).isBlank()) {
                String printed = monthYear(form);
                String given = r.date().getMonthValue() + "/" + r.date().getYear();
                if (!printed.isEmpty() && !printed.equals(given)) {
                    throw new Refusal("issue.otherMonth", r.date(), printed);
                }
                fill.put(ReservedFields.DAY_FIELD, day(r.date()));
            }
            signerBox = form.getFieldPositions(signer.field());
            reader.close();
        } catch (IOException | RuntimeException e) {
            throw new Refusal("verify.notPdf", name);
        }
        List<String> warnings = new ArrayList<>();
        String dn = r.key().certificate().getSubjectX500Principal().getName();
        if (!dn.matches("(?i)(.*,)?\\s*O=.*")) {
            warnings.add("issue.noOrganisation");
        }
        if (!fill.containsKey(ReservedFields.DAY_FIELD)) {
            warnings.add("issue.noDayField");
        }
        Appearance seal = null;
        if (signerBox != null && signerBox.length >= 5 && signerBox[3] > signerBox[1] && r.seal() != null) {
            seal = new Appearance(sealBox(signerBox), List.of(), null, r.seal(), null);
        } else if (r.seal() != null) {
            warnings.add("issue.sealInvisible");
        }
        byte[] issued = PadesSigner.sign(pdf, r.key(), when, "Phát hành văn bản", "", r.tsa(), seal, false,
                new PadesSigner.Revision(PadesSigner.AGENCY_FIELD, List.of(), fill, null));
        return new Issued(issued, number, fill.get(ReservedFields.DAY_FIELD), warnings);
    }

    /**
     * An attachment sent as a file of its own (Phụ lục I, II.9): the agency's signature at the top right of its
     * first page, no picture, its text the issued document's number and symbol and the signing time (ISO 8601,
     * +07:00) in Times New Roman 10 pt. {@code issued}: the document it belongs to, already issued (its number
     * given). The attachment may carry signatures of its own; they are kept.
     */
    public static byte[] attachment(byte[] issued, String issuedName, byte[] attachment, String name,
            PadesSigner.Key key, Tsa tsa, Calendar when)
            throws Refusal, IOException, GeneralSecurityException, InterruptedException {
        String symbol = symbol(issued, issuedName);
        for (Verifier.Signature s : Verifier.verify(issued, issuedName, List.of())) {
            if (!s.valid()) {
                throw new Refusal("issue.broken", issuedName, s.field());
            }
        }
        float[] page;
        try {
            PdfReader reader = new PdfReader(attachment);
            org.openpdf.text.Rectangle size = reader.getPageSizeWithRotation(1);
            page = new float[] {size.getLeft(), size.getBottom(), size.getRight(), size.getTop()};
            if (reader.getAcroFields().getFieldType(PadesSigner.AGENCY_FIELD) != 0) {
                throw new Refusal("issue.alreadyIssued", name);
            }
            reader.close();
        } catch (IOException | RuntimeException e) {
            throw new Refusal("verify.notPdf", name);
        }
        java.time.ZonedDateTime time = java.time.ZonedDateTime.ofInstant(when.toInstant(), vn.thethuc.document.VietnamTime.ZONE)
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        float margin = 20f;
        Appearance.Box box = new Appearance.Box(1, page[2] - margin - ATTACHMENT_WIDTH, page[3] - margin - ATTACHMENT_HEIGHT,
                page[2] - margin, page[3] - margin);
        Appearance text = new Appearance(box, List.of(symbol,
                time.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME)), null, null,
                Appearance.systemFont().orElse(null), 10f);
        return PadesSigner.sign(attachment, key, when, "Phát hành văn bản kèm theo " + symbol, "", tsa, text, false,
                new PadesSigner.Revision(PadesSigner.AGENCY_FIELD, List.of(), Map.of(), null));
    }

    static final float ATTACHMENT_WIDTH = 170f;
    static final float ATTACHMENT_HEIGHT = 30f;

    /**
     * The issued document's number and symbol ("15/KH-SYT"): its number field's value and the symbol that
     * follows the blank on its "Số:" line.
     */
    static String symbol(byte[] issued, String name) throws Refusal {
        String number;
        try {
            PdfReader reader = new PdfReader(issued);
            number = reader.getAcroFields().getField(ReservedFields.NUMBER_FIELD);
            reader.close();
        } catch (IOException | RuntimeException e) {
            throw new Refusal("verify.notPdf", name);
        }
        if (number == null || number.isBlank()) {
            throw new Refusal("issue.notIssued", name);
        }
        String text;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(issued)) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            text = java.text.Normalizer.normalize(stripper.getText(doc), java.text.Normalizer.Form.NFC);
        } catch (IOException e) {
            throw new Refusal("verify.notPdf", name);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Số\\s*:[\\s\\u00a0]*(/[\\p{L}\\p{N}&./-]+)")
                .matcher(text);
        if (!m.find()) {
            throw new Refusal("issue.noSymbol", name);
        }
        return number.strip() + m.group(1);
    }

    /** The month and year printed after the blank day ("11/2026"), as the signer's step kept it; "" if not kept. */
    private static String monthYear(AcroFields form) {
        AcroFields.Item item = form.getFieldItem(ReservedFields.DAY_FIELD);
        if (item == null || item.size() == 0) {
            return "";
        }
        org.openpdf.text.pdf.PdfString tm = item.getMerged(0).getAsString(org.openpdf.text.pdf.PdfName.TM);
        return tm == null ? "" : tm.toUnicodeString().strip();
    }

    /**
     * The seal's box (Phụ lục I, II.8): a square as high as the signer's picture, over its left third — its
     * centre on the left third's middle. {@code signer}: OpenPDF's field position {page, llx, lly, urx, ury}.
     */
    static Appearance.Box sealBox(float[] signer) {
        float llx = signer[1];
        float lly = signer[2];
        float urx = signer[3];
        float ury = signer[4];
        float side = ury - lly;
        float centre = llx + (urx - llx) / 6;
        return new Appearance.Box((int) signer[0], centre - side / 2, lly, centre + side / 2, ury);
    }
}
