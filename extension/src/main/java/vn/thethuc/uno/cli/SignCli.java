package vn.thethuc.uno.cli;

import com.sun.star.beans.PropertyValue;
import com.sun.star.lang.XComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.thethuc.command.Command;
import vn.thethuc.document.FileFormat;
import vn.thethuc.i18n.Refusal;
import vn.thethuc.report.CheckReport;
import vn.thethuc.report.TextReport;
import vn.thethuc.sign.Appearance;
import vn.thethuc.sign.Keys;
import vn.thethuc.sign.PadesSigner;
import vn.thethuc.sign.Tsa;
import vn.thethuc.uno.boot.Outcome;
import vn.thethuc.uno.office.CommandCall;
import vn.thethuc.uno.office.Office;
import vn.thethuc.uno.office.OfficeException;
import vn.thethuc.uno.service.CheckService;
import vn.thethuc.uno.service.SignService;
import vn.thethuc.uno.service.SignedExport;

/**
 * {@code sign FILE --out OUT.pdf (--pkcs12 KEY.p12 | --pkcs11 LIB [--slot N]) [--pin-env VAR] [--key-alias A]
 * [--tsa URL] [--image PNG] [--seal PNG] [--invisible] [--pdfa] [--no-certify] [--mode issue|draft] [--force]}: the
 * sequence of {@link SignService} on the file opened in the launcher's office — errors of the check block
 * (exit 1); 0 signed; 2 any other failure; no output file unless signed.
 */
public final class SignCli {
    private static final KeyOptions KEYS = new KeyOptions("--");

    private SignCli() {
    }

    static int run(Cli cli, String[] args) throws OfficeException {
        Options o;
        String mode;
        try {
            o = Options.parse(args, Options.valued(KEYS.with("--out", null, "--mode", "issue", "--image", null,
                    "--seal", null)), Set.of("--force", "--invisible", "--pdfa", "--no-certify"));
            mode = o.oneOf("--mode", List.of("draft", "issue"));
        } catch (Options.Bad e) {
            return cli.usage("sign");
        }
        Path target = o.path("--out");
        boolean force = o.flag("--force");
        if (o.operands().size() != 1 || target == null || !KEYS.given(o)) {
            return cli.usage("sign");
        }
        Path input = Path.of(o.operands().get(0));
        if (!Files.isRegularFile(input)) {
            cli.err.println(cli.texts.text("cli.check.missing", input));
            return Cli.FAILED;
        }
        byte[] imageBytes;
        byte[] sealBytes;
        PadesSigner.Key key;
        Tsa tsa;
        try {
            FileFormat.of(input);
            SignService.checkTarget(target, force);
            imageBytes = Appearance.picture(o.path("--image"));
            sealBytes = Appearance.picture(o.path("--seal"));
            // the signing code loaded and run once while the key opens and LibreOffice starts (about a second
            // that the signature itself would otherwise pay)
            PadesSigner.warmUpInBackground();
            tsa = KEYS.tsa(o);
            key = KEYS.open(o);
        } catch (Refusal e) {
            cli.err.println(e.message(cli.texts));
            return Cli.FAILED;
        }
        try {
            return sign(cli, input, target, mode, force, key, tsa,
                    new SignedExport.Look(o.flag("--invisible"), o.flag("--pdfa"), imageBytes, sealBytes,
                            !o.flag("--no-certify")));
        } finally {
            Keys.release(key);
        }
    }

    /** The file opened in the launcher's office, then {@link SignService#sign}; closed whatever happens. */
    private static int sign(Cli cli, Path input, Path target, String mode, boolean force, PadesSigner.Key key, Tsa tsa,
            SignedExport.Look look) throws OfficeException {
        SignService.Result result;
        try (Office office = cli.office()) {
            XComponent doc;
            try {
                doc = office.open(input);
            } catch (OfficeException.Timeout e) {
                throw e;
            } catch (OfficeException e) {
                cli.err.println(cli.texts.text("cli.check.unreadable", input));
                return Cli.FAILED;
            }
            try {
                SignService.Source source = new SignService.Source() {
                    @Override
                    public CheckReport check() throws Exception {
                        return CheckService.report(office, doc, input.toString(),
                                new CheckService.Options(mode, cli.texts.language(), false, null, null));
                    }

                    @Override
                    public SignedExport.Written write(Path pdf, boolean replace, PadesSigner.Key k, Tsa t,
                            SignedExport.Look l)
                            throws Exception {
                        // The marks go into the loaded copy only: it is closed without saving. With the office's
                        // deadline (a failure comes back as a value, to be thrown as it was).
                        Object done = office.within("exporting and signing " + input, () -> {
                            try {
                                return SignedExport.write(doc, pdf, replace, k, t, l, prepared(office, cli.texts.language()));
                            } catch (Exception e) {
                                return e;
                            }
                        });
                        if (done instanceof Exception e) {
                            throw e;
                        }
                        return (SignedExport.Written) done;
                    }
                };
                result = SignService.sign(source, SignService.Policy.BLOCK, key, target, force, tsa, look);
            } catch (OfficeException e) {
                throw e;
            } catch (Refusal e) {
                cli.err.println(e.message(cli.texts));
                return Cli.FAILED;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Cli.FAILED;
            } catch (Exception e) {
                cli.err.println(cli.texts.text("cli.new.write", target, e.getMessage()));
                return Cli.FAILED;
            } finally {
                office.closeDoc(doc);
            }
        } catch (OfficeException.Timeout e) {
            cli.err.println(cli.texts.text("cli.timeoutOne", input, e.limit().toSeconds(), e.what()));
            return Cli.FAILED;
        }
        if (result instanceof SignService.Result.Blocked blocked) {
            cli.out.print(TextReport.render(blocked.report(), cli.texts));
            cli.err.println(cli.texts.text("cli.sign.blocked", input));
            return Cli.FINDINGS;
        }
        SignService.Result.Signed signed = (SignService.Result.Signed) result;
        if (signed.report().warnings() > 0) {
            // warnings are shown and do not block
            cli.out.print(TextReport.render(signed.report(), cli.texts));
        }
        signed.keyWarnings().forEach(w -> cli.err.println(cli.texts.text(w)));
        if (!signed.visible() && !look.invisible()) {
            cli.err.println(cli.texts.text("cli.sign.noBlock"));
        }
        cli.out.println(cli.texts.text("cli.sign.done", target, key.certificate().getSubjectX500Principal().getName()));
        if (!signed.reserved().isEmpty()) {
            cli.out.println(cli.texts.text("sign.reserved"));
        }
        return Cli.OK;
    }

    /**
     * The export for signing: with marks, the sign command's Prepare step marks and exports inside
     * LibreOffice (one dispatch instead of a call over the pipe for each paragraph and bookmark); without,
     * the export alone.
     */
    public static SignedExport.Exporting prepared(Office office, String language) {
        return (copy, pdf, marks, pdfA) -> {
            if (!marks) {
                return SignedExport.IN_PROCESS.export(copy, pdf, false, pdfA);
            }
            try {
                List<PropertyValue> args = new ArrayList<>(List.of(Office.property("Interactive", false),
                        Office.property("Prepare", pdf.toString()), Office.property("Language", language)));
                if (pdfA) {
                    args.add(Office.property("PdfA", "true"));
                }
                CommandCall.Answer a = CommandCall.dispatch(office, copy, Command.SIGN.url(),
                        args.toArray(new PropertyValue[0]));
                if (!Outcome.Status.DONE.name().equals(a.status())) {
                    throw new com.sun.star.uno.Exception(a.message());
                }
                return Boolean.parseBoolean(a.payload());
            } catch (OfficeException e) {
                throw new com.sun.star.uno.Exception(e.getMessage());
            }
        };
    }
}
