package vn.thethuc.uno.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
            return cli.usage("cli.issue.usage");
        }
        Path target = o.path("--out");
        if (o.operands().size() != 1 || target == null || !KEYS.given(o)) {
            return cli.usage("cli.issue.usage");
        }
        Path input = Path.of(o.operands().get(0));
        if (o.path("--attachment") != null) {
            return attachment(cli, o, input, o.path("--attachment"), target);
        }
        if (o.value("--number") == null || o.value("--date") == null) {
            return cli.usage("cli.issue.usage");
        }
        PadesSigner.Key key = null;
        try {
            LocalDate date;
            try {
                date = LocalDate.parse(o.value("--date"));
            } catch (DateTimeParseException e) {
                throw new Refusal("issue.badDate", o.value("--date"));
            }
            String number = Issuing.number(o.value("--number"));
            if (!Files.isRegularFile(input)) {
                throw new Refusal("cli.check.missing", input);
            }
            SignService.checkTarget(target, o.flag("--force"));
            byte[] seal = Appearance.picture(o.path("--seal"));
            byte[] pdf = Files.readAllBytes(input);
            key = KEYS.open(o);
            Issuing.Issued issued = Issuing.issue(pdf, input.toString(), new Issuing.Request(number, date, key, seal,
                    KEYS.tsa(o)), PadesSigner.now());
            Cli.write(target, issued.pdf(), o.flag("--force"));
            issued.warnings().forEach(w -> cli.err.println(cli.texts.text(w)));
            cli.out.println(cli.texts.text("cli.issue.done", target, issued.number(),
                    issued.day() == null ? "—" : issued.day(), key.certificate().getSubjectX500Principal().getName()));
            return Cli.OK;
        } catch (Refusal | IOException | GeneralSecurityException | InterruptedException e) {
            return failed(cli, target, e);
        } finally {
            if (key != null) {
                Keys.release(key);
            }
        }
    }

    /** {@code issue ISSUED.pdf --attachment PL.pdf --out PL-ISSUED.pdf}: an attachment signed as Phụ lục I says. */
    private static int attachment(Cli cli, Options o, Path issued, Path attachment, Path target) {
        PadesSigner.Key key = null;
        try {
            for (Path f : new Path[] {issued, attachment}) {
                if (!Files.isRegularFile(f)) {
                    throw new Refusal("cli.check.missing", f);
                }
            }
            SignService.checkTarget(target, o.flag("--force"));
            byte[] main = Files.readAllBytes(issued);
            byte[] file = Files.readAllBytes(attachment);
            key = KEYS.open(o);
            byte[] signed = Issuing.attachment(main, issued.toString(), file, attachment.toString(), key, KEYS.tsa(o),
                    PadesSigner.now());
            Cli.write(target, signed, o.flag("--force"));
            cli.out.println(cli.texts.text("cli.issue.attachmentDone", target, issued,
                    key.certificate().getSubjectX500Principal().getName()));
            return Cli.OK;
        } catch (Refusal | IOException | GeneralSecurityException | InterruptedException e) {
            return failed(cli, target, e);
        } finally {
            if (key != null) {
                Keys.release(key);
            }
        }
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
