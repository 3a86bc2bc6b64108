package vn.thethuc.uno.check;

import vn.thethuc.uno.office.DocumentReader;
import vn.thethuc.uno.boot.Proxies;
import java.util.List;
import vn.thethuc.report.CheckReport;
import vn.thethuc.report.FindingText;
import com.sun.star.awt.ItemEvent;
import com.sun.star.awt.XItemListener;
import com.sun.star.awt.XListBox;
import com.sun.star.frame.XFrame;
import com.sun.star.lang.EventObject;
import com.sun.star.lib.uno.helper.WeakBase;
import com.sun.star.text.XTextRange;
import com.sun.star.uno.XComponentContext;
import com.sun.star.view.XSelectionSupplier;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import vn.thethuc.i18n.Bundle;
import vn.thethuc.uno.boot.MainThread;

/**
 * The list of findings beside the document, along the right edge of its window: each line says where
 * (the part and the words) and what; choosing one selects its text. Sửa, Sửa tất cả (every safe fix, one
 * undo step), Tắt quy tắc này (asks first), Kiểm tra lại. One dialog per document window. When the document
 * changes under it the list says it is out of date; when the user undoes a fix of ours, the check runs again.
 */
public final class FindingsDialog extends vn.thethuc.uno.ui.NonModalDialog {
    public static final String URL = "vnd.sun.star.extension://vn.thethuc.writer/dialogs/Findings.xdl";
    /**
     * The list shows at most this many findings, then one line saying how many more there are: nobody
     * walks further, and a list box counts its rows in a {@code short}.
     */
    public static final int LISTED = 1000;
    private static final Map<XFrame, FindingsDialog> OPEN = new WeakHashMap<>();

    /** Runs the check again (with the disabled rules of the settings) and returns its report. */
    public interface Checker {
        /** {@code places} is told each paragraph's range in the document the report is about. */
        CheckReport check(String apply, DocumentReader.Visitor places) throws com.sun.star.uno.Exception;

        /** Checks again in the background, with progress and Hủy, and shows the result in this dialog. */
        void recheck();

        void disable(String rule) throws com.sun.star.uno.Exception;
    }

    private final Checker checker;
    private List<CheckReport.Item> findings = List.of();
    private Map<Integer, XTextRange> ranges = new HashMap<>();
    /** The rule "Tắt quy tắc này" was pressed for once: pressed again, it is turned off. */
    private String confirming;
    /** Set while our own fix or check changes the document: those changes do not make the list stale. */
    private boolean ours;
    private boolean stale;
    private final DocumentWatch watch;

    private FindingsDialog(XComponentContext context, XFrame frame, Bundle texts, Checker checker)
            throws com.sun.star.uno.Exception {
        super(context, frame, texts, URL, Kind.BESIDE);
        this.checker = checker;
        dialog.setTitle(texts.text("dialog.title"));
        label("fix", "dialog.fix");
        label("fixAll", "dialog.fixAll");
        label("disable", "dialog.disable");
        label("recheck", "dialog.recheck");
        label("close", "dialog.close");
        list().addItemListener(new Selection());
        onClick("fix", "detail", () -> fix(false));
        onClick("fixAll", "detail", () -> fix(true));
        onClick("disable", "detail", this::disable);
        onClick("recheck", "detail", checker::recheck);
        onClick("close", "detail", this::close);
        holdDocument();
        watch = DocumentWatch.on(frame.getController().getModel(), texts.text("fix.undoTitle"), this::changed,
                this::fixUndone);
    }

    /** Shows the report, in the dialog of this window if it is open, else in a new one. */
    public static void show(XComponentContext context, XFrame frame, Bundle texts, Checker checker, CheckReport report,
            Map<Integer, XTextRange> places) throws com.sun.star.uno.Exception {
        FindingsDialog d = OPEN.get(frame);
        if (d == null) {
            d = new FindingsDialog(context, frame, texts, checker);
            OPEN.put(frame, d);
        }
        d.show(report, places);
        d.setVisible(true);
    }

    private void show(CheckReport report, Map<Integer, XTextRange> places) {
        findings = report.findings();
        confirming = null;
        stale = false;
        label("disable", "dialog.disable");
        // Only the paragraphs a finding points at: fewer of the document's objects held while the dialog is open.
        Map<Integer, XTextRange> kept = new HashMap<>();
        for (CheckReport.Item f : findings) {
            int p = f.paragraph();
            if (places.containsKey(p)) {
                kept.put(p, places.get(p));
            }
        }
        ranges = kept;
        CheckReport.Summary s = report.summary();
        text("summary", texts.text("check.summary", s.errors(), s.warnings(), s.infos()));
        XListBox list = list();
        list.removeItems((short) 0, list.getItemCount());
        int listed = Math.min(findings.size(), LISTED);
        String[] items = new String[listed + (findings.size() > listed ? 1 : 0)];
        if (items.length > listed) {
            items[listed] = texts.text("dialog.more", findings.size() - listed);
        }
        for (int i = 0; i < listed; i++) {
            items[i] = FindingText.row(findings.get(i), texts);
        }
        list.addItems(items, (short) 0);
        text("detail", findings.isEmpty() ? texts.text("dialog.none") : "");
        enable("fix", false);
        enable("disable", false);
        enable("fixAll", findings.stream().anyMatch(CheckReport.Item::fixable));
    }

    private CheckReport.Item selected() {
        short i = list().getSelectedItemPos();
        return i < 0 || i >= Math.min(findings.size(), LISTED) ? null : findings.get(i);
    }

    private void select() {
        CheckReport.Item f = selected();
        confirming = null;
        label("disable", "dialog.disable");
        if (f == null) {
            return;
        }
        text("detail", f.message() + "\n" + texts.text("dialog.where", FindingText.where(f, texts)) + "\n"
                + FindingText.rule(f, texts) + (f.fixable() ? "\n" + texts.text("report.fixable") : "")
                + (stale ? "\n" + texts.text("dialog.stale") : ""));
        enable("fix", f.fixable() && !stale);
        enable("disable", true);
        XTextRange range = stale ? null : ranges.get(f.paragraph());
        if (range != null) {
            try {
                Proxies.q(XSelectionSupplier.class, frame.getController()).select(range);
            } catch (com.sun.star.lang.IllegalArgumentException | com.sun.star.lang.DisposedException e) {
                // a range the view cannot select (inside a frame, say): the list still shows the finding
            }
        }
    }

    private void fix(boolean all) throws com.sun.star.uno.Exception {
        short i = list().getSelectedItemPos();
        if (!all && selected() == null) {
            return;
        }
        int before = (int) findings.stream().filter(CheckReport.Item::fixable).count();
        check(all ? "all" : String.valueOf(i));
        if (all) {
            text("detail", texts.text("dialog.fixedAll", before - findings.stream().filter(CheckReport.Item::fixable).count()));
        }
    }

    /** Checks again after applying fixes when {@code apply} says so; the user's selection stays where it was. */
    private void check(String apply) throws com.sun.star.uno.Exception {
        Map<Integer, XTextRange> places = new HashMap<>();
        ours = true;
        try {
            show(checker.check(apply, places::put), places);
        } finally {
            // the document's own notifications of the change come after this: let them pass first
            MainThread.post(context, () -> ours = false);
        }
    }

    /** Asks first (the button says "Xác nhận tắt"), then turns the rule off for this user and checks again. */
    private void disable() throws com.sun.star.uno.Exception {
        CheckReport.Item f = selected();
        if (f == null) {
            return;
        }
        String name = texts.has("ruleName." + f.rule()) ? texts.text("ruleName." + f.rule()) : f.rule();
        if (!f.rule().equals(confirming)) {
            confirming = f.rule();
            label("disable", "dialog.confirmDisableButton");
            text("detail", texts.text("dialog.confirmDisable", name));
            return;
        }
        checker.disable(f.rule());
        check(null);
        text("detail", texts.text("dialog.disabled", name));
    }

    /** The user typed, or undid something: the findings no longer point where they did. */
    private void changed() {
        if (ours || stale || isClosed()) {
            return;
        }
        stale = true;
        ranges = Map.of();
        enable("fix", false);
        enable("fixAll", false);
        text("detail", texts.text("dialog.stale"));
    }

    /**
     * A fix of ours undone (Ctrl+Z): Writer selects what the undo restored — with a page or language fix, the
     * whole document, which the next keystroke would replace. The selection goes back to a cursor at its start,
     * and the list is checked again.
     */
    private void fixUndone() {
        if (isClosed()) {
            return;
        }
        MainThread.post(context, () -> {
            if (isClosed()) {
                return;
            }
            try {
                var view = Proxies.q(com.sun.star.text.XTextViewCursorSupplier.class, frame.getController()).getViewCursor();
                view.collapseToStart();
            } catch (RuntimeException e) {
                // no text view: nothing selected to worry about
            }
            checker.recheck();
        });
    }

    @Override
    protected void closing() {
        OPEN.remove(frame);
        ranges = Map.of();
        watch.stop();
    }

    private XListBox list() {
        return Proxies.q(XListBox.class, controls.getControl("findings"));
    }

    private final class Selection extends WeakBase implements XItemListener {
        @Override
        public void itemStateChanged(ItemEvent e) {
            if (!isClosed()) {
                select();
            }
        }

        @Override
        public void disposing(EventObject e) {
        }
    }
}
