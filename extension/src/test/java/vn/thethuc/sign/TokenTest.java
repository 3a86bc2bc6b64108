package vn.thethuc.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thethuc.i18n.Bundle;
import vn.thethuc.i18n.Refusal;

/** A USB token, as SoftHSM2 plays it: listed, used through SunPKCS11 to sign, refusing a wrong PIN cleanly. */
class TokenTest {
    @TempDir
    Path dir;
    static PadesSigner.Key made;

    @BeforeAll
    static void aTokenWithTheSignersKey() throws Exception {
        Assumptions.assumeTrue(SoftHsm.available() || "true".equals(System.getenv("CI")),
                "softhsm2 and opensc are installed by bin/thethuc test");
        made = PadesSignerTest.key("RSA");
        SoftHsm.token(new java.security.KeyPair(made.chain().get(0).getPublicKey(), made.key()),
                made.chain().get(0).getEncoded());
    }

    @Test
    void theTokensCertificateIsListedAndSignsAValidPades() throws Exception {
        char[] pin = SoftHsm.PIN.toCharArray();
        KeyStore store = Keys.token(SoftHsm.MODULE, 0, pin);
        List<Keys.Choice> choices = Keys.choices(store);
        assertEquals(1, choices.size(), choices.toString());
        assertTrue(choices.get(0).subject().contains("CN=Nguyễn Văn An"), choices.get(0).subject());
        assertEquals(made.chain().get(0).getNotAfter().toInstant(), choices.get(0).notAfter());
        PadesSigner.Key key = Keys.fromStore(store, null, choices.get(0).alias(), "token");
        assertTrue(key.provider() != null, "the token's provider signs: the key never leaves it");
        byte[] signed;
        try {
            signed = PadesSigner.sign(PadesSignerTest.pdf(), key, PadesSigner.now(), "Ban hành văn bản", "Thái Nguyên");
        } finally {
            Keys.release(key);
            java.util.Arrays.fill(pin, '\0');
        }
        Path file = dir.resolve("token.pdf");
        Files.write(file, signed);
        String report = PadesSignerTest.pdfsig(file);
        assertTrue(report.contains("Signature Validation: Signature is Valid."), report);
        assertTrue(report.contains("Signature Type: ETSI.CAdES.detached"), report);
        Dss.Verdict dss = Dss.validate(signed, made.certificate());
        assertEquals(eu.europa.esig.dss.enumerations.Indication.TOTAL_PASSED, dss.indication(), dss.toString());
        assertEquals(eu.europa.esig.dss.enumerations.SignatureLevel.PAdES_BASELINE_B, dss.format());
    }

    @Test
    void aWrongPinNoModuleOrNoTokenIsRefusedClearly() {
        Refusal wrong = assertThrows(Refusal.class, () -> Keys.token(SoftHsm.MODULE, 0, "000000".toCharArray()));
        // SoftHSM2 sets CKF_USER_PIN_COUNT_LOW on a wrong PIN (until the next right one): it is read and said
        assertEquals("sign.wrongPinCountLow", wrong.key());
        assertTrue(wrong.message(Bundle.of("vi")).startsWith("Mã PIN của thiết bị ký số (khe 0) không đúng. Thiết bị báo số lần"
                + " thử còn lại đã giảm"), wrong.message(Bundle.of("vi")));
        assertTrue(wrong.message(Bundle.of("vi")).contains("Không tự thử lại"));
        assertEquals(PinState.COUNT_LOW, PinState.read(SoftHsm.MODULE, 0));
        assertEquals(PinState.UNKNOWN, PinState.read(SoftHsm.MODULE, 7), "no such slot");
        assertEquals(PinState.UNKNOWN, PinState.read(Path.of("/nonexistent/libtoken.so"), 0));
        assertEquals("sign.noModule", assertThrows(Refusal.class,
                () -> Keys.token(Path.of("/nonexistent/libtoken.so"), 0, "1".toCharArray())).key());
        Refusal empty = assertThrows(Refusal.class, () -> Keys.token(SoftHsm.MODULE, 5, SoftHsm.PIN.toCharArray()));
        assertEquals("sign.noToken", empty.key(), empty.getMessage());
        // The right PIN still works after a wrong one: nothing retried, nothing locked; the flag is cleared.
        assertTrue(assertDoesNotThrowStore() != null);
        assertEquals(PinState.UNKNOWN, PinState.read(SoftHsm.MODULE, 0));
    }

    @Test
    void theTokensPinFlagsSayHowManyTriesAreLeft() {
        assertEquals(PinState.UNKNOWN, PinState.of(0x0000040DL), "RNG, login required, initialised: nothing to say");
        assertEquals(PinState.COUNT_LOW, PinState.of(0x00010000L | 0x4));
        assertEquals(PinState.FINAL_TRY, PinState.of(0x00030000L));
        assertEquals(PinState.LOCKED, PinState.of(0x00070000L));
    }

    private static KeyStore assertDoesNotThrowStore() {
        try {
            return Keys.token(SoftHsm.MODULE, 0, SoftHsm.PIN.toCharArray());
        } catch (Refusal e) {
            throw new AssertionError(e.key(), e);
        }
    }
}
