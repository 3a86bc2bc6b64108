package vn.thethuc.uno.check;

import vn.thethuc.uno.boot.Proxies;
import java.util.List;
import vn.thethuc.report.CheckReport;
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

/**
 * The non-modal list of findings beside the document: choosing one selects its paragraph; Sửa,
 * Sửa tất cả, Tắt quy tắc này, Kiểm tra lại. One dialog per document window.
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

    private FindingsDialog(XComponentContext context, XFrame frame, Bundle texts, Checker checker)
            throws com.sun.star.uno.Exception {
        super(context, frame, texts, URL);
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
            CheckReport.Item f = findings.get(i);
            int p = f.paragraph();
            items[i] = texts.text("report.severity." + f.severity()) + (p >= 0 ? " ¶" + (p + 1) : "") + "  " + f.message();
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
        if (f == null) {
            return;
        }
        text("detail", f.message() + "\n" + texts.text("dialog.detail", f.rule(), f.clause())
                + (f.fixable() ? "\n" + texts.text("report.fixable") : ""));
        enable("fix", f.fixable());
        enable("disable", true);
        XTextRange range = ranges.get(f.paragraph());
        if (range != null) {
            try {
                Proxies.q(XSelectionSupplier.class, frame.getController()).select(range);
            } catch (com.sun.star.lang.IllegalArgumentException e) {
                // a range the view cannot select (inside a frame, say): the list still shows the finding
            }
        }
    }

    private void fix(boolean all) throws com.sun.star.uno.Exception {
        short i = list().getSelectedItemPos();
        if (!all && selected() == null) {
            return;
        }
        check(all ? "all" : String.valueOf(i));
    }

    /** Checks again after applying fixes when {@code apply} says so. */
    private void check(String apply) throws com.sun.star.uno.Exception {
        Map<Integer, XTextRange> places = new HashMap<>();
        show(checker.check(apply, places::put), places);
    }

    private void disable() throws com.sun.star.uno.Exception {
        CheckReport.Item f = selected();
        if (f != null) {
            checker.disable(f.rule());
            check(null);
            text("detail", texts.text("dialog.disabled", f.rule()));
        }
    }

    @Override
    protected void closing() {
        OPEN.remove(frame);
        ranges = Map.of();
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
