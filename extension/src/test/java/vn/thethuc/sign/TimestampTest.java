package vn.thethuc.sign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.AcroFields;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import vn.thethuc.i18n.Refusal;

/** PAdES B-T: the signature value timestamped by an RFC 3161 server on the loopback. */
class TimestampTest {
    @TempDir
    Path dir;

    @Test
    void theSignatureCarriesATimestampOfItsValueFromTheServer() throws Exception {
        try (TestTsa tsa = new TestTsa()) {
            byte[] signed = PadesSigner.sign(PadesSignerTest.pdf(), PadesSignerTest.key("RSA"), PadesSigner.now(),
                    "Ban hành văn bản", "Thái Nguyên", new Tsa(tsa.url(), null));
            assertEquals(1, tsa.served.get());
            Path file = dir.resolve("b-t.pdf");
            Files.write(file, signed);
            String report = PadesSignerTest.pdfsig(file);
            assertTrue(report.contains("Signature Validation: Signature is Valid."), report);

            PdfReader reader = new PdfReader(signed);
            AcroFields fields = reader.getAcroFields();
            String name = fields.getSignatureTypes().keySet().iterator().next();
            byte[] contents = fields.getSignatureDictionary(name).getAsString(PdfName.CONTENTS).getOriginalBytes();
            CMSSignedData cms = new CMSSignedData(new org.bouncycastle.asn1.ASN1InputStream(contents).readObject()
                    .getEncoded());
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            var attribute = signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
            assertTrue(attribute != null, "the signature-time-stamp-token attribute");
            TimeStampToken token = new TimeStampToken(new CMSSignedData(attribute.getAttrValues().getObjectAt(0)
                    .toASN1Primitive().getEncoded()));
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa.certificate));
            assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(signer.getSignature()),
                    token.getTimeStampInfo().getMessageImprintDigest(), "the timestamp is over the signature value");
        }
    }

    @Test
    void anUnreachableOrWrongServerSignsNothing() throws Exception {
        Refusal r = assertThrows(Refusal.class, () -> PadesSigner.sign(PadesSignerTest.pdf(), PadesSignerTest.key("RSA"),
                PadesSigner.now(), "x", "y", new Tsa("http://127.0.0.1:1/tsa", null)));
        assertEquals("sign.tsaUnreachable", r.key());
        assertEquals("sign.tsaUrl", assertThrows(Refusal.class, () -> new Tsa("ftp://tsa.example/", null)).key());
    }
}
