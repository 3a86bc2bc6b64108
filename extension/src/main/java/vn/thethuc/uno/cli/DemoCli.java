package vn.thethuc.uno.cli;

import com.sun.star.lang.XComponent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.thethuc.Version;
import vn.thethuc.command.Command;
import vn.thethuc.i18n.Refusal;
import vn.thethuc.report.TextReport;
import vn.thethuc.sign.DemoCertificate;
import vn.thethuc.uno.boot.Outcome;
import vn.thethuc.uno.office.CommandCall;
import vn.thethuc.uno.office.Config;
import vn.thethuc.uno.office.Installation;
import vn.thethuc.uno.office.Office;
import vn.thethuc.uno.office.OfficeException;
import vn.thethuc.uno.office.Profile;
import vn.thethuc.uno.service.CheckService;

/**
 * {@code demo}: the extension installed into the private profile, then each command of the menu
 * dispatched in a headless LibreOffice on a plan of the corpus, as a new user's first look.
 */
final class DemoCli {
    private DemoCli() {
    }

    static int run(Cli cli) throws OfficeException {
        var texts = cli.texts;
        var out = cli.out;
        out.println(texts.text("cli.demo.title", Version.get()));
        Profile profile = new Profile(cli.profilesDir());
        String installed = profile.ensureInstalled(cli.oxt(), Installation.officeJava());
        out.println(installed != null
                ? texts.text("cli.installed", installed, profile.dir())
                : texts.text("cli.alreadyInstalled", profile.dir()));
        Path corpus = cli.shared().resolve("corpus");
        List<Path> files = corpusFiles(corpus);
        if (files.isEmpty()) {
            out.println(texts.text("cli.demo.noCorpus", corpus));
            return Cli.FAILED;
        }
        Path sample = files.stream().filter(f -> f.getFileName().toString().contains("thainguyen")).findFirst()
                .orElse(files.get(0));
        Path feed = cli.shared().resolve("feeds").resolve("thai-nguyen-59-KH-UBND-2023.json");
        int answered = 0;
        int total = Command.values().length;
        try (Office office = Office.start(profile.dir(), Installation.officeJava())) {
            // The private profile speaks the CLI's language, so the extension's answers do too.
            Config.setUiLocale(office, texts.language());
            out.println(texts.text("cli.demo.started", Installation.soffice(), Installation.officeJava()));
            XComponent doc = office.open(sample);
            out.println(texts.text("cli.demo.opened", sample.getFileName()));
            try {
                for (Command c : Command.values()) {
                    CommandCall.Answer a;
                    if (c == Command.INSERT || c == Command.FEED && Files.isRegularFile(feed)) {
                        a = insertAndCheck(cli, office, c, feed);
                    } else if (c == Command.SIGN) {
                        a = demoSignature(cli, office);
                    } else {
                        a = CommandCall.dispatch(office, doc, c.url(), Office.property("Interactive", false));
                    }
                    if (answeredNormally(a)) {
                        answered++;
                    }
                    out.println(texts.text("cli.demo.answer", texts.text(c.titleKey()), c.url(), a.status(),
                            a.message()));
                }
                try {
                    out.print(TextReport.render(CheckService.report(office, doc, sample.getFileName().toString(),
                            new CheckService.Options("issue", texts.language(), false, null, null)), texts));
                    CommandCall.Answer fixed = CommandCall.dispatch(office, doc, Command.CHECK.url(),
                            Office.property("Interactive", false), Office.property("Mode", "issue"),
                            Office.property("Language", texts.language()), Office.property("Apply", "all"));
                    out.println(texts.text("cli.demo.fixed", fixed.message()));
                } catch (Refusal e) {
                    out.println(e.message(texts));
                }
            } finally {
                office.closeDoc(doc);
            }
        }
        out.println(texts.text("cli.demo.summary", answered, total, sample.getFileName()));
        return answered == total ? Cli.OK : Cli.FAILED;
    }

    /**
     * Chèn thể thức: a Kế hoạch laid out in a new document; Lấy nhiệm vụ: Sở Y tế's plan from the
     * province's feed. Then checked.
     */
    private static CommandCall.Answer insertAndCheck(Cli cli, Office office, Command c, Path feed)
            throws OfficeException {
        String language = cli.texts.language();
        XComponent fresh = office.newTextDocument();
        try {
            CommandCall.Answer a = c == Command.INSERT
                    ? CommandCall.dispatch(office, fresh, c.url(), Office.property("Interactive", false),
                            Office.property("Type", "KH"), Office.property("Language", language))
                    : CommandCall.dispatch(office, fresh, c.url(), Office.property("Interactive", false),
                            Office.property("Source", feed.toString()), Office.property("Agency", "SYT"),
                            Office.property("Language", language));
            if (answeredNormally(a)) {
                CommandCall.Answer clean = CommandCall.dispatch(office, fresh, Command.CHECK.url(),
                        Office.property("Interactive", false), Office.property("Mode", "draft"),
                        Office.property("Language", language));
                a = new CommandCall.Answer(a.success(), a.command(), a.status(), a.message() + " " + clean.message(),
                        a.payload());
            }
            return a;
        } finally {
            office.closeDoc(fresh);
        }
    }

    /**
     * Xuất PDF có ký số, tried: a numbered plan laid out in a new document, signed with a demo
     * certificate made now (a test certificate, never an official one) into demo/ke-hoach-ky-so.pdf.
     */
    private static CommandCall.Answer demoSignature(Cli cli, Office office) throws OfficeException {
        Path demo = cli.profilesDir().resolveSibling("demo");
        char[] pin = "123456".toCharArray();
        try {
            DemoCertificate.write(demo.resolve("chung-thu-thu-nghiem.p12"), pin);
        } catch (IOException | GeneralSecurityException e) {
            throw new OfficeException(e.getMessage(), e);
        }
        String language = cli.texts.language();
        XComponent plan = office.newTextDocument();
        try {
            CommandCall.dispatch(office, plan, Command.INSERT.url(), Office.property("Interactive", false),
                    Office.property("Type", "KH"), Office.property("Spec", "{\"number\": \"15\"}"),
                    Office.property("Language", language));
            return CommandCall.dispatch(office, plan, Command.SIGN.url(), Office.property("Interactive", false),
                    Office.property("Out", demo.resolve("ke-hoach-ky-so.pdf").toString()), Office.property("Replace", "yes"),
                    Office.property("Pkcs12", demo.resolve("chung-thu-thu-nghiem.p12").toString()),
                    Office.property("Pin", new String(pin)), Office.property("Language", language));
        } finally {
            office.closeDoc(plan);
        }
    }

    /** Done, or "not yet available" while a command's issue is open; Java too old or a failure is not. */
    private static boolean answeredNormally(CommandCall.Answer a) {
        return Outcome.Status.DONE.name().equals(a.status()) || Outcome.Status.NOT_AVAILABLE.name().equals(a.status());
    }

    static List<Path> corpusFiles(Path corpus) {
        if (!Files.isDirectory(corpus)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(corpus)) {
            return new ArrayList<>(s.filter(p -> p.toString().endsWith(".odt") || p.toString().endsWith(".docx"))
                    .sorted().toList());
        } catch (IOException e) {
            return List.of();
        }
    }
}
