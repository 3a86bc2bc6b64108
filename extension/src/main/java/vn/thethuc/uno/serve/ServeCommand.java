package vn.thethuc.uno.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import vn.thethuc.Version;
import vn.thethuc.i18n.Bundle;
import vn.thethuc.uno.cli.Options;
import vn.thethuc.uno.office.Installation;
import vn.thethuc.uno.office.Office;
import vn.thethuc.uno.office.OfficeException;
import vn.thethuc.uno.office.Profile;

/**
 * {@code serve [--port 8787] [--bind 127.0.0.1] [--workers N] [--max-queue Q] [--task-timeout S]
 * [--max-size MiB] [--max-tasks M]}: runs until stopped (Ctrl-C, SIGTERM).
 */
public final class ServeCommand {
    static final Map<String, String> DEFAULTS = Map.of("--port", "8787", "--bind", "127.0.0.1", "--workers", "2",
            "--max-queue", "16", "--task-timeout", "120", "--max-size", "20", "--max-tasks", "200");

    /** The agency's key for issuing: --issue-pkcs12 FILE or --issue-pkcs11 LIBRARY [--issue-slot N] … */
    static final vn.thethuc.uno.cli.KeyOptions ISSUE_KEY = new vn.thethuc.uno.cli.KeyOptions("--issue-");

    private ServeCommand() {
    }

    /** Exit code 2 with a message on bad options or when the server cannot start; else runs until stopped. */
    public static int run(String[] args, Path profiles, Path oxt, PrintStream out, PrintStream err, Bundle texts)
            throws OfficeException {
        Server.Config config;
        Options o;
        try {
            Map<String, String> valued = new java.util.HashMap<>(DEFAULTS);
            valued.putAll(Options.valued(ISSUE_KEY.with("--issue-seal", null)));
            valued.put("--feed-allow", null);
            o = Options.parse(args, valued, java.util.Set.of());
            vn.thethuc.feed.FeedAllow feeds;
            try {
                String allow = o.value("--feed-allow");
                feeds = allow == null ? vn.thethuc.feed.FeedAllow.NONE
                        : vn.thethuc.feed.FeedAllow.of(java.util.Arrays.stream(allow.split(",")).map(String::strip)
                                .filter(x -> !x.isEmpty()).toList());
            } catch (vn.thethuc.i18n.Refusal e) {
                err.println(e.message(texts));
                return 2;
            }
            config = new Server.Config(o.value("--bind"), o.integer("--port", 0, 65535), o.integer("--workers", 1, 32),
                    o.integer("--max-queue", 0, 10_000), Duration.ofSeconds(o.integer("--task-timeout", 5, 3600)),
                    o.integer("--max-size", 1, 1024) * 1024L * 1024L, o.integer("--max-tasks", 1, 1_000_000), feeds);
            if (!o.operands().isEmpty() || ISSUE_KEY.any(o) && !ISSUE_KEY.given(o)) {
                throw new Options.Bad("--issue-pkcs12");
            }
        } catch (Options.Bad e) {
            err.println(vn.thethuc.uno.cli.Help.usage(texts, "serve"));
            return 2;
        }
        // the agency's key for POST /v1/issue, opened now: a wrong PIN or a missing token stops the start
        Server.Issuer issuer = null;
        vn.thethuc.sign.PadesSigner.Key agencyKey = null;
        if (ISSUE_KEY.any(o)) {
            try {
                byte[] seal = vn.thethuc.sign.Appearance.picture(o.path("--issue-seal"));
                vn.thethuc.sign.Tsa tsa = ISSUE_KEY.tsa(o);
                vn.thethuc.sign.PadesSigner.Key key = ISSUE_KEY.open(o);
                agencyKey = key;
                issuer = (pdf, name, number, date) -> vn.thethuc.issue.Issuing.issue(pdf, name,
                        new vn.thethuc.issue.Issuing.Request(number, date, key, seal, tsa),
                        vn.thethuc.sign.PadesSigner.now());
            } catch (vn.thethuc.i18n.Refusal e) {
                err.println(e.message(texts));
                return 2;
            }
        }
        Running running;
        try {
            running = start(config, profiles, oxt, out);
        } catch (IOException e) {
            err.println(texts.text("cli.serve.bind", config.bind(), config.port(), e.getMessage()));
            return 2;
        }
        running.server().issuing(issuer);
        if (agencyKey != null) {
            vn.thethuc.sign.PadesSigner.Key opened = agencyKey;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> vn.thethuc.sign.Keys.release(opened),
                    "thethuc-serve-key"));
            out.println(texts.text("cli.serve.issuing", opened.certificate().getSubjectX500Principal().getName()));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(running::close, "thethuc-serve-stop"));
        out.println(texts.text("cli.serve.started", Version.get(), config.bind(), running.server().port(),
                config.workers()));
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** A server started: its workers, the profile they were copied from, the folder they work in. */
    public record Running(Server server, Profile.Lease template, Path work) implements AutoCloseable {
        @Override
        public void close() {
            server.close();
            template.close();
            deleteTree(work);
        }
    }

    /** The workers started and the server listening; {@code log} takes one line per request. */
    public static Running start(Server.Config config, Path profiles, Path oxt, PrintStream log)
            throws OfficeException, IOException {
        Path java = Installation.officeJava();
        // the workers' profile is copied from one with the extension installed, held while the server runs
        Profile.Lease template = Profile.lease(profiles.resolveSibling(profiles.getFileName() + "-serve"), oxt, java);
        Path work = null;
        try {
            work = Files.createTempDirectory(profiles.getParent(), "serve-");
            Path scratch = Files.createDirectories(work.resolve("requests"));
            Workers workers = new Workers(Installation.soffice().getParent().getParent(), template.dir(), work,
                    Office.freePorts(config.workers()), config.taskTimeout(), config.maxTasksPerProcess(), config.maxQueue());
            // the port first: when it is taken, no LibreOffice has been started for nothing
            Server server = new Server(config, workers, scratch, profiles.resolveSibling("feeds"), log);
            try {
                workers.start();
            } catch (OfficeException | RuntimeException e) {
                server.close();
                throw e;
            }
            server.start();
            return new Running(server, template, work);
        } catch (IOException | OfficeException | RuntimeException e) {
            template.close();
            if (work != null) {
                deleteTree(work);
            }
            throw e;
        }
    }

    /** {@code dir} and what is in it, as far as it can be deleted (the folders are the server's own). */
    static void deleteTree(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // left for the next clean-up of the cache
        }
    }
}
