package vn.thethuc.sign;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import vn.thethuc.i18n.Refusal;

/**
 * The signer's key from a PKCS#12 file, and the checks every certificate goes through before it
 * signs: valid today (else refused), made for signatures (else a warning). The password is the
 * caller's to clear after use; it is never kept or logged here.
 */
public final class Keys {
    private Keys() {
    }

    /** The key {@code alias} (the only or first key entry when null) of a PKCS#12 file. */
    public static PadesSigner.Key pkcs12(Path file, char[] password, String alias) throws Refusal {
        if (!Files.isRegularFile(file)) {
            throw new Refusal("sign.noKeyFile", file);
        }
        KeyStore store;
        try (InputStream in = Files.newInputStream(file)) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException || String.valueOf(e.getMessage()).contains("password")) {
                throw new Refusal("sign.wrongPassword", file.getFileName());
            }
            throw new Refusal("sign.badKeyFile", file.getFileName(), e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new Refusal("sign.badKeyFile", file.getFileName(), e.getMessage());
        }
        return fromStore(store, password, alias, file.getFileName().toString());
    }

    /** The key {@code alias} (or the first key) of a loaded store: a PKCS#12 file or a token. */
    public static PadesSigner.Key fromStore(KeyStore store, char[] password, String alias, String where) throws Refusal {
        try {
            String chosen = alias;
            if (chosen == null) {
                chosen = Collections.list(store.aliases()).stream().filter(a -> isKey(store, a)).findFirst()
                        .orElseThrow(() -> new Refusal("sign.noKey", where));
            } else if (!isKey(store, chosen)) {
                throw new Refusal("sign.noSuchAlias", chosen, where);
            }
            PrivateKey key = (PrivateKey) store.getKey(chosen, password);
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate c : Optional.ofNullable(store.getCertificateChain(chosen)).orElse(new Certificate[0])) {
                chain.add((X509Certificate) c);
            }
            if (chain.isEmpty()) {
                throw new Refusal("sign.noCertificate", chosen, where);
            }
            return new PadesSigner.Key(key, List.copyOf(chain), store.getProvider().getName().equals("SUN")
                    || store.getType().equals("PKCS12") ? null : store.getProvider());
        } catch (UnrecoverableKeyException e) {
            throw new Refusal("sign.wrongPassword", where);
        } catch (GeneralSecurityException e) {
            throw new Refusal("sign.badKeyFile", where, e.getMessage());
        }
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /**
     * Refuses a certificate that is expired or not yet valid at {@code now}; returns the message keys of
     * warnings (a certificate not made for signatures).
     */
    public static List<String> check(X509Certificate cert, Instant now) throws Refusal {
        try {
            cert.checkValidity(Date.from(now));
        } catch (CertificateExpiredException e) {
            throw new Refusal("sign.expired", cert.getSubjectX500Principal().getName(), cert.getNotAfter().toInstant());
        } catch (CertificateNotYetValidException e) {
            throw new Refusal("sign.notYetValid", cert.getSubjectX500Principal().getName(), cert.getNotBefore().toInstant());
        }
        boolean[] usage = cert.getKeyUsage();
        // keyUsage bits: 0 digitalSignature, 1 nonRepudiation (contentCommitment)
        if (usage != null && !usage[0] && !usage[1]) {
            return List.of("sign.keyUsage");
        }
        return List.of();
    }
}
