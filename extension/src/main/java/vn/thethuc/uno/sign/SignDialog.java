package vn.thethuc.uno.sign;

import vn.thethuc.uno.boot.Proxies;
import com.sun.star.awt.XCheckBox;
import com.sun.star.awt.XListBox;
import com.sun.star.awt.XNumericField;
import com.sun.star.frame.XFrame;
import com.sun.star.uno.XComponentContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.thethuc.i18n.Bundle;
import vn.thethuc.i18n.Refusal;
import vn.thethuc.sign.Keys;
import vn.thethuc.uno.ui.NonModalDialog;

/**
 * Xuất PDF có ký số…: where the PDF goes, the key (a PKCS#12 file or a USB token with its module and
 * slot), the PIN in a password field (cleared once used), the certificate to sign with (listed with
 * subject, issuer and validity), the signature's pictures and timestamp server (defaults from the
 * settings), invisible or PDF/A-2b. An existing PDF is replaced only when Ký is pressed again.
 */
final class SignDialog extends NonModalDialog {
    static final String URL = "vnd.sun.star.extension://vn.thethuc.writer/dialogs/Sign.xdl";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu").withZone(
            vn.thethuc.document.VietnamTime.ZONE);

    /** {@code keyFile}: the key file the user signed with last time ("" for none). */
    record Defaults(String out, String keyFile, String module, String tsa, String image, String seal) {
    }

    interface Signer {
        SignCommand.Result sign(SignCommand.Request request);
    }

    private final Signer signer;
    private final List<String> aliases = new ArrayList<>();
    /** A signature under way (on its worker thread): the buttons wait for it. */
    private volatile boolean working;
    /** The output the user confirmed replacing (pressing Ký a second time). */
    private String confirmedReplace;

    private SignDialog(XComponentContext context, XFrame frame, Bundle texts, Defaults d, Signer signer)
            throws com.sun.star.uno.Exception {
        super(context, frame, texts, URL);
        this.signer = signer;
        dialog.setTitle(texts.text("dialog.sign.window"));
        text("l_out", texts.text("dialog.sign.out"));
        text("l_source", texts.text("dialog.sign.source"));
        text("l_keyFile", texts.text("dialog.sign.keyFile"));
        text("l_module", texts.text("dialog.sign.module"));
        text("l_slot", texts.text("dialog.sign.slot"));
        text("l_pin", texts.text("dialog.sign.pin"));
        text("l_certificate", texts.text("dialog.sign.certificate"));
        text("l_image", texts.text("dialog.sign.image"));
        text("l_seal", texts.text("dialog.sign.seal"));
        text("l_tsa", texts.text("dialog.sign.tsa"));
        check("invisible").setLabel(texts.text("dialog.sign.invisible"));
        check("pdfA").setLabel(texts.text("dialog.sign.pdfA"));
        label("list", "dialog.sign.list");
        for (String b : List.of("browseOut", "browseKey", "browseModule", "browseImage", "browseSeal")) {
            label(b, "dialog.browse");
        }
        label("sign", "dialog.sign.sign");
        label("cancel", "dialog.cancel");
        list("source").addItems(new String[] {texts.text("dialog.sign.file"), texts.text("dialog.sign.token")}, (short) 0);
        list("source").selectItemPos((short) (d.module().isBlank() ? 0 : 1), true);
        field("out", d.out());
        field("keyFile", d.keyFile());
        field("module", d.module());
        field("tsa", d.tsa());
        field("image", d.image());
        field("seal", d.seal());
        onClick("list", "message", this::listCertificates);
        onClick("browseOut", "message", () -> browse("out", true, texts.text("dialog.sign.pdfFiles"), "*.pdf"));
        onClick("browseKey", "message", () -> browse("keyFile", false, texts.text("dialog.sign.keyFiles"), "*.p12;*.pfx",
                texts.text("dialog.allFiles"), "*"));
        onClick("browseModule", "message", () -> browse("module", false, texts.text("dialog.sign.modules"),
                "*.so;*.dll;*.dylib", texts.text("dialog.allFiles"), "*"));
        onClick("browseImage", "message", () -> browse("image", false, texts.text("dialog.sign.images"),
                "*.png;*.jpg;*.jpeg"));
        onClick("browseSeal", "message", () -> browse("seal", false, texts.text("dialog.sign.images"),
                "*.png;*.jpg;*.jpeg"));
        list("source").addItemListener(new SourceChosen());
        showSource();
        onClick("sign", "message", this::sign);
        onClick("cancel", "message", this::close);
    }

    static SignDialog show(XComponentContext context, XFrame frame, Bundle texts, Defaults d, Signer signer)
            throws com.sun.star.uno.Exception {
        SignDialog dialog = new SignDialog(context, frame, texts, d, signer);
        dialog.setVisible(true);
        // while the user fills the dialog in, the signing code is loaded (the first signature of a session
        // would otherwise wait for it)
        vn.thethuc.sign.PadesSigner.warmUpInBackground();
        return dialog;
    }

    private XListBox list(String id) {
        return Proxies.q(XListBox.class, controls.getControl(id));
    }

    private XCheckBox check(String id) {
        return Proxies.q(XCheckBox.class, controls.getControl(id));
    }

    private boolean token() {
        return list("source").getSelectedItemPos() == 1;
    }

    /** A key file's fields, or a token's: the other kind's are greyed out. */
    private void showSource() {
        boolean token = token();
        enable("keyFile", !token);
        enable("browseKey", !token);
        enable("module", token);
        enable("browseModule", token);
        enable("slot", token);
    }

    private final class SourceChosen extends com.sun.star.lib.uno.helper.WeakBase implements com.sun.star.awt.XItemListener {
        @Override
        public void itemStateChanged(com.sun.star.awt.ItemEvent e) {
            if (!isClosed()) {
                showSource();
            }
        }

        @Override
        public void disposing(com.sun.star.lang.EventObject e) {
        }
    }

    /** The request the fields give; the PIN is taken out of its field, which is emptied. */
    private SignCommand.Request request(boolean replace) {
        char[] pin = field("pin").toCharArray();
        String alias = null;
        short chosen = list("certificate").getSelectedItemPos();
        if (chosen >= 0 && chosen < aliases.size()) {
            alias = aliases.get(chosen);
        }
        return new SignCommand.Request(Path.of(field("out").strip()), replace,
                token() ? null : Path.of(field("keyFile").strip()), token() ? Path.of(field("module").strip()) : null,
                (int) Proxies.q(XNumericField.class, controls.getControl("slot")).getValue(), alias, pin,
                field("tsa").strip(), blank(field("image")) ? null : Path.of(field("image").strip()),
                blank(field("seal")) ? null : Path.of(field("seal").strip()), check("invisible").getState() == 1,
                check("pdfA").getState() == 1);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The certificates of the key, to choose from; the PIN stays in its field for the signature. */
    private void listCertificates() {
        SignCommand.Request r = request(false);
        try {
            List<Keys.Choice> choices = SignCommand.certificates(r);
            XListBox box = list("certificate");
            box.removeItems((short) 0, box.getItemCount());
            aliases.clear();
            for (Keys.Choice c : choices) {
                aliases.add(c.alias());
                box.addItem(texts.text("dialog.sign.choice", Keys.Choice.readable(c.subject()),
                        Keys.Choice.readable(c.issuer()), DAY.format(c.notBefore()),
                        DAY.format(c.notAfter())), box.getItemCount());
            }
            if (!choices.isEmpty()) {
                box.selectItemPos((short) 0, true);
            }
            text("message", texts.text("dialog.sign.listed", choices.size()));
        } catch (Refusal e) {
            text("message", e.message(texts));
        } finally {
            java.util.Arrays.fill(r.pin(), '\0');
        }
    }

    private void sign() {
        String out = field("out").strip();
        if (out.isEmpty() || (!token() && blank(field("keyFile"))) || (token() && blank(field("module")))) {
            text("message", texts.text("dialog.sign.missing"));
            return;
        }
        boolean exists = Files.exists(Path.of(out));
        if (exists && !out.equals(confirmedReplace)) {
            confirmedReplace = out;
            text("message", texts.text("dialog.sign.confirmReplace", out));
            return;
        }
        if (working) {
            return;
        }
        text("message", texts.text("dialog.sign.working"));
        SignCommand.Request r = request(exists);
        field("pin", "");
        confirmedReplace = null;
        working = true;
        enable("sign", false);
        enable("list", false);
        // The check, the export and a timestamp server may take a while: the office stays responsive,
        // and the document open until the worker is done with it.
        vn.thethuc.uno.boot.KeepOpen held = keepOpen(null);
        Thread worker = new Thread(() -> {
            SignCommand.Result result;
            try {
                result = signer.sign(r);
            } catch (RuntimeException e) {
                result = new SignCommand.Result(false, texts.text("error.document", String.valueOf(e.getMessage())));
            } finally {
                vn.thethuc.uno.boot.Settle.now(context);
                held.release();
            }
            SignCommand.Result last = result;
            vn.thethuc.uno.boot.MainThread.post(context, () -> {
                working = false;
                try {
                    enable("sign", true);
                    enable("list", true);
                    text("message", last.message());
                } catch (RuntimeException e) {
                    // the dialog closed meanwhile
                }
            });
        }, "thethuc-sign");
        worker.setDaemon(true);
        worker.start();
    }
}
