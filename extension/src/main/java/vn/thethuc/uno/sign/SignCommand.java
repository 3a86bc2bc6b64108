package vn.thethuc.uno.sign;

import vn.thethuc.uno.service.SignedExport;
import vn.thethuc.uno.office.Args;
import vn.thethuc.uno.boot.Proxies;
import com.sun.star.beans.PropertyValue;
import com.sun.star.frame.XComponentLoader;
import com.sun.star.frame.XDesktop;
import com.sun.star.frame.XFrame;
import com.sun.star.frame.XModel;
import com.sun.star.frame.XStorable;
import com.sun.star.lang.XComponent;
import com.sun.star.uno.XComponentContext;
import com.sun.star.util.XCloseable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.thethuc.i18n.Bundle;
import vn.thethuc.i18n.Refusal;
import vn.thethuc.sign.Appearance;
import vn.thethuc.sign.Keys;
import vn.thethuc.sign.PadesSigner;
import vn.thethuc.sign.Tsa;
import vn.thethuc.uno.boot.Outcome;
import vn.thethuc.uno.boot.Ui;
import vn.thethuc.report.CheckReport;
import vn.thethuc.rules.CheckMode;
import vn.thethuc.uno.check.CheckCommand;
import vn.thethuc.uno.service.SignService;
import vn.thethuc.uno.settings.Settings;

/**
 * Xuất PDF có ký số…: without arguments, the dialog; with {@code Out} and a key ({@code Pkcs12}, or
 * {@code Pkcs11} and {@code Slot}) and {@code Pin}, at once. With {@code Prepare} (a PDF path): the
 * signature block of this very document marked and the document exported there, for the launcher to sign
 * (its loaded copy is never saved). The gate first (the check in issue mode;
 * errors block, warn or pass as the setting gatePolicy says), then a copy of the document as it is now
 * exported and signed; the document itself is not touched.
 */
public final class SignCommand {
    private SignCommand() {
    }

    /** What to sign with and how; {@code pin} is cleared once used. */
    public record Request(Path out, boolean replace, Path pkcs12, Path pkcs11, int slot, String alias, char[] pin,
            String tsa, Path image, Path seal, boolean invisible, boolean pdfA) {
    }

    public static Outcome run(XComponentContext context, XFrame frame, PropertyValue[] args, Ui ui)
            throws com.sun.star.uno.Exception {
        Bundle texts = Args.get(args, "Language").map(Bundle::of).orElseGet(ui::bundle);
        XModel model = frame == null || frame.getController() == null ? null : frame.getController().getModel();
        if (model == null || Proxies.q(com.sun.star.text.XTextDocument.class, model) == null) {
            return failed(ui, texts.text("check.notText"));
        }
        Optional<String> prepare = Args.get(args, "Prepare");
        if (prepare.isPresent()) {
            // the launcher's own loaded copy, marked and exported here; the launcher signs the PDF
            if (Arrays.stream(model.getArgs()).noneMatch(p -> "Hidden".equals(p.Name) && Boolean.TRUE.equals(p.Value))) {
                return failed(ui, texts.text("sign.prepareVisible"));
            }
            boolean marked = SignedExport.IN_PROCESS.export(Proxies.q(XComponent.class, model),
                    Path.of(prepare.get()), Args.get(args, "Invisible").isEmpty(),
                    Args.get(args, "PdfA").isPresent());
            return new Outcome("sign", Outcome.Status.DONE, texts.text(marked ? "sign.prepared" : "cli.sign.noBlock"),
                    String.valueOf(marked));
        }
        Settings settings = new Settings(context);
        Optional<String> out = Args.get(args, "Out");
        if (out.isEmpty()) {
            if (!ui.interactive()) {
                return failed(ui, texts.text("sign.noOut"));
            }
            SignDialog.show(context, frame, texts, defaults(model, settings), r -> sign(context, frame, model, r, texts));
            return new Outcome("sign", Outcome.Status.DONE, texts.text("dialog.sign.opened"));
        }
        String image = settings.string("signatureImage");
        String seal = settings.string("sealImage");
        Request r = new Request(Path.of(out.get()), Args.get(args, "Replace").isPresent(),
                Args.get(args, "Pkcs12").map(Path::of).orElse(null),
                Args.get(args, "Pkcs11").map(Path::of).orElse(null),
                Args.get(args, "Slot").map(Integer::parseInt).orElse(0), Args.get(args, "KeyAlias")
                        .orElse(null), Args.get(args, "Pin").orElse("").toCharArray(),
                Args.get(args, "Tsa").orElse(settings.string("tsaUrl")),
                Args.get(args, "Image").or(() -> nonBlank(image)).map(Path::of)
                        .orElse(null),
                Args.get(args, "Seal").or(() -> nonBlank(seal)).map(Path::of).orElse(null),
                Args.get(args, "Invisible").isPresent(), Args.get(args, "PdfA").isPresent());
        Result result = sign(context, frame, model, r, texts);
        if (!result.done()) {
            return failed(ui, result.message());
        }
        return new Outcome("sign", Outcome.Status.DONE, result.message());
    }

    /** What signing came to: done (the message says where the PDF is) or not (the message says why). */
    public record Result(boolean done, String message) {
    }

    /** The dialog's starting values: the PDF beside the document, the settings' images, TSA and token module. */
    /** The key file this user signed with last (kept in the user's profile, never the PIN); "" when none. */
    static String lastKeyFile(Settings settings) {
        try {
            String path = settings.string("lastKeyFile");
            return !path.isBlank() && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(path)) ? path : "";
        } catch (com.sun.star.uno.Exception | RuntimeException e) {
            return "";
        }
    }

    static SignDialog.Defaults defaults(XModel model, Settings settings) throws com.sun.star.uno.Exception {
        String url = model.getURL();
        Path out;
        if (url != null && url.startsWith("file:")) {
            Path doc = Path.of(java.net.URI.create(url));
            String name = doc.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            out = doc.resolveSibling(name + ".pdf");
        } else {
            out = Path.of(System.getProperty("user.home"), "van-ban-ky-so.pdf");
        }
        return new SignDialog.Defaults(out.toString(), lastKeyFile(settings), settings.string("pkcs11Library"),
                settings.string("tsaUrl"), settings.string("signatureImage"), settings.string("sealImage"));
    }

    /** The certificates of a key file or token, to choose from (the PIN is the caller's to clear). */
    static List<Keys.Choice> certificates(Request r) throws Refusal {
        return Keys.choices(store(r));
    }

    private static KeyStore store(Request r) throws Refusal {
        if (r.pkcs11() != null) {
            return Keys.token(r.pkcs11(), r.slot(), r.pin());
        }
        if (r.pkcs12() == null) {
            throw new Refusal("sign.noKeyFile", "");
        }
        return Keys.pkcs12Store(r.pkcs12(), r.pin());
    }

    /** The key opened, then the gate, the copy exported and signed (SignService). On the main thread. */
    static Result sign(XComponentContext context, XFrame frame, XModel model, Request r, Bundle texts) {
        try {
            SignService.checkTarget(r.out(), r.replace());
            Settings settings = new Settings(context);
            PadesSigner.Key key;
            try {
                key = Keys.fromStore(store(r), r.pkcs11() != null ? null : r.pin(), r.alias(),
                        r.pkcs11() != null ? r.pkcs11().getFileName().toString() : r.pkcs12().getFileName().toString());
            } finally {
                Arrays.fill(r.pin(), '\0');
            }
            SignService.Result result;
            try {
                Tsa tsa = r.tsa() == null || r.tsa().isBlank() ? null : new Tsa(r.tsa(), settings.officeProxy());
                // certify unless the agency's setting says an approval signature (certify = false)
                SignedExport.Look look = new SignedExport.Look(r.invisible(), r.pdfA(), Appearance.picture(r.image()),
                        Appearance.picture(r.seal()), !Boolean.FALSE.equals(settings.value("certify")));
                SignService.Source source = new SignService.Source() {
                    @Override
                    public CheckReport check() throws com.sun.star.uno.Exception {
                        return CheckCommand.report(context, frame, CheckMode.ISSUE, texts);
                    }

                    @Override
                    public SignedExport.Written write(Path target, boolean replace, PadesSigner.Key k, Tsa t,
                            SignedExport.Look l)
                            throws Exception {
                        return exportCopy(context, model, target, replace, k, t, l);
                    }
                };
                result = SignService.sign(source, SignService.Policy.of(settings.string("gatePolicy")), key, r.out(),
                        r.replace(), tsa, look);
            } finally {
                Keys.release(key);
            }
            if (result instanceof SignService.Result.Blocked blocked) {
                return new Result(false, texts.text("sign.blocked", blocked.report().errors()) + "\n"
                        + findings(blocked.report(), "error", texts));
            }
            SignService.Result.Signed signed = (SignService.Result.Signed) result;
            if (r.pkcs12() != null) {
                try {
                    settings.set("lastKeyFile", r.pkcs12().toAbsolutePath().toString());
                } catch (com.sun.star.uno.Exception | RuntimeException e) {
                    // not remembered: the user types it again next time
                }
            }
            List<String> notes = new ArrayList<>();
            notes.add(texts.text("sign.done", r.out()));
            CheckReport report = signed.report();
            if (report != null && report.errors() > 0) {
                notes.add(texts.text("sign.warned", report.errors()) + "\n" + findings(report, "error", texts));
            }
            if (report != null && report.warnings() > 0) {
                notes.add(texts.text("sign.warnings", report.warnings()) + "\n" + findings(report, "warning", texts));
            }
            signed.keyWarnings().forEach(w -> notes.add(texts.text(w)));
            if (!signed.reserved().isEmpty()) {
                notes.add(texts.text("sign.reserved"));
            }
            if (!signed.visible() && !r.invisible()) {
                notes.add(texts.text("cli.sign.noBlock"));
            }
            return new Result(true, String.join("\n", notes));
        } catch (Refusal e) {
            return new Result(false, e.message(texts));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, texts.text("sign.failed", r.out(), "interrupted"));
        } catch (Exception e) {
            return new Result(false, texts.text("sign.failed", r.out(), String.valueOf(e.getMessage())));
        }
    }

    /** The first findings of {@code severity} in a check report, one line each: where, what. */
    private static String findings(CheckReport report, String severity, Bundle texts) {
        return String.join("\n", report.first(severity, 5).stream()
                .map(f -> "- " + vn.thethuc.report.FindingText.where(f, texts) + ": " + f.message()).toList());
    }

    /** The document as it is now, stored to a temporary file, opened hidden, exported and signed, closed. */
    private static SignedExport.Written exportCopy(XComponentContext context, XModel model, Path out, boolean replace,
            PadesSigner.Key key, Tsa tsa, SignedExport.Look look) throws Exception {
        Path tmp = Files.createTempFile("thethuc-ky-so-", ".odt");
        try {
            Proxies.q(XStorable.class, model).storeToURL(tmp.toUri().toString(),
                    new PropertyValue[] {value("FilterName", "writer8")});
            XDesktop desktop = Proxies.q(XDesktop.class, context.getServiceManager()
                    .createInstanceWithContext("com.sun.star.frame.Desktop", context));
            XComponent copy = Proxies.q(XComponentLoader.class, desktop).loadComponentFromURL(
                    tmp.toUri().toString(), "_blank", 0, new PropertyValue[] {value("Hidden", true)});
            try {
                return SignedExport.write(copy, out, replace, key, tsa, look, SignedExport.IN_PROCESS);
            } finally {
                XCloseable closeable = Proxies.q(XCloseable.class, copy);
                if (closeable != null) {
                    closeable.close(true);
                } else {
                    copy.dispose();
                }
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Optional<String> nonBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
    }

    static PropertyValue value(String name, Object v) {
        PropertyValue p = new PropertyValue();
        p.Name = name;
        p.Value = v;
        return p;
    }

    private static Outcome failed(Ui ui, String message) {
        ui.error(message);
        return new Outcome("sign", Outcome.Status.FAILED, message);
    }
}
