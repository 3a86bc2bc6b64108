package vn.thethuc.uno.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.thethuc.document.FileFormat;
import vn.thethuc.feed.FeedSource;
import vn.thethuc.i18n.Refusal;
import vn.thethuc.report.CheckReport;
import vn.thethuc.report.Reports;
import vn.thethuc.uno.office.Office;
import vn.thethuc.uno.office.OfficeException;
import vn.thethuc.uno.service.CheckService;

/**
 * {@code check FILE... [--mode draft|issue] [--format text|json|sarif] [--feed SOURCE --agency CODE]
 * [--snapshot]}: 0 without error-level findings, 1 with some, 2 when a file could not be checked.
 */
final class CheckCli {
    private CheckCli() {
    }

    static int run(Cli cli, String[] args) throws OfficeException {
        Options o;
        String mode;
        String format;
        try {
            o = Options.parse(args, Options.valued("--mode", "draft", "--format", "text", "--feed", null,
                    "--agency", null), Set.of("--snapshot"));
            mode = o.oneOf("--mode", List.of("draft", "issue"));
            format = o.oneOf("--format", Reports.FORMATS);
        } catch (Options.Bad e) {
            return cli.usage("check");
        }
        if (o.operands().isEmpty()) {
            return cli.usage("check");
        }
        String agency = o.value("--agency");
        String feedJson = null;
        if (o.value("--feed") != null) {
            if (agency == null || agency.isBlank()) {
                return cli.wrong("cli.feed.usage");
            }
            Optional<FeedSource.Loaded> loaded = cli.loadFeed(o.value("--feed"), agency);
            if (loaded.isEmpty()) {
                return Cli.FAILED;
            }
            feedJson = loaded.get().json();
        }
        List<Path> files = o.operands().stream().map(Path::of).toList();
        int exit = Cli.OK;
        List<Path> present = new ArrayList<>();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                cli.err.println(cli.texts.text("cli.check.missing", f));
                exit = Cli.FAILED;
                continue;
            }
            try {
                // refused before LibreOffice guesses (it opens anything as plain text)
                FileFormat.of(f);
                present.add(f);
            } catch (Refusal e) {
                cli.err.println(e.message(cli.texts));
                exit = Cli.FAILED;
            }
        }
        CheckService.Options options = new CheckService.Options(mode, cli.texts.language(), o.flag("--snapshot"),
                feedJson, agency);
        List<CheckReport> reports = new ArrayList<>();
        String server = System.getenv("THETHUC_SERVER");
        if (!present.isEmpty() && server != null && !server.isBlank() && !o.flag("--snapshot")) {
            exit = throughServer(cli, server, present, mode, o.value("--feed"), agency, reports, exit);
        } else if (!present.isEmpty()) {
            try (Office office = cli.office()) {
                for (Path f : present) {
                    if (present.size() > 1) {
                        cli.err.println(cli.texts.text("cli.check.progress", present.indexOf(f) + 1, present.size(), f));
                    }
                    try {
                        CheckReport report = CheckService.check(office, f, f.toString(), options);
                        reports.add(report);
                        if (report.errors() > 0 && exit == Cli.OK) {
                            exit = Cli.FINDINGS;
                        }
                    } catch (OfficeException.Timeout e) {
                        // the office was stopped: say what did not answer, start a fresh one for the next files
                        cli.err.println(cli.texts.text("cli.timeout", f, e.limit().toSeconds(), e.what()));
                        exit = Cli.FAILED;
                        if (f != present.get(present.size() - 1)) {
                            office.restart();
                        }
                    } catch (Refusal e) {
                        cli.err.println(e.message(cli.texts));
                        exit = Cli.FAILED;
                    }
                }
            }
        }
        cli.out.print(Reports.render(format, reports, files.size() == 1, cli.texts));
        return exit;
    }

    /** Each file checked by the server at {@code address}; the exit code as {@link #run} gives it. */
    private static int throughServer(Cli cli, String address, List<Path> files, String mode, String feed, String agency,
            List<CheckReport> reports, int exit) {
        try {
            ServerClient client = new ServerClient(address, cli.texts.language());
            for (Path f : files) {
                try {
                    CheckReport report = client.check(f, FileFormat.of(f), f.toString(), mode, feed, agency);
                    reports.add(report);
                    if (report.errors() > 0 && exit == Cli.OK) {
                        exit = Cli.FINDINGS;
                    }
                } catch (Refusal e) {
                    cli.err.println(e.message(cli.texts));
                    exit = Cli.FAILED;
                    if (e.key().equals("cli.server.unreachable")) {
                        break;
                    }
                }
            }
        } catch (Refusal e) {
            cli.err.println(e.message(cli.texts));
            return Cli.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Cli.FAILED;
        }
        return exit;
    }
}
