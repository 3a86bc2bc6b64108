package vn.thethuc.uno.bench;

import com.sun.star.lang.XComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import vn.thethuc.Version;
import vn.thethuc.i18n.Refusal;
import vn.thethuc.uno.cli.Cli;
import vn.thethuc.uno.service.NewDocument;
import vn.thethuc.uno.office.Installation;
import vn.thethuc.uno.office.Office;
import vn.thethuc.uno.office.OfficeException;
import vn.thethuc.uno.office.Profile;

/**
 * {@code bench check [PAGES...]}, {@code bench feed [TASKS]}, {@code bench sign [PAGES]}, {@code bench serve}:
 * the figures docs/BENCHMARKS.md records. Launcher-only: none of this ships in the .oxt.
 */
public final class BenchCli {
    private BenchCli() {
    }

    public static int run(Cli cli, String[] args) throws OfficeException {
        if (args.length == 0 || !List.of("check", "feed", "sign", "serve").contains(args[0])) {
            return cli.usage("bench");
        }
        if (args[0].equals("serve")) {
            return serve(cli);
        }
        boolean feed = args[0].equals("feed");
        boolean sign = args[0].equals("sign");
        List<Integer> sizes;
        try {
            sizes = args.length > 1 ? Arrays.stream(args, 1, args.length).map(Integer::valueOf).toList()
                    : feed ? List.of(10_000) : sign ? List.of(20) : List.of(10, 100, 500);
        } catch (NumberFormatException e) {
            return cli.usage("bench");
        }
        try (Office office = feed || sign ? cli.office() : withProbe(cli)) {
            cli.out.println(cli.texts.text(feed ? "cli.bench.feedTitle" : sign ? "cli.bench.signTitle" : "cli.bench.title",
                    Version.get(), Installation.officeJava(), sign ? Bench.SIGN_RUNS : Bench.RUNS));
            if (sign) {
                new Bench(office, cli.out).sign(sizes.get(0));
            } else if (feed) {
                new Bench(office, cli.out).feed(sizes.get(0));
            } else {
                new Bench(office, cli.out).check(sizes);
            }
        } catch (Refusal e) {
            cli.err.println(e.message(cli.texts));
            return Cli.FAILED;
        } catch (OfficeException e) {
            throw e;
        } catch (Exception e) {
            throw new OfficeException(e.getMessage(), e);
        }
        return Cli.OK;
    }

    /**
     * An office on the benchmark's own profile (profile-bench) with the benchmark's variant of the extension
     * (target/thethuc-bench.oxt): the extension as it ships, and in its jar the probe that times its check
     * from inside LibreOffice.
     */
    private static Office withProbe(Cli cli) throws OfficeException {
        Path probe = cli.oxt().resolveSibling("thethuc-bench.oxt");
        if (!Files.isRegularFile(probe)) {
            throw new OfficeException(probe + " is missing (built by mvn package)");
        }
        Profile.Lease lease = Profile.lease(cli.profilesDir().resolveSibling("profile-bench"), probe,
                Installation.officeJava());
        return Office.start(lease.dir(), Installation.officeJava());
    }

    /** A 10-page plan written as .docx, then checked cold by the CLI and warm by the server. */
    private static int serve(Cli cli) throws OfficeException {
        Path dir = cli.profilesDir().resolveSibling("bench");
        Path plan = dir.resolve("ke-hoach-10-trang.docx");
        try {
            Files.createDirectories(dir);
            try (Office office = cli.office()) {
                XComponent doc = office.within("laying out the plan", () -> new Bench(office, cli.out).plan(10));
                try {
                    office.within("writing " + plan, () -> {
                        NewDocument.store(doc, plan, true);
                        return null;
                    });
                } finally {
                    office.closeDoc(doc);
                }
            }
            cli.releaseProfiles();
            cli.out.println(cli.texts.text("cli.bench.serveTitle", Version.get(), Installation.officeJava()));
            ServeBench.run(plan, cli.oxt().getParent().getParent().resolve("bin/thethuc"), cli.profilesDir(), cli.oxt(),
                    cli.out);
            return Cli.OK;
        } catch (OfficeException e) {
            throw e;
        } catch (Exception e) {
            throw new OfficeException(e.getMessage(), e);
        }
    }
}
