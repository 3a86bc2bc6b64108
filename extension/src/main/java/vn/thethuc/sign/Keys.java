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
        return fromStore(pkcs12Store(file, password), password, alias, file.getFileName().toString());
    }

    /** A PKCS#12 file opened with {@code password}: to list its certificates, or to take its key. */
    public static KeyStore pkcs12Store(Path file, char[] password) throws Refusal {
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
        return store;
    }

    /** A certificate on a token or in a file, as the user chooses among them. */
    public record Choice(String alias, String subject, String issuer, Instant notBefore, Instant notAfter) {
        /** "Nguyễn Văn An (Sở Y tế tỉnh Thái Nguyên)": a name's CN and O as a person reads them, not the whole DN. */
        public static String readable(String dn) {
            String cn = null;
            String o = null;
            try {
                for (javax.naming.ldap.Rdn rdn : new javax.naming.ldap.LdapName(dn).getRdns()) {
                    if (rdn.getType().equalsIgnoreCase("CN")) {
                        cn = String.valueOf(rdn.getValue());
                    } else if (rdn.getType().equalsIgnoreCase("O")) {
                        o = String.valueOf(rdn.getValue());
                    }
                }
            } catch (javax.naming.InvalidNameException | RuntimeException e) {
                return dn;
            }
            if (cn == null) {
                return o == null ? dn : o;
            }
            return o == null || o.equals(cn) ? cn : cn + " (" + o + ")";
        }
    }

    /**
     * The token in slot {@code slotIndex} (its place in the module's slot list) of the PKCS#11 module
     * {@code library}, logged in with {@code pin}, through the JDK's SunPKCS11 provider (one provider
     * per call; nothing is set JVM-wide). The provider logs out in {@link #release}.
     */
    public static KeyStore token(Path library, int slotIndex, char[] pin) throws Refusal {
        if (!Files.isRegularFile(library)) {
            throw new Refusal("sign.noModule", library);
        }
        java.security.Provider provider;
        try {
            java.security.Provider base = java.security.Security.getProvider("SunPKCS11");
            if (base == null) {
                throw new Refusal("sign.noPkcs11");
            }
            // The configuration is given inline ("--" then the text), never as a file to leave behind.
            provider = base.configure("--name=TheThuc-" + Math.abs(library.toString().hashCode()) + "-" + slotIndex
                    + "\nlibrary=" + library.toAbsolutePath() + "\nslotListIndex=" + Math.max(0, slotIndex) + "\n");
        } catch (java.security.ProviderException | IllegalArgumentException | UnsupportedOperationException e) {
            throw new Refusal("sign.noToken", library.getFileName(), Math.max(0, slotIndex), reason(e));
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS11", provider);
            store.load(null, pin);
            return store;
        } catch (IOException e) {
            String why = reason(e);
            if (why.contains("CKR_PIN_INCORRECT")) {
                // what the token says of its remaining tries, when it says it
                switch (PinState.read(library, Math.max(0, slotIndex))) {
                    case LOCKED -> throw new Refusal("sign.pinLocked", Math.max(0, slotIndex));
                    case FINAL_TRY -> throw new Refusal("sign.wrongPinFinalTry", Math.max(0, slotIndex));
                    case COUNT_LOW -> throw new Refusal("sign.wrongPinCountLow", Math.max(0, slotIndex));
                    default -> throw new Refusal("sign.wrongPin", Math.max(0, slotIndex));
                }
            }
            if (why.contains("CKR_PIN_LOCKED")) {
                throw new Refusal("sign.pinLocked", Math.max(0, slotIndex));
            }
            throw new Refusal("sign.noToken", library.getFileName(), Math.max(0, slotIndex), why);
        } catch (GeneralSecurityException | java.security.ProviderException e) {
            throw new Refusal("sign.noToken", library.getFileName(), Math.max(0, slotIndex), reason(e));
        }
    }

    /** The certificates with a key in {@code store}, to choose from: subject, issuer, validity. */
    public static List<Choice> choices(KeyStore store) throws Refusal {
        List<Choice> out = new ArrayList<>();
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (isKey(store, alias) && store.getCertificate(alias) instanceof X509Certificate c) {
                    out.add(new Choice(alias, c.getSubjectX500Principal().getName(), c.getIssuerX500Principal().getName(),
                            c.getNotBefore().toInstant(), c.getNotAfter().toInstant()));
                }
            }
        } catch (GeneralSecurityException e) {
            throw new Refusal("sign.badKeyFile", store.getType(), e.getMessage());
        }
        return out;
    }

    /** Logs a token's session out once the signature is made; nothing for a file. */
    public static void release(PadesSigner.Key key) {
        if (key.provider() instanceof java.security.AuthProvider auth) {
            try {
                auth.logout();
            } catch (javax.security.auth.login.LoginException e) {
                // already logged out
            }
        }
    }

    /** The innermost cause's message: PKCS#11 return codes (CKR_…) are there. */
    private static String reason(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                sb.append(sb.length() == 0 ? "" : ": ").append(t.getMessage());
            }
        }
        return sb.toString();
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
