package vn.thethuc.uno.cli;

import java.nio.file.Path;
import java.util.Arrays;
import vn.thethuc.feed.Proxies;
import vn.thethuc.i18n.Refusal;
import vn.thethuc.sign.Keys;
import vn.thethuc.sign.PadesSigner;
import vn.thethuc.sign.Tsa;

/**
 * The key options that {@code sign} and {@code issue} share: {@code --pkcs12 FILE} or {@code --pkcs11 LIBRARY
 * [--slot N]}, {@code --key-alias}, {@code --pin-env VAR} (the PIN never on the command line), {@code --tsa URL}.
 */
final class KeyOptions {
    static final String[] VALUED = {"--pkcs12", null, "--pkcs11", null, "--slot", "0", "--pin-env", "THETHUC_PIN",
        "--key-alias", null, "--tsa", null};

    private KeyOptions() {
    }

    /** Exactly one of --pkcs12 and --pkcs11, and a slot that is a number. */
    static boolean given(Options o) {
        try {
            o.integer("--slot", 0, Integer.MAX_VALUE);
        } catch (Options.Bad e) {
            return false;
        }
        return (o.path("--pkcs12") == null) != (o.path("--pkcs11") == null);
    }

    /** The PIN from its variable, the key opened (the PIN then cleared); a refusal names what went wrong. */
    static PadesSigner.Key open(Options o) throws Refusal {
        String pinEnv = o.value("--pin-env");
        String pin = System.getenv(pinEnv);
        if (pin == null) {
            throw new Refusal("cli.sign.noPin", pinEnv);
        }
        char[] password = pin.toCharArray();
        try {
            Path p12 = o.path("--pkcs12");
            Path pkcs11 = o.path("--pkcs11");
            return p12 != null ? Keys.pkcs12(p12, password, o.value("--key-alias"))
                    : Keys.fromStore(Keys.token(pkcs11, o.integer("--slot", 0, Integer.MAX_VALUE), password), null,
                            o.value("--key-alias"), pkcs11.getFileName().toString());
        } catch (Options.Bad e) {
            throw new Refusal("cli.sign.usage");
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The timestamp server of --tsa, through the environment's proxy; null without one. */
    static Tsa tsa(Options o) throws Refusal {
        return o.value("--tsa") == null ? null : new Tsa(o.value("--tsa"), Proxies.fromEnvironment(System.getenv()));
    }

    /** The valued options of a subcommand with the key options added. */
    static String[] with(String... own) {
        String[] all = Arrays.copyOf(own, own.length + VALUED.length);
        System.arraycopy(VALUED, 0, all, own.length, VALUED.length);
        return all;
    }
}
