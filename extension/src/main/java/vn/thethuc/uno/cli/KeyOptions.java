package vn.thethuc.uno.cli;

import java.nio.file.Path;
import java.util.Arrays;
import vn.thethuc.feed.Proxies;
import vn.thethuc.i18n.Refusal;
import vn.thethuc.sign.Keys;
import vn.thethuc.sign.PadesSigner;
import vn.thethuc.sign.Tsa;

/**
 * The key options that {@code sign}, {@code issue} and {@code serve} share: {@code --pkcs12 FILE} or
 * {@code --pkcs11 LIBRARY [--slot N]}, {@code --key-alias}, {@code --pin-env VAR} (the PIN never on the command
 * line), {@code --tsa URL} — under a prefix ({@code --issue-pkcs12} … for the server's agency key).
 */
public final class KeyOptions {
    private final String prefix;

    /** {@code prefix}: "--" for sign and issue, "--issue-" for serve. */
    public KeyOptions(String prefix) {
        this.prefix = prefix;
    }

    /** The valued options of a subcommand with these key options added. */
    public String[] with(String... own) {
        String[] mine = {prefix + "pkcs12", null, prefix + "pkcs11", null, prefix + "slot", "0",
            prefix + "pin-env", "THETHUC_PIN", prefix + "key-alias", null, prefix + "tsa", null};
        String[] all = Arrays.copyOf(own, own.length + mine.length);
        System.arraycopy(mine, 0, all, own.length, mine.length);
        return all;
    }

    /** Whether any key option (a file or a token) was given. */
    public boolean any(Options o) {
        return o.path(prefix + "pkcs12") != null || o.path(prefix + "pkcs11") != null;
    }

    /** Exactly one of the file and the token, and a slot that is a number. */
    public boolean given(Options o) {
        try {
            o.integer(prefix + "slot", 0, Integer.MAX_VALUE);
        } catch (Options.Bad e) {
            return false;
        }
        return (o.path(prefix + "pkcs12") == null) != (o.path(prefix + "pkcs11") == null);
    }

    /** The PIN from its variable, the key opened (the PIN then cleared); a refusal names what went wrong. */
    public PadesSigner.Key open(Options o) throws Refusal {
        String pinEnv = o.value(prefix + "pin-env");
        String pin = Secrets.get(pinEnv);
        if (pin == null) {
            throw new Refusal("cli.sign.noPin", pinEnv);
        }
        char[] password = pin.toCharArray();
        try {
            Path p12 = o.path(prefix + "pkcs12");
            Path pkcs11 = o.path(prefix + "pkcs11");
            return p12 != null ? Keys.pkcs12(p12, password, o.value(prefix + "key-alias"))
                    : Keys.fromStore(Keys.token(pkcs11, o.integer(prefix + "slot", 0, Integer.MAX_VALUE), password),
                            null, o.value(prefix + "key-alias"), pkcs11.getFileName().toString());
        } catch (Options.Bad e) {
            throw new Refusal("cli.usage", (vn.thethuc.i18n.Bundle.Localizable) lang -> vn.thethuc.i18n.Bundle.of(lang).text("help.sign.synopsis"));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The timestamp server, through the environment's proxy; null without one. */
    public Tsa tsa(Options o) throws Refusal {
        String url = o.value(prefix + "tsa");
        return url == null ? null : new Tsa(url, Proxies.fromEnvironment(System.getenv()));
    }
}
