package vn.thethuc.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import org.junit.jupiter.api.Test;

/** The EU DSS validator accepts our signatures: PAdES-BASELINE-B, -T with a timestamp, TOTAL_PASSED. */
class DssTest {
    @Test
    void aPkcs12SignatureIsBaselineBAndPasses() throws Exception {
        PadesSigner.Key key = PadesSignerTest.key("RSA");
        byte[] signed = PadesSigner.sign(PadesSignerTest.pdf(), key, PadesSigner.now(), "Ban hành văn bản", "Thái Nguyên");
        Dss.Verdict v = Dss.validate(signed, key.certificate());
        assertEquals(SignatureLevel.PAdES_BASELINE_B, v.format(), v.toString());
        assertEquals(Indication.TOTAL_PASSED, v.indication(), v.toString());
    }

    @Test
    void aTimestampedEcSignatureIsBaselineTAndPasses() throws Exception {
        PadesSigner.Key key = PadesSignerTest.key("EC");
        try (TestTsa tsa = new TestTsa()) {
            byte[] signed = PadesSigner.sign(PadesSignerTest.pdf(), key, PadesSigner.now(), "Ban hành văn bản",
                    "Thái Nguyên", new Tsa(tsa.url(), null));
            Dss.Verdict v = Dss.validate(signed, key.certificate(), tsa.certificate);
            assertEquals(SignatureLevel.PAdES_BASELINE_T, v.format(), v.toString());
            assertEquals(Indication.TOTAL_PASSED, v.indication(), v.toString());
        }
    }

    @Test
    void aChangedByteFailsValidation() throws Exception {
        PadesSigner.Key key = PadesSignerTest.key("RSA");
        byte[] signed = PadesSigner.sign(PadesSignerTest.pdf(), key, PadesSigner.now(), "Ban hành văn bản", "Thái Nguyên");
        String text = new String(signed, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = text.indexOf("KE HOACH") > 0 ? text.indexOf("KE HOACH") : text.indexOf("/Producer") + 2;
        signed[at] = (byte) (signed[at] ^ 0x01);
        assertEquals(Indication.TOTAL_FAILED, Dss.validate(signed, key.certificate()).indication());
    }
}
