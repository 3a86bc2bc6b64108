package vn.thethuc.uno.insert;

import vn.thethuc.uno.office.Args;
import vn.thethuc.uno.boot.Proxies;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.star.beans.PropertyValue;
import com.sun.star.frame.XFrame;
import com.sun.star.frame.XModel;
import com.sun.star.text.XText;
import com.sun.star.text.XTextDocument;
import com.sun.star.text.XTextRange;
import com.sun.star.text.XTextViewCursorSupplier;
import com.sun.star.uno.UnoRuntime;
import com.sun.star.uno.XComponentContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import com.sun.star.text.XTextRangeCompare;
import vn.thethuc.document.DocumentSnapshot;
import vn.thethuc.i18n.Bundle;
import vn.thethuc.plan.Block;
import vn.thethuc.plan.Zone;
import vn.thethuc.recognize.Heading;
import vn.thethuc.recognize.Recognizer;
import vn.thethuc.recognize.Roman;
import vn.thethuc.recognize.Structure;
import vn.thethuc.profile.Nd30Profile;
import vn.thethuc.uno.office.DocumentReader;
import vn.thethuc.plan.DocType;
import vn.thethuc.plan.Layout;
import vn.thethuc.plan.Spec;
import vn.thethuc.uno.boot.Outcome;
import vn.thethuc.uno.boot.Ui;
import vn.thethuc.uno.settings.Settings;

/**
 * Chèn thể thức văn bản: lays out a document type with the agency's data and inserts it at the
 * cursor as one undo step. Dispatch arguments: {@code Type} (KH, CV, QĐ …), {@code Spec} (a JSON
 * object with the keys of {@link Spec}, over the agency settings), {@code Language}. Interactive
 * without a type, it opens the insert dialog.
 */
public final class InsertCommand {
    /** The settings that give a new document its defaults (same names as the spec's keys). */
    static final List<String> FROM_SETTINGS = List.of("parentAgency", "agencyName", "agencyCode", "unitCode", "place",
            "signerAuthority", "headTitle", "signerTitle", "signerName", "collectiveBody");

    private InsertCommand() {
    }

    public static Outcome run(XComponentContext context, XFrame frame, PropertyValue[] args, Ui ui)
            throws com.sun.star.uno.Exception {
        Bundle texts = Args.get(args, "Language").map(Bundle::of).orElseGet(ui::bundle);
        XModel model = frame == null || frame.getController() == null ? null : frame.getController().getModel();
        XTextDocument document = Proxies.q(XTextDocument.class, model);
        if (document == null) {
            return failed(ui, texts.text("check.notText"));
        }
        Spec defaults = defaults(context);
        Optional<String> part = Args.get(args, "Part");
        if (part.isPresent()) {
            return insertPart(document, part.get(), args, defaults, ui, texts);
        }
        Optional<String> type = Args.get(args, "Type");
        if (type.isEmpty()) {
            if (ui.interactive()) {
                boolean configured = !settingsAgency(context).isBlank();
                InsertDialog.show(context, frame, texts, defaults, configured, new InsertDialog.Inserter() {
                    @Override
                    public String insert(DocType t, Spec spec, java.util.Set<String> omitted)
                            throws com.sun.star.uno.Exception {
                        return InsertCommand.insert(document, t, spec, omitted, texts);
                    }

                    @Override
                    public String part(String part, DocType t, Spec spec) throws com.sun.star.uno.Exception {
                        return insertPart(document, part, Optional.of(t), spec, Layout.NEW_PART_TITLE, texts);
                    }
                });
                return new Outcome("insert", Outcome.Status.DONE, texts.text("insert.dialog"));
            }
            return failed(ui, texts.text("insert.noType", types()));
        }
        Optional<DocType> docType = DocType.parse(type.get());
        if (docType.isEmpty()) {
            return failed(ui, texts.text("insert.badType", type.get(), types()));
        }
        Spec spec;
        try {
            spec = Spec.fromJson(Args.get(args, "Spec").orElse("{}"), defaults);
        } catch (Spec.Invalid e) {
            return failed(ui, texts.text(e.key(), e.args()));
        }
        String message = insert(document, docType.get(), spec, java.util.Set.of(), texts);
        return new Outcome("insert", Outcome.Status.DONE, message);
    }

    static String insert(XTextDocument document, DocType type, Spec spec, java.util.Set<String> omitted, Bundle texts)
            throws com.sun.star.uno.Exception {
        String name = texts.text("doctype." + type.name());
        DocumentBuilder builder = new DocumentBuilder(document, true);
        if (document.getText().getString().isBlank()) {
            builder.vietnameseByDefault(); // an empty document becomes this Vietnamese document
        }
        builder.insert(Layout.of(type, spec, omitted), cursor(document), texts.text("insert.undoTitle", name));
        return texts.text("insert.done", name);
    }

    /**
     * One piece at the cursor: {@code section} (the next numbered part after those above the cursor,
     * titled by the {@code Title} argument), {@code closing} (Nơi nhận and signature), {@code recipients},
     * {@code signature}. The document type (for "Như trên", "Như Điều 3") is the {@code Type} argument,
     * else the one the document shows.
     */
    static Outcome insertPart(XTextDocument document, String part, PropertyValue[] args, Spec defaults, Ui ui,
            Bundle texts) throws com.sun.star.uno.Exception {
        Spec spec;
        try {
            spec = Spec.fromJson(Args.get(args, "Spec").orElse("{}"), defaults);
        } catch (Spec.Invalid e) {
            return failed(ui, texts.text(e.key(), e.args()));
        }
        if (!PARTS.contains(part)) {
            return failed(ui, texts.text("insert.badPart", part));
        }
        String message = insertPart(document, part, Args.get(args, "Type").flatMap(DocType::parse), spec,
                Args.get(args, "Title").orElse(Layout.NEW_PART_TITLE), texts);
        return new Outcome("insert", Outcome.Status.DONE, message);
    }

    /** The pieces that can be inserted on their own. */
    static final List<String> PARTS = List.of("section", "closing", "recipients", "signature");

    static String insertPart(XTextDocument document, String part, Optional<DocType> typeGiven, Spec spec, String title,
            Bundle texts) throws com.sun.star.uno.Exception {
        XTextRange at = cursor(document);
        XModel model = Proxies.q(XModel.class, document);
        java.util.Map<Integer, XTextRange> ranges = new java.util.HashMap<>();
        DocumentSnapshot snapshot = new DocumentReader(model).read(ranges::put);
        Structure structure = new Recognizer(Nd30Profile.standard()).recognize(snapshot);
        DocType type = typeGiven.or(() -> DocType.parse(structure.typeCode())).orElse(DocType.KH);
        List<Block> blocks;
        switch (part) {
            case "section" -> {
                XTextRangeCompare order = Proxies.q(XTextRangeCompare.class, document.getText());
                int last = 0;
                for (Heading h : structure.headings()) {
                    XTextRange r = ranges.get(h.paragraph());
                    boolean above = at == null || r != null && UnoRuntime.areSame(r.getText(), document.getText())
                            && order.compareRegionStarts(r, at) >= 0;
                    if (h.level() == Heading.Level.ROMAN && above) {
                        last = Math.max(last, Roman.value(h.label()));
                    }
                }
                blocks = Layout.part(last + 1, title);
            }
            case "closing" -> blocks = Layout.closingOf(type, spec);
            case "recipients" -> blocks = Layout.closingOf(type, spec).stream().filter(b -> b.zone() == Zone.RECIPIENTS)
                    .toList();
            case "signature" -> blocks = Layout.closingOf(type, spec).stream().filter(b -> b.zone() == Zone.SIGNATURE)
                    .toList();
            default -> throw new IllegalArgumentException(part);
        }
        String name = texts.text("insert.part." + part);
        new DocumentBuilder(document, true).insert(blocks, at, texts.text("insert.undoTitle", name));
        return texts.text("insert.partDone", name);
    }

    /**
     * The view cursor, when it is in the body text; else null (the start of the document). When the
     * user has a shape or a frame selected there is no text cursor: null too.
     */
    public static XTextRange cursor(XTextDocument document) {
        XModel model = Proxies.q(XModel.class, document);
        if (model.getCurrentController() == null) {
            return null;
        }
        XTextViewCursorSupplier views = Proxies.q(XTextViewCursorSupplier.class,
                model.getCurrentController());
        if (views == null) {
            return null;
        }
        XTextRange at;
        try {
            at = views.getViewCursor().getStart();
        } catch (RuntimeException e) {
            return null; // a shape is selected: no text cursor
        }
        XText body = document.getText();
        return UnoRuntime.areSame(at.getText(), body) ? at : null;
    }

    /** Whether the agency is configured (its name at least), rather than left to the sample. */
    static boolean hasAgencySettings(XComponentContext context) {
        try {
            return !new Settings(context).string("agencyName").isBlank();
        } catch (com.sun.star.uno.Exception | RuntimeException e) {
            return false;
        }
    }

    /** The sample values, overridden by the agency's settings (those the administrator or the user set). */
    /** The agency the settings name, "" when they were never filled in (then the dialog offers no sample). */
    static String settingsAgency(XComponentContext context) {
        try {
            return new Settings(context).string("agencyName");
        } catch (com.sun.star.uno.Exception | RuntimeException e) {
            return "";
        }
    }

    public static Spec defaults(XComponentContext context) {
        JsonObject json = new JsonObject();
        Settings settings = new Settings(context);
        for (String key : FROM_SETTINGS) {
            try {
                String v = settings.string(key);
                if (!v.isBlank()) {
                    json.addProperty(key, v);
                }
            } catch (com.sun.star.uno.Exception | RuntimeException e) {
                // not in this schema version: the sample value stands
            }
        }
        LocalDate today = vn.thethuc.document.VietnamTime.today();
        try {
            return Spec.fromJson(json.toString(), today);
        } catch (Spec.Invalid e) {
            // a setting that is not valid (a bad authority): the sample for that field
            JsonObject o = JsonParser.parseString(json.toString()).getAsJsonObject();
            o.remove("signerAuthority");
            try {
                return Spec.fromJson(o.toString(), today);
            } catch (Spec.Invalid again) {
                return Spec.sample(today);
            }
        }
    }

    private static String types() {
        StringBuilder sb = new StringBuilder();
        for (DocType t : DocType.values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(t.code().isEmpty() ? "CV" : t.code());
        }
        return sb.toString();
    }

    private static Outcome failed(Ui ui, String message) {
        ui.error(message);
        return new Outcome("insert", Outcome.Status.FAILED, message);
    }
}
