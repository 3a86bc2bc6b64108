package vn.thethuc.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thethuc.i18n.Refusal;
import vn.thethuc.sign.Appearance;
import vn.thethuc.sign.DemoCertificate;
import vn.thethuc.sign.PadesSigner;
import vn.thethuc.sign.ReservedFields;
import vn.thethuc.verify.Verifier;

/** The records office's step on a PDF signed here the way the signer's step signs it. */
class IssuingTest {
    static PadesSigner.Key signer;
    static PadesSigner.Key agency;
    static byte[] signed;
    static final LocalDate TODAY = vn.thethuc.document.VietnamTime.today();

    @BeforeAll
    static void sign() throws Exception {
        signer = DemoCertificate.key("RSA", "CN=Nguyễn Văn An,O=Sở Y tế (thử nghiệm),C=VN");
        agency = DemoCertificate.key("EC", "CN=Sở Y tế (thử nghiệm),O=Sở Y tế (thử nghiệm),C=VN");
        byte[] page = vn.thethuc.sign.TestPdfs.page("Số:      /KH-SYT        Thái Nguyên, ngày      tháng 11 năm 2026");
        List<ReservedFields.Field> blanks = List.of(
                new ReservedFields.Field(ReservedFields.NUMBER_FIELD, new Appearance.Box(1, 60, 790, 90, 806)),
                new ReservedFields.Field(ReservedFields.DAY_FIELD, new Appearance.Box(1, 300, 790, 330, 806),
                        TODAY.getMonthValue() + "/" + TODAY.getYear()));
        Appearance picture = new Appearance(new Appearance.Box(1, 350, 200, 520, 270), List.of("Ký bởi: Nguyễn Văn An"),
                null, null, Appearance.systemFont().orElse(null));
        signed = PadesSigner.sign(page, signer, PadesSigner.now(), "Ký", "", null, picture, true,
                new PadesSigner.Revision(PadesSigner.SIGNER_FIELD, blanks, Map.of(), null));
    }

    static Issuing.Request request(String number, LocalDate date) {
        return new Issuing.Request(number, date, agency, seal(), null);
    }

    static byte[] seal() {
        try {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(60, 60,
                    java.awt.image.BufferedImage.TYPE_INT_ARGB);
            java.awt.Graphics2D g = image.createGraphics();
            g.setColor(java.awt.Color.RED);
            g.drawOval(2, 2, 56, 56);
            g.dispose();
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theNumberAndDayAreFilledAndTheAgencySignsOverTheSignersLeftThird() throws Exception {
        Issuing.Issued issued = Issuing.issue(signed, "ke-hoach.pdf", request("5", TODAY), PadesSigner.now());
        assertEquals("05", issued.number());
        assertEquals(Issuing.day(TODAY), issued.day());
        List<Verifier.Signature> all = Verifier.verify(issued.pdf(), "x.pdf",
                List.of(signer.certificate(), agency.certificate()));
        assertEquals(2, all.size());
        assertEquals("certification", all.get(0).kind());
        assertTrue(all.get(0).valid() && all.get(1).valid(), all.toString());
        // the number, the day and the seal show: the page looks different, its objects changed only as form filling
        // and signing do
        assertEquals(List.of("signature-or-form-fill", "appearance"), all.get(0).changes());
        assertEquals("approval", all.get(1).kind());
        // the EU's DSS with its own validation policy: both signatures pass with the test anchors
        List<vn.thethuc.sign.Dss.Verdict> verdicts = vn.thethuc.sign.Dss.validateAll(issued.pdf(), signer.certificate(),
                agency.certificate());
        assertEquals(2, verdicts.size());
        verdicts.forEach(v -> assertEquals(eu.europa.esig.dss.enumerations.Indication.TOTAL_PASSED, v.indication(),
                v.toString()));
        assertEquals("Sở Y tế (thử nghiệm)", all.get(1).organisation());
        Verifier.Placement seal = all.get(1).placement();
        assertTrue(seal.visible());
        float centre = (seal.llx() + seal.urx()) / 2;
        assertTrue(centre > 350 && centre < 350 + 170 / 3f, "the seal's centre " + centre + " over the left third");
        assertEquals("over-signer-left-third", seal.where());
        try (var doc = org.apache.pdfbox.Loader.loadPDF(issued.pdf())) {
            var form = doc.getDocumentCatalog().getAcroForm();
            assertEquals("05", form.getField(ReservedFields.NUMBER_FIELD).getValueAsString());
            assertEquals(Issuing.day(TODAY), form.getField(ReservedFields.DAY_FIELD).getValueAsString());
        }
        // an attachment: the agency's signature at the top right of its first page, the number and symbol as text
        byte[] pl = vn.thethuc.sign.TestPdfs.page("PHỤ LỤC");
        byte[] attached = Issuing.attachment(issued.pdf(), "ke-hoach.pdf", pl, "phu-luc.pdf", agency, null,
                PadesSigner.now());
        List<Verifier.Signature> one = Verifier.verify(attached, "phu-luc.pdf", List.of(agency.certificate()));
        assertEquals(1, one.size());
        assertTrue(one.get(0).valid() && one.get(0).trusted(), one.toString());
        Verifier.Placement corner = one.get(0).placement();
        assertTrue(corner.visible() && corner.page() == 1 && corner.urx() > 595 - 40 && corner.ury() > 842 - 40,
                "top right of the first page: " + corner);
        assertEquals("top-right", corner.where());
        try (var doc = org.apache.pdfbox.Loader.loadPDF(attached)) {
            var appearance = doc.getSignatureFields().get(0).getWidgets().get(0).getNormalAppearanceStream();
            assertTrue(appearance != null, "a visible text, no picture");
        }
        assertEquals("issue.notIssued", assertThrows(Refusal.class, () -> Issuing.attachment(signed, "x.pdf",
                pl, "pl.pdf", agency, null, PadesSigner.now())).key());

        // once issued, never again
        assertEquals("issue.numberGiven", assertThrows(Refusal.class,
                () -> Issuing.issue(issued.pdf(), "x.pdf", request("6", TODAY), PadesSigner.now())).key());
    }

    @Test
    void whatCannotBeIssuedIsRefused() throws Exception {
        assertEquals("issue.badNumber", assertThrows(Refusal.class, () -> Issuing.number("15a")).key());
        assertEquals("issue.badNumber", assertThrows(Refusal.class, () -> Issuing.number("0")).key());
        assertEquals("15", Issuing.number(" 15 "));
        assertEquals("issue.otherMonth", assertThrows(Refusal.class,
                () -> Issuing.issue(signed, "x.pdf", request("15", TODAY.plusMonths(1)), PadesSigner.now())).key(),
                "the day must fall in the month and year printed after it");
        assertEquals("issue.beforeSigning", assertThrows(Refusal.class,
                () -> Issuing.issue(signed, "x.pdf", request("15", TODAY.minusDays(1)), PadesSigner.now())).key());
        byte[] plain = vn.thethuc.sign.TestPdfs.page("x");
        assertEquals("issue.notSigned", assertThrows(Refusal.class,
                () -> Issuing.issue(plain, "x.pdf", request("15", TODAY), PadesSigner.now())).key());
        byte[] withoutFields = PadesSigner.sign(plain, signer, PadesSigner.now(), "Ký", "", null, null, true);
        assertEquals("issue.noNumberField", assertThrows(Refusal.class,
                () -> Issuing.issue(withoutFields, "x.pdf", request("15", TODAY), PadesSigner.now())).key());
        byte[] changed = signed.clone();
        changed[new String(changed, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("stream") + 20] ^= 0x01;
        assertEquals("issue.broken", assertThrows(Refusal.class,
                () -> Issuing.issue(changed, "x.pdf", request("15", TODAY), PadesSigner.now())).key());
    }

    /** PDF/A: the fields' font embedded whole; filling them adds no font, and the signer's signature stays valid. */
    @Test
    void aPdfAsFieldsFontIsEmbeddedWholeAndFillingThemIsAllowed() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Appearance.systemFont().isPresent(), "Liberation Serif");
        byte[] page = vn.thethuc.sign.TestPdfs.page("Số:      /KH-SYT");
        byte[] pdfA = PadesSigner.sign(page, signer, PadesSigner.now(), "Ký", "", null, null, true,
                new PadesSigner.Revision(PadesSigner.SIGNER_FIELD, List.of(new ReservedFields.Field(
                        ReservedFields.NUMBER_FIELD, new Appearance.Box(1, 60, 790, 90, 806))), Map.of(),
                        Appearance.systemFont().get()));
        Issuing.Issued issued = Issuing.issue(pdfA, "x.pdf", new Issuing.Request("125", TODAY, agency, null, null),
                PadesSigner.now());
        List<Verifier.Signature> all = Verifier.verify(issued.pdf(), "x.pdf", List.of());
        assertTrue(all.get(0).valid() && all.get(1).valid(), all.toString());
        try (var doc = org.apache.pdfbox.Loader.loadPDF(issued.pdf())) {
            assertEquals("125", doc.getDocumentCatalog().getAcroForm().getField(ReservedFields.NUMBER_FIELD)
                    .getValueAsString());
        }
    }
}
