package vn.thethuc.uno.insert;

import com.sun.star.beans.PropertyAttribute;
import com.sun.star.beans.PropertyValue;
import com.sun.star.beans.XPropertySet;
import com.sun.star.document.XDocumentPropertiesSupplier;
import com.sun.star.frame.XFrame;
import com.sun.star.frame.XModel;
import com.sun.star.text.XBookmarksSupplier;
import com.sun.star.text.XTextDocument;
import com.sun.star.uno.UnoRuntime;
import com.sun.star.uno.XComponentContext;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thethuc.feed.Feed;
import vn.thethuc.feed.FeedSource;
import vn.thethuc.feed.Link;
import vn.thethuc.feed.LinkedPlan;
import vn.thethuc.i18n.Bundle;
import vn.thethuc.i18n.Refusal;
import vn.thethuc.plan.Block;
import vn.thethuc.rules.Nd30Profile;
import vn.thethuc.uno.boot.Outcome;
import vn.thethuc.uno.boot.Ui;
import vn.thethuc.uno.check.CheckCommand;
import vn.thethuc.uno.settings.Settings;

/**
 * Lấy nhiệm vụ từ kế hoạch cấp trên: with {@code Source} (file or https://) and {@code Agency}
 * (default: the agency's settings), optionally {@code Tasks} (task ids, comma-separated): in an empty
 * document, the whole plan implementing the parent; in a plan already linked, only the tasks not yet
 * in it, at the cursor. One undo step; a bad feed changes nothing.
 */
public final class FeedCommand {
    static final int DAYS_EARLIER = 5;

    private FeedCommand() {
    }

    /** Empty when the command has no source to work with (the dialog's job). */
    public static Optional<Outcome> run(XComponentContext context, XFrame frame, PropertyValue[] args, Ui ui)
            throws com.sun.star.uno.Exception {
        Optional<String> source = CheckCommand.arg(args, "Source");
        if (source.isEmpty()) {
            return Optional.empty();
        }
        Bundle texts = CheckCommand.arg(args, "Language").map(Bundle::of).orElse(ui.bundle());
        XModel model = frame == null || frame.getController() == null ? null : frame.getController().getModel();
        XTextDocument document = UnoRuntime.queryInterface(XTextDocument.class, model);
        if (document == null) {
            return Optional.of(failed(ui, texts.text("check.notText")));
        }
        Settings settings = new Settings(context);
        String agency = CheckCommand.arg(args, "Agency").orElse(settings.string("agencyCode"));
        Feed feed;
        try {
            feed = new FeedSource(CheckCommand.feedOptions(context, settings)).load(source.get()).feed();
        } catch (Refusal e) {
            return Optional.of(failed(ui, e.message(texts)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(new Outcome("feed", Outcome.Status.CANCELLED, ""));
        }
        if (feed.agency(agency).isEmpty()) {
            return Optional.of(failed(ui, texts.text("feed.unknownAgency", agency)));
        }
        Set<String> chosen = CheckCommand.arg(args, "Tasks").map(t -> Arrays.stream(t.split(",")).map(String::strip)
                .filter(x -> !x.isEmpty()).collect(Collectors.toSet())).orElse(null);
        Link link = new Link(feed, agency);
        Set<String> present = Set.of(UnoRuntime.queryInterface(XBookmarksSupplier.class, document).getBookmarks()
                .getElementNames());
        List<Feed.Assignment> fresh = feed.concerning(agency).stream()
                .filter(a -> chosen == null || chosen.contains(a.task().id()))
                .filter(a -> !present.contains(Link.mark(a.task().id()))).toList();
        String title = texts.text("feed.undoTitle", feed.plan().number());
        boolean empty = document.getText().getString().isBlank();
        List<Block> blocks = empty
                ? LinkedPlan.of(link, InsertCommand.defaults(context), Nd30Profile.standard().typeCodes(), DAYS_EARLIER,
                        t -> fresh.stream().anyMatch(a -> a.task() == t))
                : LinkedPlan.tasks(feed, fresh, vn.thethuc.plan.Layout.sentence(InsertCommand.defaults(context).agencyName()),
                        DAYS_EARLIER);
        if (!blocks.isEmpty()) {
            // Tasks added to a plan go at the cursor, or at its end when there is no text cursor.
            var at = empty ? null : InsertCommand.cursor(document);
            new DocumentBuilder(document, true).insert(blocks, empty || at != null ? at : document.getText().getEnd(),
                    title);
        }
        remember(model, source.get(), feed, agency);
        long already = feed.concerning(agency).stream().filter(a -> chosen == null || chosen.contains(a.task().id()))
                .filter(a -> present.contains(Link.mark(a.task().id()))).count();
        return Optional.of(new Outcome("feed", Outcome.Status.DONE,
                texts.text("feed.inserted", fresh.size(), feed.plan().number(), already)));
    }

    /** The document remembers its parent: the check finds the link again (custom properties). */
    private static void remember(XModel model, String source, Feed feed, String agency) throws com.sun.star.uno.Exception {
        var user = UnoRuntime.queryInterface(XDocumentPropertiesSupplier.class, model).getDocumentProperties()
                .getUserDefinedProperties();
        XPropertySet values = UnoRuntime.queryInterface(XPropertySet.class, user);
        String[][] entries = {{"TheThucFeed", source}, {"TheThucParentPlan", feed.plan().id()}, {"TheThucAgency", agency}};
        for (String[] e : entries) {
            if (values.getPropertySetInfo().hasPropertyByName(e[0])) {
                values.setPropertyValue(e[0], e[1]);
            } else {
                user.addProperty(e[0], PropertyAttribute.REMOVABLE, e[1]);
            }
        }
    }

    private static Outcome failed(Ui ui, String message) {
        ui.error(message);
        return new Outcome("feed", Outcome.Status.FAILED, message);
    }
}
