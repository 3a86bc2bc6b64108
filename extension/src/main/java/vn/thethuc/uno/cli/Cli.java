package vn.thethuc.uno.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import vn.thethuc.feed.FeedSource;
import vn.thethuc.i18n.Bundle;
import vn.thethuc.i18n.Refusal;
import vn.thethuc.uno.office.Installation;
import vn.thethuc.uno.office.Office;
import vn.thethuc.uno.office.OfficeException;
import vn.thethuc.uno.office.Profile;

/**
 * What every subcommand of the launcher works with: where it prints, in which language, the settings
 * {@code bin/thethuc} gives it (THETHUC_PROFILE, THETHUC_OXT, THETHUC_SHARED) and an office of its own.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int FAILED = 2;

    /** The profiles this run holds: released as the run ends, which is when its offices are gone. */
    private static final List<Profile.Lease> LEASES = new java.util.concurrent.CopyOnWriteArrayList<>();

    public final PrintStream out;
    public final PrintStream err;
    public final Bundle texts;

    public Cli(PrintStream out, PrintStream err, Bundle texts) {
        this.out = out;
        this.err = err;
        this.texts = texts;
    }

    public static String required(String variable) throws OfficeException {
        String v = System.getenv(variable);
        if (v == null || v.isBlank()) {
            throw new OfficeException(variable + " is not set (run through bin/thethuc)");
        }
        return v;
    }

    /** The folder of the private profiles (profile, profile-2, …). */
    public Path profilesDir() throws OfficeException {
        return Path.of(required("THETHUC_PROFILE"));
    }

    public Path oxt() throws OfficeException {
        return Path.of(required("THETHUC_OXT"));
    }

    public Path shared() throws OfficeException {
        return Path.of(required("THETHUC_SHARED"));
    }

    /** An office on a profile no other command uses, with the extension installed. */
    public Office office() throws OfficeException {
        Profile.Lease lease = Profile.lease(profilesDir(), oxt(), Installation.officeJava());
        LEASES.add(lease);
        return Office.start(lease.dir(), Installation.officeJava());
    }

    /** Lets the profiles this run leased go (its offices are closed), for other processes to take. */
    public void releaseProfiles() {
        for (Profile.Lease l : LEASES) {
            l.close();
        }
        LEASES.clear();
    }

    /** {@code bytes} to {@code target} through a temporary file beside it, renamed: never half a file. */
    public static void write(Path target, byte[] bytes, boolean replace) throws java.io.IOException {
        vn.thethuc.document.AtomicFile.write(target, bytes, replace);
    }

    /** Prints the usage of a subcommand (its synopsis in the help) and answers {@link #FAILED}. */
    public int usage(String command) {
        err.println(Help.usage(texts, command));
        return FAILED;
    }

    /** Prints a message ({@code key}) about a wrong call and answers {@link #FAILED}. */
    public int wrong(String key) {
        err.println(texts.text(key));
        return FAILED;
    }

    /**
     * The feed from a file or an https:// address, cached beside the private profiles, that names
     * {@code agency}; a refusal is printed and nothing is returned.
     */
    public Optional<FeedSource.Loaded> loadFeed(String source, String agency) throws OfficeException {
        Path cache = profilesDir().resolveSibling("feeds");
        try {
            FeedSource.Loaded loaded = new FeedSource(FeedSource.Options.fromEnvironment(cache, System.getenv()))
                    .load(source, agency);
            if (loaded.origin() == FeedSource.Origin.OFFLINE_CACHE) {
                err.println(texts.text("cli.feed.offline", source, loaded.fetchedAt()));
            }
            return Optional.of(loaded);
        } catch (Refusal e) {
            err.println(e.message(texts));
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
