package vn.thethuc.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thethuc.i18n.Bundle;
import vn.thethuc.i18n.Refusal;
import vn.thethuc.sign.DemoCertificate;
import vn.thethuc.sign.PadesSigner;

/** DSS's verdicts on PDFs signed here, one changed after signing in each way that matters. */
class VerifierTest {
    static PadesSigner.Key key;
    static byte[] signed;

    @BeforeAll
    static void sign() throws Exception {
        key = DemoCertificate.key("RSA");
        signed = PadesSigner.sign(plain(), key, PadesSigner.now(), "Ban hành văn bản", "");
    }

    static byte[] plain() throws Exception {
        return vn.thethuc.sign.TestPdfs.page("KẾ HOẠCH 15/KH-UBND");
    }

    @Test
    void aSignatureMadeHereIsAnIntactApprovalAndTrustedWithItsAnchor() throws Exception {
        List<Verifier.Signature> all = Verifier.verify(signed, "ke-hoach.pdf", List.of(key.certificate()));
        assertEquals(1, all.size());
        Verifier.Signature s = all.get(0);
        assertEquals("approval", s.kind());
        assertEquals(0, s.docMdp());
        assertEquals("PAdES-BASELINE-B", s.level());
        assertEquals("ETSI.CAdES.detached", s.subFilter());
        assertTrue(s.intact() && s.changesAllowed() && s.valid(), s.toString());
        assertEquals(Boolean.TRUE, s.trusted());
        assertTrue(s.signer().contains("CN="), s.signer());
        assertFalse(s.placement().visible());
        assertNull(Verifier.verify(signed, "ke-hoach.pdf", List.of()).get(0).trusted());
        assertTrue(VerifyReport.allValid(all));
        String text = VerifyReport.text("ke-hoach.pdf", all, Bundle.of(Bundle.VI));
        assertTrue(text.contains("chữ ký phê duyệt") && text.contains("Hợp lệ"), text);
    }

    @Test
    void aByteChangedInWhatWasSignedBreaksIt() throws Exception {
        byte[] changed = signed.clone();
        String s = new String(changed, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = s.indexOf("KE HOACH");
        if (at < 0) {
            // the text is in a compressed stream: change a byte of the first page's content instead
            at = s.indexOf("stream") + 20;
        }
        changed[at] ^= 0x01;
        List<Verifier.Signature> all = Verifier.verify(changed, "x.pdf", List.of(key.certificate()));
        assertEquals(1, all.size());
        assertFalse(all.get(0).intact());
        assertFalse(VerifyReport.allValid(all));
    }

    @Test
    void aPageChangedAfterTheSignatureIsNotAnAllowedChange() throws Exception {
        org.openpdf.text.pdf.PdfReader reader = new org.openpdf.text.pdf.PdfReader(signed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        org.openpdf.text.pdf.PdfStamper stamper = new org.openpdf.text.pdf.PdfStamper(reader, out, null, true);
        org.openpdf.text.pdf.PdfContentByte over = stamper.getOverContent(1);
        over.beginText();
        over.setFontAndSize(org.openpdf.text.pdf.BaseFont.createFont(), 14);
        over.setTextMatrix(100, 500);
        over.showText("SUA SAU KHI KY");
        over.endText();
        stamper.close();
        List<Verifier.Signature> all = Verifier.verify(out.toByteArray(), "x.pdf", List.of());
        assertEquals(1, all.size());
        Verifier.Signature s = all.get(0);
        assertTrue(s.intact(), "the signed revision itself is untouched");
        assertFalse(s.changesAllowed(), s.changes().toString());
        assertFalse(s.valid());
    }

    @Test
    void whatIsNotAPdfIsRefused() {
        assertEquals("verify.notPdf", assertThrows(Refusal.class,
                () -> Verifier.verify("not a pdf".getBytes(), "x.pdf", List.of())).key());
        assertEquals("verify.notPdf", assertThrows(Refusal.class,
                () -> Verifier.verify("%PDF-1.7 garbage".getBytes(), "x.pdf", List.of())).key());
    }

    /**
     * The issuing shape: the signer certifies (DocMDP 2), the agency adds an approval signature after it —
     * both valid, the second's addition an allowed change of the first; a page changed after both is not.
     */
    @Test
    void aCertificationThenAnApprovalAreBothValidAndAPageChangeAfterThemIsNot() throws Exception {
        byte[] certified = PadesSigner.sign(plain(), key, PadesSigner.now(), "Ký", "", null, null, true);
        PadesSigner.Key agency = DemoCertificate.key("EC", "CN=Văn thư (thử nghiệm),O=UBND tỉnh (thử nghiệm),C=VN");
        byte[] issued = PadesSigner.sign(certified, agency, PadesSigner.now(), "Ban hành", "", null, null, false);
        List<Verifier.Signature> all = Verifier.verify(issued, "x.pdf", List.of(key.certificate(), agency.certificate()));
        assertEquals(2, all.size());
        Verifier.Signature signer = all.get(0);
        assertEquals("certification", signer.kind());
        assertEquals(2, signer.docMdp());
        assertEquals(List.of("signature-or-form-fill"), signer.changes());
        assertTrue(signer.valid(), signer.toString());
        Verifier.Signature office = all.get(1);
        assertEquals("approval", office.kind());
        assertEquals("UBND tỉnh (thử nghiệm)", office.organisation());
        assertTrue(office.valid() && office.trusted(), office.toString());
        assertTrue(VerifyReport.allValid(all));

        org.openpdf.text.pdf.PdfReader reader = new org.openpdf.text.pdf.PdfReader(issued);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        org.openpdf.text.pdf.PdfStamper stamper = new org.openpdf.text.pdf.PdfStamper(reader, out, null, true);
        org.openpdf.text.pdf.PdfContentByte over = stamper.getOverContent(1);
        over.rectangle(100, 100, 50, 50);
        over.fill();
        stamper.close();
        List<Verifier.Signature> changed = Verifier.verify(out.toByteArray(), "x.pdf", List.of());
        assertFalse(changed.get(0).changesAllowed(), changed.get(0).changes().toString());
        assertFalse(changed.get(1).changesAllowed(), changed.get(1).changes().toString());
    }
}
