package vn.thethuc.uno.insert;

import vn.thethuc.uno.boot.Proxies;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.sun.star.awt.ItemEvent;
import com.sun.star.awt.XItemListener;
import com.sun.star.awt.XListBox;
import com.sun.star.frame.XFrame;
import com.sun.star.lang.EventObject;
import com.sun.star.lib.uno.helper.WeakBase;
import com.sun.star.uno.XComponentContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.thethuc.i18n.Bundle;
import vn.thethuc.plan.DocType;
import vn.thethuc.plan.Layout;
import vn.thethuc.plan.Spec;
import vn.thethuc.uno.ui.NonModalDialog;

/**
 * Chèn thể thức văn bản…: the type, the agency, number, place and date, the title, the signer,
 * the recipients, the bases and the parts to include, with the settings as defaults. Chèn lays the
 * document out at the cursor (one undo step); a field that is not valid is named in the dialog and
 * nothing is inserted; Hủy changes nothing. Settings never filled in give no sample agency: the fields are
 * empty, the dialog says where the agency is set, and Chèn asks for what a document cannot go without.
 */
public final class InsertDialog extends NonModalDialog {
    public static final String URL = "vnd.sun.star.extension://vn.thethuc.writer/dialogs/Insert.xdl";
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    /** The text fields, by the spec key they give (their labels: {@code dialog.insert.<key>}). */
    public static final String[] FIELDS = {"parentAgency", "agencyName", "agencyCode", "unitCode", "number", "date", "place",
        "title", "headTitle", "signerTitle", "signerName", "collectiveBody", "recipients", "basis"};
    static final String[] AUTHORITIES = {"", "TM.", "KT.", "TL.", "TUQ.", "Q."};
    /** What a document cannot go without: Chèn names the first of these left empty. */
    static final List<String> REQUIRED = List.of("agencyName", "agencyCode", "place", "title", "signerTitle", "signerName");
    /** The sample's fields that are about an agency: empty when the settings name none. */
    static final List<String> AGENCY_FIELDS = List.of("parentAgency", "agencyName", "agencyCode", "unitCode", "place",
            "title", "headTitle", "signerTitle", "signerName", "collectiveBody", "recipients", "basis");

    /** What Chèn does with the choices: lay out {@code type} without the {@code omitted} parts. */
    public interface Inserter {
        String insert(DocType type, Spec spec, Set<String> omitted) throws com.sun.star.uno.Exception;

        /** One piece at the cursor: "section" (the next numbered part) or "closing" (Nơi nhận and signature). */
        String part(String part, DocType type, Spec spec) throws com.sun.star.uno.Exception;
    }

    private final Spec defaults;
    private final Inserter inserter;

    private InsertDialog(XComponentContext context, XFrame frame, Bundle texts, Spec defaults, boolean configured,
            Inserter inserter) throws com.sun.star.uno.Exception {
        super(context, frame, texts, URL);
        this.defaults = defaults;
        this.inserter = inserter;
        dialog.setTitle(texts.text("dialog.insert.window"));
        text("l_type", texts.text("dialog.insert.type"));
        text("l_signerAuthority", texts.text("dialog.insert.signerAuthority"));
        text("l_sections", texts.text("dialog.insert.sections"));
        for (String f : FIELDS) {
            text("l_" + f, texts.text("dialog.insert." + f));
        }
        label("insert", "dialog.insert.insert");
        label("cancel", "dialog.insert.cancel");
        label("part", "dialog.insert.part");
        label("closing", "dialog.insert.closing");
        String[] types = new String[DocType.values().length];
        for (DocType t : DocType.values()) {
            types[t.ordinal()] = texts.text("doctype." + t.name());
        }
        list("type").addItems(types, (short) 0);
        list("type").selectItemPos((short) DocType.KH.ordinal(), true);
        String[] authorities = AUTHORITIES.clone();
        authorities[0] = texts.text("dialog.insert.noAuthority");
        list("signerAuthority").addItems(authorities, (short) 0);
        list("signerAuthority").selectItemPos((short) Math.max(0, List.of(AUTHORITIES).indexOf(defaults.signerAuthority())),
                true);
        field("parentAgency", defaults.parentAgency());
        field("agencyName", defaults.agencyName());
        field("agencyCode", defaults.agencyCode());
        field("unitCode", defaults.unitCode());
        field("number", defaults.number());
        field("date", defaults.date().format(DateTimeFormatter.ofPattern("dd/MM/uuuu")));
        field("place", defaults.place());
        field("title", defaults.title());
        field("headTitle", defaults.headTitle());
        field("signerTitle", defaults.signerTitle());
        field("signerName", defaults.signerName());
        field("collectiveBody", defaults.collectiveBody());
        field("recipients", String.join("\n", defaults.recipients()));
        field("basis", String.join("\n", defaults.basis()));
        // what a document says is the drafter's: never the sample's subject, recipients or bases
        List.of("title", "recipients", "basis").forEach(f -> field(f, ""));
        if (!configured) {
            AGENCY_FIELDS.forEach(f -> field(f, ""));
            text("message", texts.text("dialog.insert.notConfigured"));
        }
        showSections();
        list("type").addItemListener(new TypeChosen());
        onClick("insert", "message", this::insert);
        onClick("cancel", "message", this::close);
        onClick("part", "message", () -> insertPart("section"));
        onClick("closing", "message", () -> insertPart("closing"));
    }

    /**
     * Opens the dialog over the document in {@code frame}; returns at once. {@code configured}: whether the
     * settings name the agency (else no sample is offered).
     */
    public static InsertDialog show(XComponentContext context, XFrame frame, Bundle texts, Spec defaults,
            boolean configured, Inserter inserter) throws com.sun.star.uno.Exception {
        InsertDialog d = new InsertDialog(context, frame, texts, defaults, configured, inserter);
        d.setVisible(true);
        return d;
    }

    private XListBox list(String id) {
        return Proxies.q(XListBox.class, controls.getControl(id));
    }

    private DocType type() {
        short i = list("type").getSelectedItemPos();
        return DocType.values()[i < 0 ? 0 : i];
    }

    /** The parts of the chosen type, all chosen: the user takes out what this document does not need. */
    private void showSections() {
        XListBox sections = list("sections");
        sections.removeItems((short) 0, sections.getItemCount());
        List<String> titles = Layout.sections(type());
        sections.addItems(titles.toArray(new String[0]), (short) 0);
        for (short i = 0; i < titles.size(); i++) {
            sections.selectItemPos(i, true);
        }
        enable("sections", !titles.isEmpty());
    }

    private void insert() throws com.sun.star.uno.Exception {
        Spec spec = spec();
        if (spec == null) {
            return;
        }
        Set<String> omitted = new HashSet<>(Layout.sections(type()));
        omitted.removeAll(List.of(list("sections").getSelectedItems()));
        inserter.insert(type(), spec, omitted);
        close();
    }

    private void insertPart(String part) throws com.sun.star.uno.Exception {
        // the next part needs nothing of the agency; the closing, who signs
        Spec spec = spec(part.equals("closing") ? List.of("signerTitle", "signerName") : List.of());
        if (spec != null) {
            inserter.part(part, type(), spec);
            close();
        }
    }

    /** The spec the fields give; null, with the reason shown, when one is not valid. */
    private Spec spec() {
        return spec(REQUIRED);
    }

    /** The spec the fields give; null, with the reason shown, when one is not valid or one of {@code required} empty. */
    private Spec spec(List<String> required) {
        JsonObject json = new JsonObject();
        for (String f : FIELDS) {
            String v = java.text.Normalizer.normalize(field(f).strip(), java.text.Normalizer.Form.NFC);
            switch (f) {
                case "recipients", "basis" -> {
                    JsonArray lines = new JsonArray();
                    v.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
                    json.add(f, lines);
                }
                case "date" -> {
                    try {
                        json.addProperty(f, LocalDate.parse(v, DATE).toString());
                    } catch (DateTimeParseException e) {
                        text("message", texts.text("dialog.insert.badDate", v));
                        return null;
                    }
                }
                default -> json.addProperty(f, v);
            }
        }
        for (String f : required) {
            if (field(f).isBlank()) {
                text("message", texts.text("dialog.insert.required", texts.text("dialog.insert." + f)));
                return null;
            }
        }
        short authority = list("signerAuthority").getSelectedItemPos();
        json.addProperty("signerAuthority", AUTHORITIES[Math.max(0, authority)]);
        try {
            return Spec.fromJson(json.toString(), defaults);
        } catch (Spec.Invalid e) {
            text("message", texts.text(e.key(), e.args()));
            return null;
        }
    }

    private final class TypeChosen extends WeakBase implements XItemListener {
        @Override
        public void itemStateChanged(ItemEvent e) {
            showSections();
        }

        @Override
        public void disposing(EventObject e) {
        }
    }
}
