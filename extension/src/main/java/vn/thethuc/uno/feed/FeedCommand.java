package vn.thethuc.uno.feed;

import vn.thethuc.uno.boot.Proxies;
import com.sun.star.beans.PropertyAttribute;
import com.sun.star.beans.PropertyValue;
import com.sun.star.beans.XPropertyContainer;
import com.sun.star.beans.XPropertySet;
import com.sun.star.document.XDocumentPropertiesSupplier;
import com.sun.star.frame.XFrame;
import com.sun.star.frame.XModel;
import com.sun.star.text.XBookmarksSupplier;
import com.sun.star.text.XTextDocument;
import com.sun.star.text.XTextRange;
import com.sun.star.uno.XComponentContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thethuc.document.DocumentSnapshot;
import vn.thethuc.feed.Feed;
import vn.thethuc.feed.FeedSource;
import vn.thethuc.feed.Link;
import vn.thethuc.feed.LinkedPlan;
import vn.thethuc.feed.Placement;
import vn.thethuc.i18n.Bundle;
import vn.thethuc.i18n.Refusal;
import vn.thethuc.plan.Block;
import vn.thethuc.plan.Layout;
import vn.thethuc.recognize.Recognizer;
import vn.thethuc.recognize.Structure;
import vn.thethuc.profile.Nd30Profile;
import vn.thethuc.uno.boot.Outcome;
import vn.thethuc.uno.boot.Ui;
import vn.thethuc.uno.check.CheckCommand;
import vn.thethuc.uno.insert.DocumentBuilder;
import vn.thethuc.uno.insert.InsertCommand;
import vn.thethuc.uno.check.DocumentReader;
import vn.thethuc.uno.settings.Settings;

/**
 * Lấy nhiệm vụ từ kế hoạch cấp trên. Without arguments it opens the dialog. With {@code Source}
 * (file or https://) and {@code Agency} (default: the agency's settings), optionally {@code Tasks}
 * (task ids, comma-separated): in an empty document, the whole plan implementing the parent; in a
 * plan, only the tasks not yet in it, each under its parent section (a new numbered heading for a
 * section not there yet) and its reports in Tổ chức thực hiện. One undo step; a bad feed changes nothing.
 */
public final class FeedCommand {
    private FeedCommand() {
    }

    public static Optional<Outcome> run(XComponentContext context, XFrame frame, PropertyValue[] args, Ui ui)
            throws com.sun.star.uno.Exception {
        Bundle texts = CheckCommand.arg(args, "Language").map(Bundle::of).orElseGet(ui::bundle);
        XModel model = frame == null || frame.getController() == null ? null : frame.getController().getModel();
        XTextDocument document = Proxies.q(XTextDocument.class, model);
        if (document == null) {
            return Optional.of(failed(ui, texts.text("check.notText")));
        }
        Settings settings = new Settings(context);
        String agency = CheckCommand.arg(args, "Agency").orElse(settings.string("agencyCode"));
        Optional<String> source = CheckCommand.arg(args, "Source");
        if (source.isEmpty()) {
            if (!ui.interactive()) {
                return Optional.of(failed(ui, texts.text("feed.noSource")));
            }
            FeedDialog.show(context, frame, texts, settings.string("feedUrl"), agency, new DialogWork(context, document,
                    settings, texts));
            return Optional.of(new Outcome("feed", Outcome.Status.DONE, texts.text("dialog.feed.opened")));
        }
        FeedSource.Loaded loaded;
        try {
            loaded = new FeedSource(FeedLinks.feedOptions(context, settings)).load(source.get());
        } catch (Refusal e) {
            return Optional.of(failed(ui, e.message(texts)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(new Outcome("feed", Outcome.Status.CANCELLED, ""));
        }
        if (loaded.feed().agency(agency).isEmpty()) {
            return Optional.of(failed(ui, texts.text("feed.unknownAgency", agency)));
        }
        Set<String> chosen = CheckCommand.arg(args, "Tasks").map(t -> Arrays.stream(t.split(",")).map(String::strip)
                .filter(x -> !x.isEmpty()).collect(Collectors.toSet())).orElse(null);
        return Optional.of(new Outcome("feed", Outcome.Status.DONE,
                insert(context, document, loaded, agency, chosen, daysEarlier(settings), texts)));
    }

    /** Inserts the tasks of {@code agency} ({@code chosen} ids only, when not null) that the document lacks. */
    static String insert(XComponentContext context, XTextDocument document, FeedSource.Loaded loaded, String agency,
            Set<String> chosen, int daysEarlier, Bundle texts) throws com.sun.star.uno.Exception {
        Feed feed = loaded.feed();
        Set<String> present = present(document);
        List<Feed.Assignment> wanted = feed.concerning(agency).stream()
                .filter(a -> chosen == null || chosen.contains(a.task().id())).toList();
        List<Feed.Assignment> fresh = wanted.stream().filter(a -> !present.contains(a.task().id())).toList();
        String title = texts.text("feed.undoTitle", feed.plan().number());
        var spec = InsertCommand.defaults(context);
        DocumentBuilder builder = new DocumentBuilder(document, true);
        if (document.getText().getString().isBlank()) {
            Set<Feed.Task> tasks = new HashSet<>();
            fresh.forEach(a -> tasks.add(a.task()));
            builder.insert(LinkedPlan.of(new Link(feed, agency), spec, Nd30Profile.standard().typeCodes(), daysEarlier,
                    tasks::contains), null, title);
        } else if (!fresh.isEmpty()) {
            XModel model = Proxies.q(XModel.class, document);
            Map<Integer, XTextRange> ranges = new HashMap<>();
            DocumentSnapshot snapshot = new DocumentReader(model).read(ranges::put);
            Structure structure = new Recognizer(Nd30Profile.standard()).recognize(snapshot);
            List<Placement.Insertion> places = Placement.of(snapshot, structure, feed, fresh,
                    Layout.sentence(spec.agencyName()), daysEarlier);
            List<Map.Entry<XTextRange, List<Block>>> pieces = new ArrayList<>();
            for (int i = places.size() - 1; i >= 0; i--) {
                Placement.Insertion p = places.get(i);
                XTextRange at = p.after() == Placement.AT_CURSOR ? InsertCommand.cursor(document)
                        : ranges.get(p.after()).getEnd();
                pieces.add(Map.entry(at == null ? document.getText().getEnd() : at, p.blocks()));
            }
            builder.insert(pieces, title);
        }
        remember(Proxies.q(XModel.class, document), loaded.source(), feed, agency);
        return texts.text("feed.inserted", fresh.size(), feed.plan().number(), wanted.size() - fresh.size());
    }

    /** The parent's task ids whose bookmark is in the document. */
    static Set<String> present(XTextDocument document) {
        Set<String> out = new HashSet<>();
        String prefix = Link.mark("");
        for (String name : Proxies.q(XBookmarksSupplier.class, document).getBookmarks().getElementNames()) {
            if (name.startsWith(prefix)) {
                out.add(name.substring(prefix.length()));
            }
        }
        return out;
    }

    static void markNotApplicable(XModel model, Map<String, String> reasons) throws com.sun.star.uno.Exception {
        Map<String, String> all = new LinkedHashMap<>(FeedLinks.notApplicable(model));
        all.putAll(reasons);
        set(model, Link.NOT_APPLICABLE_PROPERTY, Link.json(all));
    }

    /** How many days before the parent's deadline the agency's units report (setting reportDaysEarlier). */
    static int daysEarlier(Settings settings) {
        try {
            return settings.integer("reportDaysEarlier");
        } catch (com.sun.star.uno.Exception | RuntimeException e) {
            return 5;
        }
    }

    /** The document remembers its parent: the check finds the link again (custom properties). */
    private static void remember(XModel model, String source, Feed feed, String agency) throws com.sun.star.uno.Exception {
        set(model, "TheThucFeed", source);
        set(model, "TheThucParentPlan", feed.plan().id());
        set(model, "TheThucAgency", agency);
    }

    private static void set(XModel model, String name, String value) throws com.sun.star.uno.Exception {
        XPropertyContainer user = Proxies.q(XDocumentPropertiesSupplier.class, model)
                .getDocumentProperties().getUserDefinedProperties();
        XPropertySet values = Proxies.q(XPropertySet.class, user);
        if (values.getPropertySetInfo().hasPropertyByName(name)) {
            values.setPropertyValue(name, value);
        } else {
            user.addProperty(name, PropertyAttribute.REMOVABLE, value);
        }
    }

    private static Outcome failed(Ui ui, String message) {
        ui.error(message);
        return new Outcome("feed", Outcome.Status.FAILED, message);
    }

    /** The dialog's hands on the document and the network. */
    private record DialogWork(XComponentContext context, XTextDocument document, Settings settings, Bundle texts)
            implements FeedDialog.Work {
        @Override
        public FeedSource.Loaded load(String source) throws Refusal, InterruptedException {
            try {
                return new FeedSource(FeedLinks.feedOptions(context, settings)).load(source);
            } catch (com.sun.star.uno.Exception e) {
                throw new Refusal("error.document", e.getMessage());
            }
        }

        @Override
        public Set<String> present() {
            return FeedCommand.present(document);
        }

        @Override
        public Map<String, String> notApplicable() {
            return FeedLinks.notApplicable(Proxies.q(XModel.class, document));
        }

        @Override
        public String agencySentence() {
            return Layout.sentence(InsertCommand.defaults(context).agencyName());
        }

        @Override
        public int daysEarlier() {
            return FeedCommand.daysEarlier(settings);
        }

        @Override
        public boolean empty() {
            return document.getText().getString().isBlank();
        }

        @Override
        public String insert(FeedSource.Loaded loaded, String agency, Set<String> taskIds)
                throws com.sun.star.uno.Exception {
            return FeedCommand.insert(context, document, loaded, agency, taskIds, daysEarlier(), texts);
        }

        @Override
        public void markNotApplicable(FeedSource.Loaded loaded, String agency, Map<String, String> reasons)
                throws com.sun.star.uno.Exception {
            XModel model = Proxies.q(XModel.class, document);
            FeedCommand.markNotApplicable(model, reasons);
            remember(model, loaded.source(), loaded.feed(), agency);
        }
    }
}
