package vn.thethuc.sign;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed certificate for trying the signature out (the demo), clearly named as a test: never
 * a substitute for a certificate from a licensed Vietnamese CA.
 */
public final class DemoCertificate {
    private DemoCertificate() {
    }

    /** A PKCS#12 file at {@code file} with an RSA key and a one-year certificate, protected by {@code pin}. */
    public static void write(Path file, char[] pin) throws IOException, GeneralSecurityException {
        PadesSigner.Key key = key("RSA");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("thu-nghiem", key.key(), pin, new X509Certificate[] {key.certificate()});
        Files.createDirectories(file.toAbsolutePath().getParent());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        store.store(out, pin);
        vn.thethuc.document.AtomicFile.write(file, out.toByteArray(), true);
    }

    /** A key ({@code RSA}: 2048 bits, {@code EC}: P-256) with its one-year test certificate, in memory only. */
    public static PadesSigner.Key key(String algorithm) throws GeneralSecurityException {
        return key(algorithm, "CN=Cán bộ thử nghiệm (chứng thư thử),O=Sở Y tế (thử nghiệm),C=VN");
    }

    /** The same for the self-signed {@code subject} (an X.500 name). */
    public static PadesSigner.Key key(String algorithm, String subject) throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance(algorithm);
        g.initialize(algorithm.equals("EC") ? 256 : 2048);
        KeyPair keys = g.generateKeyPair();
        X500Name name = new X500Name(subject);
        var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(System.nanoTime()),
                Date.from(Instant.now().minus(Duration.ofMinutes(5))), Date.from(Instant.now().plus(Duration.ofDays(365))),
                name, keys.getPublic());
        try {
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder(
                    algorithm.equals("EC") ? "SHA256withECDSA" : "SHA256withRSA").build(keys.getPrivate())));
            return new PadesSigner.Key(keys.getPrivate(), java.util.List.of(cert), null);
        } catch (OperatorCreationException | java.io.IOException e) {
            throw new GeneralSecurityException(e.getMessage(), e);
        }
    }
}
