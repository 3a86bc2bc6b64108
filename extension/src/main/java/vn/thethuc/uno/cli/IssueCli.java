package vn.thethuc.uno.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import vn.thethuc.i18n.Refusal;
import vn.thethuc.issue.Issuing;
import vn.thethuc.sign.Appearance;
import vn.thethuc.sign.Keys;
import vn.thethuc.sign.PadesSigner;
import vn.thethuc.uno.service.SignService;

/**
 * {@code issue SIGNED.pdf --number N --date YYYY-MM-DD (--pkcs12 FILE | --pkcs11 LIB [--slot S]) [--pin-env VAR]
 * [--seal SEAL.png] [--tsa URL] --out ISSUED.pdf [--force]}: the records office's step (Issuing); with
 * {@code --attachment PL.pdf} (and the issued PDF as operand), an attachment signed for it. 0 done; 2 refused,
 * with the reason and no file. No LibreOffice is started.
 */
final class IssueCli {
    private static final KeyOptions KEYS = new KeyOptions("--");

    private IssueCli() {
    }

    static int run(Cli cli, String[] args) {
        Options o;
        try {
            o = Options.parse(args, Options.valued(KEYS.with("--number", null, "--date", null, "--seal", null,
                    "--out", null, "--attachment", null)), Set.of("--force"));
        } catch (Options.Bad e) {
            return cli.usage("issue");
        }
        Path target = o.path("--out");
        if (o.operands().size() != 1 || target == null || !KEYS.given(o)) {
            return cli.usage("issue");
        }
        Path input = Path.of(o.operands().get(0));
        Path attachment = o.path("--attachment");
        try {
            Signing signing;
            if (attachment != null) {
                missing(input, attachment);
                signing = key -> new Done(Issuing.attachment(Files.readAllBytes(input), input.toString(),
                        Files.readAllBytes(attachment), attachment.toString(), key, KEYS.tsa(o), PadesSigner.now()),
                        cli.texts.text("cli.issue.attachmentDone", target, input, subject(key)), List.of());
            } else {
                if (o.value("--number") == null || o.value("--date") == null) {
                    return cli.usage("issue");
                }
                LocalDate date;
                try {
                    date = LocalDate.parse(o.value("--date"));
                } catch (DateTimeParseException e) {
                    throw new Refusal("issue.badDate", o.value("--date"));
                }
                String number = Issuing.number(o.value("--number"));
                missing(input);
                byte[] seal = Appearance.picture(o.path("--seal"));
                signing = key -> {
                    Issuing.Issued issued = Issuing.issue(Files.readAllBytes(input), input.toString(),
                            new Issuing.Request(number, date, key, seal, KEYS.tsa(o)), PadesSigner.now());
                    return new Done(issued.pdf(), cli.texts.text("cli.issue.done", target, issued.number(),
                            issued.day() == null ? "—" : issued.day(), subject(key)), issued.warnings());
                };
            }
            return sign(cli, o, target, signing);
        } catch (Refusal e) {
            return failed(cli, target, e);
        }
    }

    /** What a signing made: the bytes to write, what to say, the notes (bundle keys) to print before. */
    private record Done(byte[] pdf, String message, List<String> warnings) {
    }

    @FunctionalInterface
    private interface Signing {
        Done sign(PadesSigner.Key key) throws Refusal, IOException, GeneralSecurityException, InterruptedException;
    }

    /** The target checked, the agency's key opened, {@code signing} done with it, the PDF written; the key released. */
    private static int sign(Cli cli, Options o, Path target, Signing signing) {
        PadesSigner.Key key = null;
        try {
            SignService.checkTarget(target, o.flag("--force"));
            key = KEYS.open(o);
            Done done = signing.sign(key);
            Cli.write(target, done.pdf(), o.flag("--force"));
            done.warnings().forEach(w -> cli.err.println(cli.texts.text(w)));
            cli.out.println(done.message());
            return Cli.OK;
        } catch (Refusal | IOException | GeneralSecurityException | InterruptedException e) {
            return failed(cli, target, e);
        } finally {
            if (key != null) {
                Keys.release(key);
            }
        }
    }

    private static void missing(Path... files) throws Refusal {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new Refusal("cli.check.missing", f);
            }
        }
    }

    private static String subject(PadesSigner.Key key) {
        return key.certificate().getSubjectX500Principal().getName();
    }

    /** What went wrong, said: a refusal as it is, a file or key error with the target; exit 2. */
    private static int failed(Cli cli, Path target, Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        } else if (e instanceof Refusal r) {
            cli.err.println(r.message(cli.texts));
        } else {
            cli.err.println(cli.texts.text("cli.new.write", target, e.getMessage()));
        }
        return Cli.FAILED;
    }
}
