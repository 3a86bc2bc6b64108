package vn.thethuc.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thethuc.i18n.Bundle;
import vn.thethuc.i18n.Refusal;

/** Keys from a PKCS#12 file, and the certificate checks before signing. */
class KeysTest {
    @TempDir
    Path dir;

    static X509Certificate certificate(KeyPair keys, Instant from, Instant to, int usage) throws Exception {
        X500Name name = new X500Name("CN=Nguyen Van An, C=VN");
        var b = new JcaX509v3CertificateBuilder(name, BigInteger.ONE, Date.from(from), Date.from(to), name, keys.getPublic());
        b.addExtension(Extension.keyUsage, true, new KeyUsage(usage));
        return new JcaX509CertificateConverter().getCertificate(
                b.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
    }

    Path p12(char[] password) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair keys = g.generateKeyPair();
        X509Certificate cert = certificate(keys, Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(30)), KeyUsage.digitalSignature);
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("nguyen-van-an", keys.getPrivate(), password, new X509Certificate[] {cert});
        Path file = dir.resolve("an.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            ks.store(out, password);
        }
        return file;
    }

    @Test
    void theKeyOfAPkcs12FileAndClearRefusals() throws Exception {
        Path file = p12("123456".toCharArray());
        PadesSigner.Key key = Keys.pkcs12(file, "123456".toCharArray(), null);
        assertEquals("RSA", key.key().getAlgorithm());
        assertEquals(1, key.chain().size());
        Refusal wrong = assertThrows(Refusal.class, () -> Keys.pkcs12(file, "000000".toCharArray(), null));
        assertEquals("sign.wrongPassword", wrong.key());
        assertEquals("Mật khẩu (PIN) của «an.p12» không đúng. Không thử lại tự động; hãy nhập lại.",
                wrong.message(Bundle.of("vi")));
        assertEquals("sign.noKeyFile", assertThrows(Refusal.class,
                () -> Keys.pkcs12(dir.resolve("none.p12"), "1".toCharArray(), null)).key());
        assertEquals("sign.noSuchAlias", assertThrows(Refusal.class,
                () -> Keys.pkcs12(file, "123456".toCharArray(), "khac")).key());
        Files.writeString(dir.resolve("garbage.p12"), "not a key store");
        assertEquals("sign.badKeyFile", assertThrows(Refusal.class,
                () -> Keys.pkcs12(dir.resolve("garbage.p12"), "1".toCharArray(), null)).key());
    }

    @Test
    void anExpiredOrFutureCertificateIsRefusedAndAWrongUsageWarned() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair keys = g.generateKeyPair();
        Instant now = Instant.now();
        X509Certificate expired = certificate(keys, now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1)),
                KeyUsage.digitalSignature);
        assertEquals("sign.expired", assertThrows(Refusal.class, () -> Keys.check(expired, now)).key());
        X509Certificate future = certificate(keys, now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)),
                KeyUsage.digitalSignature);
        assertEquals("sign.notYetValid", assertThrows(Refusal.class, () -> Keys.check(future, now)).key());
        X509Certificate encryption = certificate(keys, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)),
                KeyUsage.keyEncipherment);
        assertEquals(List.of("sign.keyUsage"), Keys.check(encryption, now));
        X509Certificate signing = certificate(keys, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)),
                KeyUsage.nonRepudiation);
        assertEquals(List.of(), Keys.check(signing, now));
    }

    /** The certificate list names the signer as a person reads it (#22: the whole DN, reversed, was shown). */
    @Test
    void aCertificateIsNamedByItsHolderAndOrganisation() {
        assertEquals("Nguyễn Văn An (Sở Y tế tỉnh Thái Nguyên)",
                Keys.Choice.readable("C=VN,O=Sở Y tế tỉnh Thái Nguyên,CN=Nguyễn Văn An"));
        assertEquals("VNPT-CA", Keys.Choice.readable("CN=VNPT-CA,O=VNPT-CA,C=VN"));
        assertEquals("not a name", Keys.Choice.readable("not a name"));
    }
}
