package vn.thethuc.uno.feed;

import vn.thethuc.uno.office.Args;
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
import vn.thethuc.uno.insert.DocumentBuilder;
import vn.thethuc.uno.insert.InsertCommand;
import vn.thethuc.uno.office.DocumentReader;
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
        Bundle texts = Args.get(args, "Language").map(Bundle::of).orElseGet(ui::bundle);
        XModel model = frame == null || frame.getController() == null ? null : frame.getController().getModel();
        XTextDocument document = Proxies.q(XTextDocument.class, model);
        if (document == null) {
            return Optional.of(failed(ui, texts.text("check.notText")));
        }
        Settings settings = new Settings(context);
        String agency = Args.get(args, "Agency").orElse(settings.string("agencyCode"));
        Optional<String> source = Args.get(args, "Source");
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
        Set<String> chosen = Args.get(args, "Tasks").map(t -> Arrays.stream(t.split(",")).map(String::strip)
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
            builder.insert(LinkedPlan.of(new Link(feed, agency), LinkedPlan.specFor(spec, feed, agency),
                    Nd30Profile.standard().typeCodes(), daysEarlier, tasks::contains), null, title);
        } else if (!fresh.isEmpty()) {
            XModel model = Proxies.q(XModel.class, document);
            Map<Integer, XTextRange> ranges = new HashMap<>();
            DocumentSnapshot snapshot = new DocumentReader(model).read(ranges::put);
            Structure structure = new Recognizer(Nd30Profile.standard()).recognize(snapshot);
            String writer = agencySentence(structure, feed, agency, spec.agencyName());
            List<Placement.Insertion> places = new ArrayList<>(Placement.of(snapshot, structure, feed, fresh, writer,
                    agency, daysEarlier));
            Placement.citation(snapshot, structure, feed, writer, Nd30Profile.standard().typeCodes())
                    .ifPresent(places::add);
            places.sort(java.util.Comparator.comparingInt(Placement.Insertion::after));
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

    /**
     * Who writes the plan, as a sentence names it ("Sở Giáo dục và Đào tạo"): the agency its header names, else
     * the agency chosen in the feed (named there as Phụ lục II writes it), else the settings' agency.
     */
    static String agencySentence(Structure structure, Feed feed, String agencyCode, String settingsAgency) {
        return structure.issuingAgency().map(Layout::sentence)
                .or(() -> feed.agency(agencyCode).filter(a -> !a.isGroup()).map(Feed.Agency::name))
                .orElse(Layout.sentence(settingsAgency));
    }

    /**
     * The user's agency in {@code feed}: the settings' code when the feed declares it, else the agency whose name
     * the document's header gives, else the one the settings name; null when none of them is in the feed.
     */
    static String agencyIn(XTextDocument document, Feed feed, Settings settings) {
        try {
            String code = settings.string("agencyCode");
            if (feed.agency(code).filter(a -> !a.isGroup()).isPresent()) {
                return code;
            }
            java.util.List<String> names = new ArrayList<>();
            DocumentSnapshot snapshot = new DocumentReader(Proxies.q(XModel.class, document)).read();
            new Recognizer(Nd30Profile.standard()).recognize(snapshot).issuingAgency().ifPresent(names::add);
            names.add(settings.string("agencyName"));
            for (String name : names) {
                String sentence = Layout.sentence(name).toLowerCase(java.util.Locale.forLanguageTag("vi"));
                for (Feed.Agency a : feed.agencies()) {
                    if (!a.isGroup() && java.text.Normalizer.normalize(a.name(), java.text.Normalizer.Form.NFC)
                            .toLowerCase(java.util.Locale.forLanguageTag("vi")).equals(sentence)) {
                        return a.code();
                    }
                }
            }
        } catch (com.sun.star.uno.Exception | RuntimeException e) {
            // the settings' code, as before
        }
        return null;
    }

    /** {@link #agencySentence} of a document as it is now. */
    static String agencySentence(XTextDocument document, Feed feed, String agencyCode, String settingsAgency) {
        try {
            DocumentSnapshot snapshot = new DocumentReader(Proxies.q(XModel.class, document)).read();
            return agencySentence(new Recognizer(Nd30Profile.standard()).recognize(snapshot), feed, agencyCode,
                    settingsAgency);
        } catch (com.sun.star.uno.Exception | RuntimeException e) {
            return feed.agency(agencyCode).filter(a -> !a.isGroup()).map(Feed.Agency::name)
                    .orElse(Layout.sentence(settingsAgency));
        }
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
        public String agencySentence(Feed feed, String agencyCode) {
            return FeedCommand.agencySentence(document, feed, agencyCode, InsertCommand.defaults(context).agencyName());
        }

        @Override
        public String agencyIn(Feed feed) {
            return FeedCommand.agencyIn(document, feed, settings);
        }

        @Override
        public String citationToAdd(Feed feed, String agencyCode) {
            try {
                DocumentSnapshot snapshot = new DocumentReader(Proxies.q(XModel.class, document)).read();
                Structure structure = new Recognizer(Nd30Profile.standard()).recognize(snapshot);
                String writer = FeedCommand.agencySentence(structure, feed, agencyCode, InsertCommand.defaults(context).agencyName());
                return Placement.citation(snapshot, structure, feed, writer, Nd30Profile.standard().typeCodes())
                        .map(i -> i.blocks().get(0).text()).orElse(null);
            } catch (com.sun.star.uno.Exception | RuntimeException e) {
                return null;
            }
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
