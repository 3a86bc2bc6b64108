package vn.thethuc.uno.settings;

import vn.thethuc.uno.boot.Proxies;
import com.sun.star.awt.XCheckBox;
import com.sun.star.awt.XControl;
import com.sun.star.awt.XControlContainer;
import com.sun.star.awt.XFixedText;
import com.sun.star.awt.XListBox;
import com.sun.star.awt.XTextComponent;
import com.sun.star.awt.XWindow;
import com.sun.star.beans.XPropertySet;
import com.sun.star.uno.XComponentContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.thethuc.i18n.Bundle;
import vn.thethuc.policy.PolicyPack;
import vn.thethuc.uno.boot.OptionsHandler;
import vn.thethuc.uno.boot.Ui;

/**
 * The Options page's work: show every setting (dialogs/Options.xdl has one control per key), those
 * the administrator locked read-only with a note saying so; on OK store what the user changed.
 */
public final class OptionsPage implements OptionsHandler.Page {

    @Override
    public void handle(XComponentContext context, XWindow window, String event) throws com.sun.star.uno.Exception {
        XControlContainer controls = Proxies.q(XControlContainer.class, window);
        Settings settings = new Settings(context);
        switch (event) {
            case "initialize" -> {
                labels(controls, Bundle.forLocale(Ui.uiLocale(context)));
                show(controls, settings, Bundle.forLocale(Ui.uiLocale(context)));
            }
            case "back" -> show(controls, settings, Bundle.forLocale(Ui.uiLocale(context)));
            case "ok" -> store(controls, settings);
            default -> {
                if (event.startsWith("browse_")) {
                    browse(context, window, controls, event.substring("browse_".length()),
                            Bundle.forLocale(Ui.uiLocale(context)));
                }
                // other events of the options dialog: nothing to do
            }
        }
    }

    private static void labels(XControlContainer controls, Bundle texts) {
        for (String key : PolicyPack.KEYS.keySet()) {
            XControl label = controls.getControl("l_" + key);
            if (label != null) {
                Proxies.q(XFixedText.class, label).setText(texts.text("options." + key));
            }
            XControl control = controls.getControl(key);
            XCheckBox box = control == null ? null : Proxies.q(XCheckBox.class, control);
            if (box != null) {
                box.setLabel(texts.text("options." + key));
            }
            List<String> choices = PolicyPack.choices(key);
            if (!choices.isEmpty() && control != null) {
                XListBox list = Proxies.q(XListBox.class, control);
                list.removeItems((short) 0, list.getItemCount());
                list.addItems(choices.stream().map(c -> choiceLabel(texts, key, c)).toArray(String[]::new), (short) 0);
            }
        }
        for (String b : OptionsHandler.browseButtons()) {
            XControl button = controls.getControl(b);
            if (button != null) {
                Proxies.q(com.sun.star.awt.XButton.class, button).setLabel(texts.text("dialog.browse"));
            }
        }
    }

    /** What a person reads for a setting's value: "Chặn, không ký" for gatePolicy's "block", "KT." as it is. */
    static String choiceLabel(Bundle texts, String key, String choice) {
        if (choice.isEmpty()) {
            return texts.text("dialog.insert.noAuthority");
        }
        String k = "options." + key + "." + choice;
        return texts.has(k) ? texts.text(k) : choice;
    }

    /** A Browse button: the file chosen goes into its text field (saved with OK, like anything typed). */
    private static void browse(XComponentContext context, XWindow window, XControlContainer controls, String key,
            Bundle texts) throws com.sun.star.uno.Exception {
        XControl field = controls.getControl(key);
        if (field == null) {
            return;
        }
        XTextComponent text = Proxies.q(XTextComponent.class, field);
        String[] filters = key.equals("pkcs11Library")
                ? new String[] {texts.text("dialog.sign.modules"), "*.so;*.dll;*.dylib", texts.text("dialog.allFiles"), "*"}
                : new String[] {texts.text("dialog.sign.images"), "*.png;*.jpg;*.jpeg"};
        vn.thethuc.uno.ui.FilePick.choose(context, Proxies.q(com.sun.star.awt.XWindowPeer.class,
                Proxies.q(XControl.class, window).getPeer()), text.getText(), false, filters).ifPresent(text::setText);
    }

    private static void show(XControlContainer controls, Settings settings, Bundle texts)
            throws com.sun.star.uno.Exception {
        List<String> locked = new ArrayList<>();
        for (Map.Entry<String, PolicyPack.Type> e : PolicyPack.KEYS.entrySet()) {
            String key = e.getKey();
            XControl c = controls.getControl(key);
            if (c == null) {
                continue;
            }
            Object v = settings.value(key);
            switch (e.getValue()) {
                case BOOLEAN -> Proxies.q(XCheckBox.class, c).setState(
                        (short) (Boolean.TRUE.equals(v) ? 1 : 0));
                case INTEGER -> Proxies.q(com.sun.star.awt.XNumericField.class, c).setValue(
                        v instanceof Number n ? n.doubleValue() : 0);
                case STRING_LIST -> Proxies.q(XTextComponent.class, c).setText(
                        v instanceof String[] a ? String.join("\n", a) : "");
                case STRING -> {
                    List<String> choices = PolicyPack.choices(key);
                    if (choices.isEmpty()) {
                        Proxies.q(XTextComponent.class, c).setText(v instanceof String s ? s : "");
                    } else {
                        Proxies.q(XListBox.class, c).selectItemPos(
                                (short) Math.max(0, choices.indexOf(v instanceof String s ? s : "")), true);
                    }
                }
            }
            boolean isLocked = settings.locked(key);
            Proxies.q(XPropertySet.class, c.getModel()).setPropertyValue("Enabled", !isLocked);
            XControl browse = controls.getControl("browse_" + key);
            if (browse != null) {
                Proxies.q(XPropertySet.class, browse.getModel()).setPropertyValue("Enabled", !isLocked);
            }
            if (isLocked) {
                locked.add(texts.text("options." + key));
            }
        }
        XControl note = controls.getControl("lockedNote");
        if (note != null) {
            Proxies.q(XFixedText.class, note).setText(locked.isEmpty() ? ""
                    : texts.text("options.locked", String.join(", ", locked)));
        }
    }

    private static void store(XControlContainer controls, Settings settings) throws com.sun.star.uno.Exception {
        for (Map.Entry<String, PolicyPack.Type> e : PolicyPack.KEYS.entrySet()) {
            String key = e.getKey();
            XControl c = controls.getControl(key);
            if (c == null || settings.locked(key)) {
                continue;
            }
            Object value = switch (e.getValue()) {
                case BOOLEAN -> Proxies.q(XCheckBox.class, c).getState() == 1;
                case INTEGER -> (int) Math.max(0, Math.min(PolicyPack.MAX_DAYS_EARLIER, Math.round(
                        Proxies.q(com.sun.star.awt.XNumericField.class, c).getValue())));
                case STRING_LIST -> Proxies.q(XTextComponent.class, c).getText().lines()
                        .map(String::strip).filter(l -> !l.isEmpty()).toArray(String[]::new);
                case STRING -> {
                    List<String> choices = PolicyPack.choices(key);
                    if (choices.isEmpty()) {
                        yield java.text.Normalizer.normalize(
                                Proxies.q(XTextComponent.class, c).getText().strip(),
                                java.text.Normalizer.Form.NFC);
                    }
                    short i = Proxies.q(XListBox.class, c).getSelectedItemPos();
                    yield choices.get(Math.max(0, i));
                }
            };
            Object before = settings.value(key);
            boolean same = value instanceof String[] a ? before instanceof String[] b && Arrays.equals(a, b)
                    : Objects.equals(value, before);
            if (!same) {
                settings.set(key, value);
            }
        }
    }
}
