package vn.thethuc.uno.feed;

import vn.thethuc.uno.boot.Proxies;
import com.sun.star.awt.ItemEvent;
import com.sun.star.awt.XItemListener;
import com.sun.star.awt.XListBox;
import com.sun.star.beans.XPropertySet;
import com.sun.star.frame.XFrame;
import com.sun.star.lang.EventObject;
import com.sun.star.lib.uno.helper.WeakBase;
import com.sun.star.uno.XComponentContext;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import vn.thethuc.feed.Citation;
import vn.thethuc.feed.Feed;
import vn.thethuc.feed.FeedSource;
import vn.thethuc.feed.LinkedPlan;
import vn.thethuc.i18n.Bundle;
import vn.thethuc.i18n.Refusal;
import vn.thethuc.plan.Block;
import vn.thethuc.uno.boot.MainThread;
import vn.thethuc.uno.ui.NonModalDialog;

/**
 * Lấy nhiệm vụ từ kế hoạch cấp trên…: the source (default from the settings), fetched on a worker
 * thread with a progress bar and Dừng; the parent plan shown; the agency (default from the settings);
 * the tasks that concern it grouped by the parent's sections, lead or support marked, those already
 * in the document shown as such and not chosen; a preview of what Chèn puts in; tasks marked not
 * applicable with a reason. Only the main thread touches the window.
 */
public final class FeedDialog extends NonModalDialog {
    public static final String URL = "vnd.sun.star.extension://vn.thethuc.writer/dialogs/Feed.xdl";
    private static final DateTimeFormatter FETCHED = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm")
            .withZone(vn.thethuc.document.VietnamTime.ZONE);
    /** The preview shows the start of what goes in: the first lines fill its box. */
    private static final int PREVIEW_CHARS = 1500;

    /** What the dialog asks of the document and the network. */
    public interface Work {
        /** On a worker thread: interruptible. */
        FeedSource.Loaded load(String source) throws Refusal, InterruptedException;

        /** The ids of the parent's tasks already in the document. */
        Set<String> present() throws com.sun.star.uno.Exception;

        /** The tasks marked not applicable, with their reasons. */
        Map<String, String> notApplicable() throws com.sun.star.uno.Exception;

        /** Who writes the plan, as a sentence names it ("Sở Giáo dục và Đào tạo"), {@code agencyCode} chosen. */
        String agencySentence(Feed feed, String agencyCode);

        /**
         * The user's agency in {@code feed}: the settings' code when the feed has it, else the agency the
         * document's header (or the settings) names; null when none matches.
         */
        String agencyIn(Feed feed);

        /** The sentence citing the parent that Chèn adds (the plan does not cite it yet), or null. */
        String citationToAdd(Feed feed, String agencyCode);

        int daysEarlier();

        /** Whether the document is empty (Chèn then lays out the whole plan). */
        boolean empty();

        String insert(FeedSource.Loaded loaded, String agency, Set<String> taskIds) throws com.sun.star.uno.Exception;

        void markNotApplicable(FeedSource.Loaded loaded, String agency, Map<String, String> reasons)
                throws com.sun.star.uno.Exception;
    }

    private final Work work;
    private final String defaultAgency;
    private final AtomicInteger generation = new AtomicInteger();
    // main thread only:
    private Thread loader;
    private FeedSource.Loaded loaded;
    private final List<String> agencyCodes = new ArrayList<>();
    /** The task of each line of the list; null for a section's heading. */
    private final List<Feed.Assignment> lines = new ArrayList<>();
    private Set<String> present = Set.of();
    private Map<String, String> notApplicable = Map.of();

    private FeedDialog(XComponentContext context, XFrame frame, Bundle texts, String source, String agency, Work work)
            throws com.sun.star.uno.Exception {
        super(context, frame, texts, URL);
        this.work = work;
        this.defaultAgency = agency;
        dialog.setTitle(texts.text("dialog.feed.window"));
        text("l_source", texts.text("dialog.feed.source"));
        text("l_agency", texts.text("dialog.feed.agency"));
        text("l_tasks", texts.text("dialog.feed.tasks"));
        text("l_preview", texts.text("dialog.feed.preview"));
        text("l_reason", texts.text("dialog.feed.reason"));
        label("load", "dialog.feed.load");
        label("browse", "dialog.browse");
        label("notApplicable", "dialog.feed.notApplicable");
        label("insert", "dialog.feed.insert");
        label("cancel", "dialog.cancel");
        field("source", source);
        enable("insert", false);
        enable("notApplicable", false);
        onClick("load", "message", this::load);
        onClick("browse", "message", () -> {
            browse("source", false, texts.text("dialog.feed.jsonFiles"), "*.json", texts.text("dialog.allFiles"), "*");
            if (!field("source").isBlank()) {
                load();
            }
        });
        onEnter("source", this::load);
        onClick("insert", "message", this::insert);
        onClick("notApplicable", "message", this::markNotApplicable);
        onClick("cancel", "message", this::cancelOrClose);
        list("agency").addItemListener(new Changed(this::showTasks));
        list("tasks").addItemListener(new Changed(this::preview));
    }

    /** Opens the dialog beside the document; a source from the settings is fetched at once. */
    public static FeedDialog show(XComponentContext context, XFrame frame, Bundle texts, String source, String agency,
            Work work) throws com.sun.star.uno.Exception {
        FeedDialog d = new FeedDialog(context, frame, texts, source, agency, work);
        d.setVisible(true);
        if (!source.isBlank()) {
            d.load();
        }
        return d;
    }

    private XListBox list(String id) {
        return Proxies.q(XListBox.class, controls.getControl(id));
    }

    // Fetching.

    private void load() {
        String source = field("source").strip();
        if (source.isEmpty()) {
            text("message", texts.text("dialog.feed.noSource"));
            return;
        }
        stopLoading();
        int mine = generation.incrementAndGet();
        text("message", texts.text("dialog.feed.loading", source));
        label("cancel", "dialog.feed.stop");
        enable("load", false);
        enable("insert", false);
        Thread worker = new Thread(() -> {
            Runnable ending;
            try {
                FeedSource.Loaded l = work.load(source);
                ending = () -> loaded(l);
            } catch (Refusal e) {
                ending = () -> failed(e.message(texts));
            } catch (InterruptedException e) {
                ending = () -> { };
            } catch (RuntimeException e) {
                ending = () -> failed(texts.text("error.document", String.valueOf(e.getMessage())));
            }
            Runnable last = ending;
            MainThread.post(context, () -> {
                if (generation.get() == mine && !isClosed()) {
                    loader = null;
                    last.run();
                }
            });
        }, "thethuc-feed");
        worker.setDaemon(true);
        loader = worker;
        worker.start();
        pulse(mine, 0);
    }

    /** The bar moves while the fetch goes on: the size of a feed is not known before it comes. */
    private void pulse(int mine, int step) {
        if (isClosed()) {
            return;
        }
        if (generation.get() != mine || loader == null) {
            progress(0);
            return;
        }
        progress(step % 100);
        Thread tick = new Thread(() -> {
            try {
                Thread.sleep(120);
            } catch (InterruptedException e) {
                return;
            }
            MainThread.post(context, () -> pulse(mine, step + 7));
        }, "thethuc-feed-progress");
        tick.setDaemon(true);
        tick.start();
    }

    private void progress(int value) {
        try {
            Proxies.q(XPropertySet.class, controls.getControl("progress").getModel())
                    .setPropertyValue("ProgressValue", value);
        } catch (com.sun.star.uno.Exception | RuntimeException e) {
            // cosmetic only
        }
    }

    private void stopLoading() {
        if (loader != null) {
            loader.interrupt();
            loader = null;
        }
        generation.incrementAndGet();
        enable("load", true);
        label("cancel", "dialog.cancel");
        progress(0);
    }

    /** Esc and the close box: stop a fetch under way first, as Dừng tải does; else close. */
    @Override
    protected void cancel() {
        cancelOrClose();
    }

    private void cancelOrClose() {
        if (loader != null) {
            stopLoading();
            text("message", texts.text("dialog.feed.stopped"));
        } else {
            close();
        }
    }

    @Override
    protected void closing() {
        if (loader != null) {
            loader.interrupt();
        }
        generation.incrementAndGet();
    }

    private void failed(String message) {
        stopLoading();
        text("message", message);
    }

    private void loaded(FeedSource.Loaded l) {
        stopLoading();
        loaded = l;
        Feed.Plan p = l.feed().plan();
        String origin = switch (l.origin()) {
            case OFFLINE_CACHE -> texts.text("dialog.feed.offline", FETCHED.format(l.fetchedAt()));
            case NOT_MODIFIED, NETWORK -> texts.text("dialog.feed.fetched", FETCHED.format(l.fetchedAt()));
            case FILE -> "";
        };
        text("plan", texts.text("dialog.feed.plan", p.number(), Citation.shortDate(p.issued()), p.issuer().name(),
                p.title()) + (origin.isEmpty() ? "" : "\n" + origin));
        XListBox agencies = list("agency");
        agencies.removeItems((short) 0, agencies.getItemCount());
        agencyCodes.clear();
        for (Feed.Agency a : l.feed().agencies()) {
            if (a.members().isEmpty()) {
                agencyCodes.add(a.code());
                agencies.addItem(a.code() + " — " + a.name(), agencies.getItemCount());
            }
        }
        String mine = work.agencyIn(l.feed());
        int chosen = agencyCodes.indexOf(mine == null ? defaultAgency : mine);
        text("message", chosen >= 0 || defaultAgency.isBlank() ? ""
                : texts.text("dialog.feed.agencyNotInFeed", defaultAgency));
        if (chosen >= 0) {
            agencies.selectItemPos((short) chosen, true);
        }
        showTasks();
    }

    private String agency() {
        short i = list("agency").getSelectedItemPos();
        return i < 0 || i >= agencyCodes.size() ? null : agencyCodes.get(i);
    }

    /** The tasks of the chosen agency, by section; the new ones chosen. */
    private void showTasks() {
        XListBox tasks = list("tasks");
        tasks.removeItems((short) 0, tasks.getItemCount());
        lines.clear();
        String agency = agency();
        if (loaded == null || agency == null) {
            enable("insert", false);
            enable("notApplicable", false);
            preview();
            return;
        }
        try {
            present = work.present();
            notApplicable = work.notApplicable();
        } catch (com.sun.star.uno.Exception | RuntimeException e) {
            present = Set.of();
            notApplicable = Map.of();
        }
        List<Short> fresh = new ArrayList<>();
        int count = 0;
        for (Map.Entry<String, List<Feed.Assignment>> section : Feed.bySection(loaded.feed().concerning(agency)).entrySet()) {
            tasks.addItem(section.getKey(), (short) lines.size());
            lines.add(null);
            for (Feed.Assignment a : section.getValue()) {
                String id = a.task().id();
                String role = texts.text(a.role() == Feed.Role.LEAD ? "dialog.feed.lead" : "dialog.feed.support");
                String via = a.via().flatMap(v -> loaded.feed().agency(v)).map(g -> " " + texts.text("dialog.feed.via",
                        g.name())).orElse("");
                String state = present.contains(id) ? " — " + texts.text("dialog.feed.present")
                        : notApplicable.containsKey(id) ? " — " + texts.text("dialog.feed.marked", notApplicable.get(id))
                        : "";
                String text = a.task().text();
                tasks.addItem("    " + id + " [" + role + via + "]" + state + " " + (text.length() > 160
                        ? text.substring(0, 159) + "…" : text), (short) lines.size());
                if (state.isEmpty()) {
                    fresh.add((short) lines.size());
                }
                lines.add(a);
                count++;
            }
        }
        for (short i : fresh) {
            tasks.selectItemPos(i, true);
        }
        text("l_tasks", texts.text("dialog.feed.tasksCount", count, count - fresh.size()));
        enable("insert", true);
        enable("notApplicable", true);
        preview();
    }

    /** The chosen tasks not yet in the document. */
    private List<Feed.Assignment> chosen() {
        List<Feed.Assignment> out = new ArrayList<>();
        for (short i : list("tasks").getSelectedItemsPos()) {
            Feed.Assignment a = i < lines.size() ? lines.get(i) : null;
            if (a != null && !present.contains(a.task().id())) {
                out.add(a);
            }
        }
        return out;
    }

    /** What Chèn would put in, as text. */
    private void preview() {
        if (loaded == null || agency() == null) {
            text("preview", "");
            return;
        }
        List<Feed.Assignment> chosen = chosen();
        StringBuilder sb = new StringBuilder();
        String writer = work.agencySentence(loaded.feed(), agency());
        String citation = work.empty() ? Citation.opening(loaded.feed().plan(), writer,
                vn.thethuc.profile.Nd30Profile.standard().typeCodes()) : work.citationToAdd(loaded.feed(), agency());
        if (citation != null) {
            sb.append(citation).append("\n");
        }
        for (Block b : LinkedPlan.tasks(loaded.feed(), chosen, writer, work.daysEarlier())) {
            if (sb.length() > PREVIEW_CHARS) {
                sb.append("…");
                break;
            }
            sb.append(b.text()).append("\n");
        }
        text("preview", chosen.isEmpty() ? texts.text("dialog.feed.nothingChosen") : sb.toString().strip());
    }

    private void insert() throws com.sun.star.uno.Exception {
        String agency = agency();
        List<Feed.Assignment> chosen = chosen();
        if (loaded == null || agency == null || chosen.isEmpty()) {
            text("message", texts.text("dialog.feed.nothingChosen"));
            return;
        }
        Set<String> ids = new java.util.LinkedHashSet<>();
        chosen.forEach(a -> ids.add(a.task().id()));
        work.insert(loaded, agency, ids);
        close();
    }

    private void markNotApplicable() throws com.sun.star.uno.Exception {
        String agency = agency();
        List<Feed.Assignment> chosen = chosen();
        String reason = java.text.Normalizer.normalize(field("reason").strip(), java.text.Normalizer.Form.NFC);
        if (loaded == null || agency == null || chosen.isEmpty()) {
            text("message", texts.text("dialog.feed.nothingChosen"));
            return;
        }
        if (reason.isEmpty()) {
            text("message", texts.text("dialog.feed.noReason"));
            return;
        }
        Map<String, String> reasons = new LinkedHashMap<>();
        chosen.forEach(a -> reasons.put(a.task().id(), reason));
        work.markNotApplicable(loaded, agency, reasons);
        showTasks();
        text("message", texts.text("dialog.feed.markedDone", reasons.size()));
    }

    private static final class Changed extends WeakBase implements XItemListener {
        private final Runnable then;

        Changed(Runnable then) {
            this.then = then;
        }

        @Override
        public void itemStateChanged(ItemEvent e) {
            then.run();
        }

        @Override
        public void disposing(EventObject e) {
        }
    }
}
