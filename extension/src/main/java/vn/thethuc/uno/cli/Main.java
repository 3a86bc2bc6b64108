package vn.thethuc.uno.cli;

import com.sun.star.lang.XComponent;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.thethuc.Version;
import vn.thethuc.command.Command;
import vn.thethuc.i18n.Bundle;
import vn.thethuc.uno.boot.Outcome;
import vn.thethuc.uno.office.CommandCall;
import vn.thethuc.uno.office.Config;
import vn.thethuc.uno.office.Extensions;
import vn.thethuc.uno.office.Installation;
import vn.thethuc.uno.office.Office;
import vn.thethuc.uno.office.OfficeException;
import vn.thethuc.uno.office.Profile;

/**
 * The Java half of {@code bin/thethuc}: the launcher finds LibreOffice and Java, builds the .oxt,
 * and calls this with the subcommand. Settings come from the launcher's environment:
 * THETHUC_PROFILE, THETHUC_OXT, THETHUC_OFFICE_JAVA, THETHUC_SOFFICE, THETHUC_SHARED.
 */
public final class Main {
    static final int OK = 0;
    static final int FAILED = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final Bundle texts;

    Main(PrintStream out, PrintStream err, Bundle texts) {
        this.out = out;
        this.err = err;
        this.texts = texts;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Main main = new Main(out, new PrintStream(System.err, true, StandardCharsets.UTF_8), Bundle.of(cliLanguage()));
        int code;
        try {
            code = main.run(args);
        } catch (OfficeException e) {
            main.err.println(main.texts.text("cli.error.office", e.getMessage()));
            code = FAILED;
        } catch (com.sun.star.lang.DisposedException e) {
            // The bridge to LibreOffice dropped (it stopped or crashed): say so, never a stack trace.
            main.err.println(main.texts.text("cli.error.office", main.texts.text("cli.error.officeStopped")));
            code = FAILED;
        } catch (RuntimeException e) {
            main.err.println(main.texts.text("cli.error.office", e.getClass().getSimpleName() + ": " + e.getMessage()));
            code = FAILED;
        }
        System.exit(code);
    }

    /** THETHUC_LANG, else English when the locale says English, else Vietnamese (the users' language). */
    static String cliLanguage() {
        String forced = System.getenv("THETHUC_LANG");
        if (forced != null && !forced.isBlank()) {
            return Bundle.languageOf(forced);
        }
        for (String var : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String v = System.getenv(var);
            if (v != null && !v.isBlank()) {
                return v.startsWith("en") ? Bundle.EN : Bundle.VI;
            }
        }
        return Bundle.VI;
    }

    int run(String[] args) throws OfficeException {
        String sub = args.length == 0 ? "help" : args[0];
        return switch (sub) {
            case "version" -> {
                out.println(texts.text("app.name") + " " + Version.get());
                yield OK;
            }
            case "prepare" -> prepare();
            case "install-profile" -> installInto(Path.of(args.length > 1 ? args[1] : required("THETHUC_PROFILE")));
            case "demo" -> demo();
            case "check" -> check(java.util.Arrays.copyOfRange(args, 1, args.length));
            case "bench" -> bench(java.util.Arrays.copyOfRange(args, 1, args.length));
            case "new" -> newDocument(java.util.Arrays.copyOfRange(args, 1, args.length));
            case "policy" -> policy(java.util.Arrays.copyOfRange(args, 1, args.length));
            case "sign" -> sign(java.util.Arrays.copyOfRange(args, 1, args.length));
            case "serve" -> vn.thethuc.uno.serve.ServeCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length),
                    profilesDir(), oxt(), out, err, texts);
            default -> {
                err.println(texts.text("cli.unknown", sub));
                yield FAILED;
            }
        };
    }

    private static String required(String variable) throws OfficeException {
        String v = System.getenv(variable);
        if (v == null || v.isBlank()) {
            throw new OfficeException(variable + " is not set (run through bin/thethuc)");
        }
        return v;
    }

    private Profile profile() throws OfficeException {
        return new Profile(profilesDir());
    }

    private Path profilesDir() throws OfficeException {
        return Path.of(required("THETHUC_PROFILE"));
    }

    /** The profiles this run holds: released as the run ends, which is when its office is gone. */
    private static final List<Profile.Lease> LEASES = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** An office on a profile no other command uses, with the extension installed. */
    private Office office() throws OfficeException {
        Profile.Lease lease = Profile.lease(profilesDir(), oxt(), Installation.officeJava());
        LEASES.add(lease);
        return Office.start(lease.dir(), Installation.officeJava());
    }

    private Path oxt() throws OfficeException {
        return Path.of(required("THETHUC_OXT"));
    }

    int prepare() throws OfficeException {
        Profile profile = profile();
        String installed = profile.ensureInstalled(oxt(), Installation.officeJava());
        if (installed != null) {
            out.println(texts.text("cli.installed", installed, profile.dir()));
        }
        return OK;
    }

    /** Installs into an existing LibreOffice user profile (used as root, where unopkg refuses). */
    int installInto(Path profileDir) throws OfficeException {
        try (Office office = Office.start(profileDir, Installation.officeJava())) {
            String version = new Extensions(office).install(oxt(), "user");
            out.println(texts.text("cli.installed", version, profileDir));
        }
        return OK;
    }

    int demo() throws OfficeException {
        out.println(texts.text("cli.demo.title", Version.get()));
        Profile profile = profile();
        String installed = profile.ensureInstalled(oxt(), Installation.officeJava());
        out.println(installed != null
                ? texts.text("cli.installed", installed, profile.dir())
                : texts.text("cli.alreadyInstalled", profile.dir()));
        Path corpus = Path.of(required("THETHUC_SHARED"), "corpus");
        List<Path> files = corpusFiles(corpus);
        if (files.isEmpty()) {
            out.println(texts.text("cli.demo.noCorpus", corpus));
            return FAILED;
        }
        Path sample = files.stream().filter(f -> f.getFileName().toString().contains("thainguyen")).findFirst()
                .orElse(files.get(0));
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
                    Path feed = Path.of(required("THETHUC_SHARED"), "feeds", "thai-nguyen-59-KH-UBND-2023.json");
                    if (c == Command.INSERT || c == Command.FEED && Files.isRegularFile(feed)) {
                        // Chèn thể thức: a Kế hoạch laid out in a new document; Lấy nhiệm vụ: Sở Y tế's plan
                        // from the province's feed. Then checked.
                        XComponent fresh = office.newTextDocument();
                        try {
                            a = c == Command.INSERT
                                    ? CommandCall.dispatch(office, fresh, c.url(), Office.property("Interactive", false),
                                            Office.property("Type", "KH"), Office.property("Language", texts.language()))
                                    : CommandCall.dispatch(office, fresh, c.url(), Office.property("Interactive", false),
                                            Office.property("Source", feed.toString()), Office.property("Agency", "SYT"),
                                            Office.property("Language", texts.language()));
                            if (answeredNormally(a)) {
                                CommandCall.Answer clean = CommandCall.dispatch(office, fresh, Command.CHECK.url(),
                                        Office.property("Interactive", false), Office.property("Mode", "draft"),
                                        Office.property("Language", texts.language()));
                                a = new CommandCall.Answer(a.success(), a.command(), a.status(),
                                        a.message() + " " + clean.message(), a.payload());
                            }
                        } finally {
                            office.closeDoc(fresh);
                        }
                    } else if (c == Command.SIGN) {
                        a = demoSignature(office);
                    } else {
                        a = CommandCall.dispatch(office, doc, c.url(), Office.property("Interactive", false));
                    }
                    if (answeredNormally(a)) {
                        answered++;
                    }
                    out.println(texts.text("cli.demo.answer", texts.text(c.titleKey()), c.url(), a.status(),
                            a.message()));
                }
                CommandCall.Answer checked = CommandCall.dispatch(office, doc, Command.CHECK.url(),
                        Office.property("Interactive", false), Office.property("Mode", "issue"),
                        Office.property("Language", texts.language()));
                if (answeredNormally(checked)) {
                    com.google.gson.JsonObject report = com.google.gson.JsonParser.parseString(checked.payload())
                            .getAsJsonObject();
                    report.addProperty("file", sample.getFileName().toString());
                    out.print(vn.thethuc.report.TextReport.render(report, texts));
                    CommandCall.Answer fixed = CommandCall.dispatch(office, doc, Command.CHECK.url(),
                            Office.property("Interactive", false), Office.property("Mode", "issue"),
                            Office.property("Language", texts.language()), Office.property("Apply", "all"));
                    out.println(texts.text("cli.demo.fixed", fixed.message()));
                }
            } finally {
                office.closeDoc(doc);
            }
        }
        out.println(texts.text("cli.demo.summary", answered, total, sample.getFileName()));
        return answered == total ? OK : FAILED;
    }

    /**
     * {@code check FILE... [--mode draft|issue] [--format text|json|sarif]}: 0 without error-level findings,
     * 1 with some, 2 when a file could not be checked.
     */
    int check(String[] args) throws OfficeException {
        String mode = "draft";
        String format = "text";
        boolean snapshot = false;
        String feedSource = null;
        String agency = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--snapshot" -> snapshot = true;
                case "--feed" -> feedSource = i + 1 < args.length ? args[++i] : "";
                case "--agency" -> agency = i + 1 < args.length ? args[++i] : "";
                case "--mode" -> mode = i + 1 < args.length ? args[++i] : "";
                case "--format" -> format = i + 1 < args.length ? args[++i] : "";
                default -> files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty() || !List.of("draft", "issue").contains(mode)
                || !List.of("text", "json", "sarif").contains(format)) {
            err.println(texts.text("cli.check.usage"));
            return FAILED;
        }
        String feedJson = null;
        if (feedSource != null) {
            if (agency == null || agency.isBlank()) {
                err.println(texts.text("cli.feed.usage"));
                return FAILED;
            }
            java.util.Optional<vn.thethuc.feed.FeedSource.Loaded> loaded = loadFeed(feedSource, agency);
            if (loaded.isEmpty()) {
                return FAILED;
            }
            feedJson = loaded.get().json();
        }
        int exit = OK;
        List<com.google.gson.JsonObject> reports = new ArrayList<>();
        List<Path> present = new ArrayList<>();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                err.println(texts.text("cli.check.missing", f));
                exit = FAILED;
                continue;
            }
            try {
                // refused before LibreOffice guesses (it opens anything as plain text)
                vn.thethuc.document.FileFormat.of(f);
                present.add(f);
            } catch (vn.thethuc.i18n.Refusal e) {
                err.println(e.message(texts));
                exit = FAILED;
            }
        }
        vn.thethuc.uno.service.CheckService.Options options = new vn.thethuc.uno.service.CheckService.Options(
                mode, texts.language(), snapshot, feedJson, agency);
        if (!present.isEmpty()) {
            try (Office office = office()) {
                for (Path f : present) {
                    if (present.size() > 1) {
                        err.println(texts.text("cli.check.progress", present.indexOf(f) + 1, present.size(), f));
                    }
                    try {
                        com.google.gson.JsonObject report = vn.thethuc.uno.service.CheckService.check(office, f,
                                f.toString(), options);
                        reports.add(report);
                        if (vn.thethuc.report.Reports.errors(report) > 0 && exit == OK) {
                            exit = 1;
                        }
                    } catch (OfficeException.Timeout e) {
                        // the office was stopped: say what did not answer, start a fresh one for the next files
                        err.println(texts.text("cli.timeout", f, e.limit().toSeconds(), e.what()));
                        exit = FAILED;
                        if (f != present.get(present.size() - 1)) {
                            office.restart();
                        }
                    } catch (vn.thethuc.i18n.Refusal e) {
                        err.println(e.message(texts));
                        exit = FAILED;
                    }
                }
            }
        }
        out.print(vn.thethuc.report.Reports.render(format, reports, files.size() == 1, texts));
        return exit;
    }

    /**
     * {@code new --type KH|CV|BC|QĐ|TTr|TB|HD|CTr --out FILE.odt|.docx|.ott [--spec SPEC.json] [--force]}:
     * 0 written; 2 with a message and no file on a bad type, spec or output.
     */
    int newDocument(String[] args) throws OfficeException {
        String type = null;
        Path target = null;
        Path specFile = null;
        String feedSource = null;
        String agency = null;
        int daysEarlier = 5;
        boolean force = false;
        for (int i = 0; i < args.length; i++) {
            boolean hasValue = i + 1 < args.length;
            switch (args[i]) {
                case "--feed" -> feedSource = hasValue ? args[++i] : null;
                case "--agency" -> agency = hasValue ? args[++i] : null;
                case "--days-earlier" -> daysEarlier = hasValue && args[i + 1].matches("\\d{1,2}")
                        ? Integer.parseInt(args[++i]) : -1;
                case "--type" -> type = hasValue ? args[++i] : null;
                case "--out" -> target = hasValue ? Path.of(args[++i]) : null;
                case "--spec" -> specFile = hasValue ? Path.of(args[++i]) : null;
                case "--force" -> force = true;
                default -> {
                    err.println(texts.text("cli.new.usage"));
                    return FAILED;
                }
            }
        }
        if (type == null || target == null || daysEarlier < 0) {
            err.println(texts.text("cli.new.usage"));
            return FAILED;
        }
        if (feedSource != null && agency == null) {
            err.println(texts.text("cli.feed.usage"));
            return FAILED;
        }
        java.util.Optional<vn.thethuc.plan.DocType> docType = vn.thethuc.plan.DocType.parse(type);
        if (docType.isEmpty()) {
            err.println(texts.text("insert.badType", type, "KH, CV, BC, QĐ, TTr, TB, HD, CTr"));
            return FAILED;
        }
        if (NewDocument.filter(target).isEmpty()) {
            err.println(texts.text("cli.new.format", target));
            return FAILED;
        }
        Path dir = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
            err.println(texts.text("cli.new.dir", dir));
            return FAILED;
        }
        if (Files.exists(target) && !force) {
            err.println(texts.text("cli.new.exists", target));
            return FAILED;
        }
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        vn.thethuc.plan.Spec spec;
        try {
            spec = specFile == null ? vn.thethuc.plan.Spec.sample(today)
                    : vn.thethuc.plan.Spec.fromJson(Files.readString(specFile), today);
        } catch (java.io.IOException e) {
            err.println(texts.text("cli.new.specUnreadable", specFile));
            return FAILED;
        } catch (vn.thethuc.plan.Spec.Invalid e) {
            err.println(specFile + ": " + texts.text(e.key(), e.args()));
            return FAILED;
        }
        vn.thethuc.feed.Link link = null;
        String source = null;
        if (feedSource != null) {
            if (docType.get() != vn.thethuc.plan.DocType.KH) {
                err.println(texts.text("cli.new.feedOnlyKh"));
                return FAILED;
            }
            java.util.Optional<vn.thethuc.feed.FeedSource.Loaded> loaded = loadFeed(feedSource, agency);
            if (loaded.isEmpty()) {
                return FAILED;
            }
            link = new vn.thethuc.feed.Link(loaded.get().feed(), agency);
            source = loaded.get().source();
        }
        String name = texts.text("doctype." + docType.get().name());
        try (Office office = office()) {
            vn.thethuc.feed.Link linked = link;
            String from = source;
            vn.thethuc.plan.Spec filled = spec;
            int earlier = daysEarlier;
            boolean replace = force;
            Path outFile = target;
            // the whole lay-out and store, with the office's deadline; a write failure comes back as a value
            java.io.IOException failed = office.within("writing " + target, () -> {
                try {
                    if (linked != null) {
                        NewDocument.writeLinked(office, linked, from, filled, earlier, outFile, replace);
                    } else {
                        NewDocument.write(office, docType.get(), filled, outFile, replace);
                    }
                    return null;
                } catch (java.io.IOException e) {
                    return e;
                }
            });
            if (failed != null) {
                throw failed;
            }
        } catch (OfficeException.Timeout e) {
            err.println(texts.text("cli.timeoutOne", target, e.limit().toSeconds(), e.what()));
            return FAILED;
        } catch (java.nio.file.FileAlreadyExistsException e) {
            err.println(texts.text("cli.new.exists", target));
            return FAILED;
        } catch (java.io.IOException e) {
            err.println(texts.text("cli.new.write", target, e.getMessage()));
            return FAILED;
        }
        out.println(texts.text("cli.new.done", target, name));
        return OK;
    }

    /**
     * {@code policy --settings AGENCY.json --out thethuc-policy-AGENCY.oxt [--version V] [--force]}: the
     * administrator's locked settings as an extension; 2 with a message and no file on a bad policy.
     */
    int policy(String[] args) {
        Path settings = null;
        Path target = null;
        String version = java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("uuuu.M.d.Hmm"));
        boolean force = false;
        for (int i = 0; i < args.length; i++) {
            boolean hasValue = i + 1 < args.length;
            switch (args[i]) {
                case "--settings" -> settings = hasValue ? Path.of(args[++i]) : null;
                case "--out" -> target = hasValue ? Path.of(args[++i]) : null;
                case "--version" -> version = hasValue ? args[++i] : "";
                case "--force" -> force = true;
                default -> {
                    err.println(texts.text("cli.policy.usage"));
                    return FAILED;
                }
            }
        }
        if (settings == null || target == null || !version.matches("\\d+(\\.\\d+)*")
                || !target.getFileName().toString().endsWith(".oxt")) {
            err.println(texts.text("cli.policy.usage"));
            return FAILED;
        }
        if (Files.exists(target) && !force) {
            err.println(texts.text("cli.new.exists", target));
            return FAILED;
        }
        vn.thethuc.policy.PolicyPack pack;
        try {
            pack = vn.thethuc.policy.PolicyPack.fromJson(Files.readString(settings));
        } catch (java.io.IOException e) {
            err.println(texts.text("cli.policy.unreadable", settings));
            return FAILED;
        } catch (vn.thethuc.i18n.Refusal e) {
            err.println(settings + ": " + e.message(texts));
            return FAILED;
        }
        Path dir = target.toAbsolutePath().getParent();
        try {
            Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            try {
                Files.write(tmp, pack.oxt(version));
                if (force) {
                    Files.move(tmp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.move(tmp, target);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (java.io.IOException e) {
            err.println(texts.text("cli.new.write", target, e.getMessage()));
            return FAILED;
        }
        out.println(texts.text("cli.policy.done", target, pack.identifier(), version,
                String.join(", ", pack.values().keySet())));
        return OK;
    }

    /**
     * {@code sign FILE --out OUT.pdf --pkcs12 KEY.p12 [--pin-env VAR] [--key-alias A] [--mode issue|draft] [--force]}:
     * the check in issue mode first (errors block: exit 1), LibreOffice's PDF export, then a PAdES B-B
     * signature; 0 signed, 2 any other failure; no output file unless signed.
     */
    int sign(String[] args) throws OfficeException {
        Path input = null;
        Path target = null;
        Path p12 = null;
        Path pkcs11 = null;
        int slot = 0;
        String tsaUrl = null;
        Path image = null;
        Path seal = null;
        boolean invisible = false;
        boolean pdfA = false;
        String pinEnv = "THETHUC_PIN";
        String alias = null;
        String mode = "issue";
        boolean force = false;
        for (int i = 0; i < args.length; i++) {
            boolean hasValue = i + 1 < args.length;
            switch (args[i]) {
                case "--out" -> target = hasValue ? Path.of(args[++i]) : null;
                case "--pkcs12" -> p12 = hasValue ? Path.of(args[++i]) : null;
                case "--pin-env" -> pinEnv = hasValue ? args[++i] : "";
                case "--key-alias" -> alias = hasValue ? args[++i] : null;
                case "--mode" -> mode = hasValue ? args[++i] : "";
                case "--force" -> force = true;
                case "--pkcs11" -> pkcs11 = hasValue ? Path.of(args[++i]) : null;
                case "--slot" -> {
                    try {
                        slot = hasValue ? Integer.parseInt(args[++i]) : -1;
                    } catch (NumberFormatException e) {
                        slot = -1;
                    }
                    if (slot < 0) {
                        err.println(texts.text("cli.sign.usage"));
                        return FAILED;
                    }
                }
                case "--tsa" -> tsaUrl = hasValue ? args[++i] : "";
                case "--image" -> image = hasValue ? Path.of(args[++i]) : null;
                case "--seal" -> seal = hasValue ? Path.of(args[++i]) : null;
                case "--invisible" -> invisible = true;
                case "--pdfa" -> pdfA = true;
                default -> {
                    if (args[i].startsWith("--") || input != null) {
                        err.println(texts.text("cli.sign.usage"));
                        return FAILED;
                    }
                    input = Path.of(args[i]);
                }
            }
        }
        if (input == null || target == null || (p12 == null) == (pkcs11 == null) || !List.of("draft", "issue").contains(mode)
                || !target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            err.println(texts.text("cli.sign.usage"));
            return FAILED;
        }
        if (!Files.isRegularFile(input)) {
            err.println(texts.text("cli.check.missing", input));
            return FAILED;
        }
        try {
            vn.thethuc.document.FileFormat.of(input);
        } catch (vn.thethuc.i18n.Refusal e) {
            err.println(e.message(texts));
            return FAILED;
        }
        if (Files.exists(target) && !force) {
            err.println(texts.text("cli.new.exists", target));
            return FAILED;
        }
        byte[] imageBytes;
        byte[] sealBytes;
        try {
            imageBytes = vn.thethuc.sign.Appearance.picture(image);
            sealBytes = vn.thethuc.sign.Appearance.picture(seal);
        } catch (vn.thethuc.i18n.Refusal e) {
            err.println(e.message(texts));
            return FAILED;
        }
        String pin = System.getenv(pinEnv);
        if (pin == null) {
            err.println(texts.text("cli.sign.noPin", pinEnv));
            return FAILED;
        }
        // the signing code loaded and run once while the key opens and LibreOffice starts (about a second
        // that the signature itself would otherwise pay)
        vn.thethuc.sign.PadesSigner.warmUpInBackground();
        char[] password = pin.toCharArray();
        vn.thethuc.sign.PadesSigner.Key key;
        vn.thethuc.sign.Tsa tsa;
        try {
            tsa = tsaUrl == null ? null
                    : new vn.thethuc.sign.Tsa(tsaUrl, vn.thethuc.feed.Proxies.fromEnvironment(System.getenv()));
            key = p12 != null ? vn.thethuc.sign.Keys.pkcs12(p12, password, alias)
                    : vn.thethuc.sign.Keys.fromStore(vn.thethuc.sign.Keys.token(pkcs11, slot, password), null, alias,
                            pkcs11.getFileName().toString());
            for (String warning : vn.thethuc.sign.Keys.check(key.certificate(), java.time.Instant.now())) {
                err.println(texts.text(warning));
            }
        } catch (vn.thethuc.i18n.Refusal e) {
            err.println(e.message(texts));
            return FAILED;
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
        try {
            return sign(input, target, mode, force, key, tsa, new vn.thethuc.uno.sign.SignedExport.Look(invisible, pdfA, imageBytes, sealBytes));
        } finally {
            vn.thethuc.sign.Keys.release(key);
        }
    }



    /**
     * The export for signing: with marks, the sign command's Prepare step marks and exports inside
     * LibreOffice (one dispatch instead of a call over the pipe for each paragraph and bookmark); without,
     * the export alone.
     */
    static vn.thethuc.uno.sign.SignedExport.Exporting prepared(Office office, String language) {
        return (copy, pdf, marks, pdfA) -> {
            if (!marks) {
                return vn.thethuc.uno.sign.SignedExport.IN_PROCESS.export(copy, pdf, false, pdfA);
            }
            try {
                List<com.sun.star.beans.PropertyValue> args = new java.util.ArrayList<>(List.of(
                        Office.property("Interactive", false), Office.property("Prepare", pdf.toString()),
                        Office.property("Language", language)));
                if (pdfA) {
                    args.add(Office.property("PdfA", "true"));
                }
                CommandCall.Answer a = CommandCall.dispatch(office, copy, Command.SIGN.url(),
                        args.toArray(new com.sun.star.beans.PropertyValue[0]));
                if (!Outcome.Status.DONE.name().equals(a.status())) {
                    throw new com.sun.star.uno.Exception(a.message());
                }
                return Boolean.parseBoolean(a.payload());
            } catch (OfficeException e) {
                throw new com.sun.star.uno.Exception(e.getMessage());
            }
        };
    }

    /** The gate, LibreOffice's PDF export, the signature, the atomic write. */
    private int sign(Path input, Path target, String mode, boolean force, vn.thethuc.sign.PadesSigner.Key key,
            vn.thethuc.sign.Tsa tsa, vn.thethuc.uno.sign.SignedExport.Look look) throws OfficeException {
        try (Office office = office()) {
            XComponent doc;
            try {
                doc = office.open(input);
            } catch (OfficeException.Timeout e) {
                throw e;
            } catch (OfficeException e) {
                err.println(texts.text("cli.check.unreadable", input));
                return FAILED;
            }
            try {
                com.google.gson.JsonObject report;
                try {
                    report = vn.thethuc.uno.service.CheckService.report(office, doc, input.toString(),
                            new vn.thethuc.uno.service.CheckService.Options(mode, texts.language(), false, null, null));
                } catch (vn.thethuc.i18n.Refusal e) {
                    err.println(e.message(texts));
                    return FAILED;
                }
                if (vn.thethuc.report.Reports.errors(report) > 0) {
                    out.print(vn.thethuc.report.TextReport.render(report, texts));
                    err.println(texts.text("cli.sign.blocked", input));
                    return 1;
                }
                if (report.getAsJsonObject("summary").get("warnings").getAsInt() > 0) {
                    // warnings are shown and do not block
                    out.print(vn.thethuc.report.TextReport.render(report, texts));
                }
                try {
                    // The marks go into the loaded copy only: it is closed without saving. With the office's
                    // deadline (a failure comes back as a value, to be told apart below).
                    Object done = office.within("exporting and signing " + input, () -> {
                        try {
                            return vn.thethuc.uno.sign.SignedExport.write(doc, target, force, key, tsa, look,
                                    prepared(office, texts.language()));
                        } catch (com.sun.star.uno.Exception | java.security.GeneralSecurityException
                                | vn.thethuc.i18n.Refusal | java.io.IOException | InterruptedException e) {
                            return e;
                        }
                    });
                    if (done instanceof Exception e) {
                        throw e;
                    }
                    if (!(Boolean) done && !look.invisible()) {
                        err.println(texts.text("cli.sign.noBlock"));
                    }
                } catch (OfficeException e) {
                    throw e;
                } catch (com.sun.star.uno.Exception | java.security.GeneralSecurityException e) {
                    err.println(texts.text("cli.new.write", target, e.getMessage()));
                    return FAILED;
                } catch (vn.thethuc.i18n.Refusal e) {
                    err.println(e.message(texts));
                    return FAILED;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return FAILED;
                } catch (java.io.IOException e) {
                    err.println(texts.text("cli.new.write", target, e.getMessage()));
                    return FAILED;
                } catch (Exception e) {
                    err.println(texts.text("cli.new.write", target, e.getMessage()));
                    return FAILED;
                }
            } finally {
                office.closeDoc(doc);
            }
        } catch (OfficeException.Timeout e) {
            err.println(texts.text("cli.timeoutOne", input, e.limit().toSeconds(), e.what()));
            return FAILED;
        }
        out.println(texts.text("cli.sign.done", target, key.certificate().getSubjectX500Principal().getName()));
        return OK;
    }

    /**
     * The feed from a file or an https:// address, cached beside the private profile, that names
     * {@code agency}; a refusal is printed and nothing is returned.
     */
    java.util.Optional<vn.thethuc.feed.FeedSource.Loaded> loadFeed(String source, String agency) throws OfficeException {
        Path cache = profilesDir().resolveSibling("feeds");
        try {
            vn.thethuc.feed.FeedSource.Loaded loaded = new vn.thethuc.feed.FeedSource(
                    vn.thethuc.feed.FeedSource.Options.fromEnvironment(cache, System.getenv())).load(source, agency);
            if (loaded.origin() == vn.thethuc.feed.FeedSource.Origin.OFFLINE_CACHE) {
                err.println(texts.text("cli.feed.offline", source, loaded.fetchedAt()));
            }
            return java.util.Optional.of(loaded);
        } catch (vn.thethuc.i18n.Refusal e) {
            err.println(e.message(texts));
            return java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        }
    }

    /** {@code bench check [PAGES...]} and {@code bench feed [TASKS]}: the figures docs/BENCHMARKS.md records. */
    int bench(String[] args) throws OfficeException {
        if (args.length == 0 || !List.of("check", "feed", "sign", "serve").contains(args[0])) {
            err.println(texts.text("cli.bench.usage"));
            return FAILED;
        }
        if (args[0].equals("serve")) {
            return benchServe();
        }
        boolean feed = args[0].equals("feed");
        boolean sign = args[0].equals("sign");
        List<Integer> sizes = args.length > 1
                ? java.util.Arrays.stream(args, 1, args.length).map(Integer::valueOf).toList()
                : feed ? List.of(10_000) : sign ? List.of(20) : List.of(10, 100, 500);
        try (Office office = office()) {
            out.println(texts.text(feed ? "cli.bench.feedTitle" : sign ? "cli.bench.signTitle" : "cli.bench.title",
                    Version.get(), Installation.officeJava(), sign ? Bench.SIGN_RUNS : Bench.RUNS));
            if (sign) {
                new Bench(office, out).sign(sizes.get(0));
            } else if (feed) {
                new Bench(office, out).feed(sizes.get(0));
            } else {
                new Bench(office, out).check(sizes);
            }
        } catch (vn.thethuc.i18n.Refusal e) {
            err.println(e.message(texts));
            return FAILED;
        } catch (OfficeException e) {
            throw e;
        } catch (Exception e) {
            throw new OfficeException(e.getMessage(), e);
        }
        return OK;
    }

    /** {@code bench serve}: a 10-page plan written as .docx, then checked cold by the CLI and warm by the server. */
    private int benchServe() throws OfficeException {
        Path dir = profilesDir().resolveSibling("bench");
        Path plan = dir.resolve("ke-hoach-10-trang.docx");
        try {
            Files.createDirectories(dir);
            try (Office office = office()) {
                XComponent doc = office.within("laying out the plan", () -> new Bench(office, out).plan(10));
                try {
                    office.within("writing " + plan, () -> {
                        NewDocument.store(doc, plan, true);
                        return null;
                    });
                } finally {
                    office.closeDoc(doc);
                }
            }
            for (Profile.Lease l : LEASES) {
                l.close();
            }
            out.println(texts.text("cli.bench.serveTitle", Version.get(), Installation.officeJava()));
            vn.thethuc.uno.serve.ServeBench.run(plan, oxt().getParent().getParent().resolve("bin/thethuc"),
                    profilesDir(), oxt(), out);
            return OK;
        } catch (OfficeException e) {
            throw e;
        } catch (Exception e) {
            throw new OfficeException(e.getMessage(), e);
        }
    }

    /**
     * Xuất PDF có ký số, tried: a numbered plan laid out in a new document, signed with a demo
     * certificate made now (a test certificate, never an official one) into demo/ke-hoach-ky-so.pdf.
     */
    private CommandCall.Answer demoSignature(Office office) throws OfficeException {
        Path demo = profilesDir().resolveSibling("demo");
        char[] pin = "123456".toCharArray();
        try {
            vn.thethuc.sign.DemoCertificate.write(demo.resolve("chung-thu-thu-nghiem.p12"), pin);
        } catch (java.io.IOException | java.security.GeneralSecurityException e) {
            throw new OfficeException(e.getMessage(), e);
        }
        XComponent plan = office.newTextDocument();
        try {
            CommandCall.dispatch(office, plan, Command.INSERT.url(), Office.property("Interactive", false),
                    Office.property("Type", "KH"), Office.property("Spec", "{\"number\": \"15\"}"),
                    Office.property("Language", texts.language()));
            return CommandCall.dispatch(office, plan, Command.SIGN.url(), Office.property("Interactive", false),
                    Office.property("Out", demo.resolve("ke-hoach-ky-so.pdf").toString()), Office.property("Replace", "yes"),
                    Office.property("Pkcs12", demo.resolve("chung-thu-thu-nghiem.p12").toString()),
                    Office.property("Pin", new String(pin)), Office.property("Language", texts.language()));
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
        } catch (java.io.IOException e) {
            return List.of();
        }
    }
}
