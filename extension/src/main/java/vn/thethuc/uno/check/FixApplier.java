package vn.thethuc.uno.check;

import vn.thethuc.uno.office.DocumentReader;
import vn.thethuc.uno.boot.Proxies;
import com.sun.star.beans.PropertyValue;
import com.sun.star.beans.XPropertySet;
import com.sun.star.frame.XController;
import com.sun.star.frame.XDispatchHelper;
import com.sun.star.frame.XDispatchProvider;
import com.sun.star.text.XTextViewCursor;
import com.sun.star.text.XTextViewCursorSupplier;
import com.sun.star.uno.AnyConverter;
import com.sun.star.uno.XComponentContext;
import com.sun.star.container.XNameAccess;
import com.sun.star.document.XUndoManager;
import com.sun.star.document.XUndoManagerSupplier;
import com.sun.star.frame.XModel;
import com.sun.star.style.XStyleFamiliesSupplier;
import com.sun.star.text.XText;
import com.sun.star.text.XTextCursor;
import com.sun.star.text.XTextRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thethuc.document.Alignment;
import vn.thethuc.rules.Fix;

/**
 * Applies fixes to the document as one undo step. Text replacements inside a paragraph go right to
 * left so that the positions the rules computed stay true. Page set-up goes through the commands of
 * Writer's page panel (dispatched on a page of the style): page styles changed through the API are
 * not recorded by Writer, and they make it drop the whole undo step around them.
 */
public final class FixApplier {
    private final XComponentContext context;
    private final XModel model;

    public FixApplier(XComponentContext context, XModel model) {
        this.context = context;
        this.model = model;
    }

    /** Applies {@code fixes} under one undo action named {@code title}; returns how many were applied. */
    public int apply(List<Fix> fixes, String title) throws com.sun.star.uno.Exception {
        if (fixes.isEmpty()) {
            return 0;
        }
        Map<Integer, XTextRange> ranges = new HashMap<>();
        new DocumentReader(model).read(ranges::put);
        List<Fix> ordered = new ArrayList<>(fixes);
        // Page set-up first; replacements last-position-first; formats after the text they format.
        ordered.sort(Comparator.comparingInt(FixApplier::order).thenComparing(
                Comparator.comparingInt(FixApplier::start).reversed()));
        XUndoManager undo = Proxies.q(XUndoManagerSupplier.class, model).getUndoManager();
        int applied = 0;
        undo.enterUndoContext(title);
        try {
            for (Fix f : ordered) {
                applied += apply(f, ranges) ? 1 : 0;
            }
        } finally {
            undo.leaveUndoContext();
        }
        return applied;
    }

    private static boolean isPageFix(Fix f) {
        return f instanceof Fix.SetPageSize || f instanceof Fix.SetPageMargins;
    }

    private static int order(Fix f) {
        return isPageFix(f) ? 0 : f instanceof Fix.ReplaceText ? 1 : 2;
    }

    private static int start(Fix f) {
        return f instanceof Fix.ReplaceText r ? r.start() : 0;
    }

    private boolean apply(Fix fix, Map<Integer, XTextRange> ranges) throws com.sun.star.uno.Exception {
        switch (fix) {
            case Fix.ReplaceText r -> {
                XTextRange paragraph = ranges.get(r.paragraph());
                if (paragraph == null) {
                    return false;
                }
                XText text = paragraph.getText();
                XTextCursor c = text.createTextCursorByRange(paragraph.getStart());
                c.goRight((short) r.start(), false);
                c.goRight((short) (r.end() - r.start()), true);
                c.setString(r.replacement());
                return true;
            }
            case Fix.SetFormat s -> {
                XTextRange paragraph = ranges.get(s.paragraph());
                if (paragraph == null) {
                    return false;
                }
                XTextCursor c = paragraph.getText().createTextCursorByRange(paragraph);
                XPropertySet props = Proxies.q(XPropertySet.class, c);
                switch (s.format()) {
                    case FONT_FAMILY -> props.setPropertyValue("CharFontName", s.value());
                    case CHAR_SIZE_PT -> props.setPropertyValue("CharHeight", ((Number) s.value()).floatValue());
                    case BOLD -> props.setPropertyValue("CharWeight", Boolean.TRUE.equals(s.value())
                            ? com.sun.star.awt.FontWeight.BOLD : com.sun.star.awt.FontWeight.NORMAL);
                    case ITALIC -> props.setPropertyValue("CharPosture", Boolean.TRUE.equals(s.value())
                            ? com.sun.star.awt.FontSlant.ITALIC : com.sun.star.awt.FontSlant.NONE);
                    case COLOR_BLACK -> props.setPropertyValue("CharColor", 0);
                    case ALIGNMENT -> props.setPropertyValue("ParaAdjust", adjust((Alignment) s.value()));
                    case FIRST_LINE_INDENT_MM -> props.setPropertyValue("ParaFirstLineIndent",
                            (int) Math.round(((Number) s.value()).doubleValue() * 100));
                    case SPACE_AFTER_PT -> props.setPropertyValue("ParaBottomMargin",
                            (int) Math.round(((Number) s.value()).doubleValue() * 2540.0 / 72.0));
                }
                return true;
            }
            case Fix.SetLanguage l -> {
                String[] tag = l.language().split("-", 2);
                com.sun.star.lang.Locale locale = new com.sun.star.lang.Locale(tag[0], tag.length > 1 ? tag[1] : "", "");
                for (XTextRange paragraph : ranges.values()) {
                    XTextCursor c = paragraph.getText().createTextCursorByRange(paragraph);
                    Proxies.q(XPropertySet.class, c).setPropertyValue("CharLocale", locale);
                }
                return true;
            }
            case Fix.KeepTogether k -> {
                XTextRange first = ranges.get(k.from());
                if (first == null || ranges.get(k.to()) == null) {
                    return false;
                }
                XPropertySet at = Proxies.q(XPropertySet.class, first.getText().createTextCursorByRange(first.getStart()));
                Object table = at.getPropertyValue("TextTable");
                if (table != null && !com.sun.star.uno.AnyConverter.isVoid(table)) {
                    // the closing table's row may not break across pages: it moves whole to the next one
                    String cell = (String) Proxies.q(XPropertySet.class, at.getPropertyValue("Cell")).getPropertyValue("CellName");
                    com.sun.star.container.XIndexAccess rows = Proxies.q(com.sun.star.text.XTextTable.class, table).getRows();
                    Proxies.q(XPropertySet.class, rows.getByIndex(DocumentReader.row(cell)))
                            .setPropertyValue("IsSplitAllowed", Boolean.FALSE);
                    return true;
                }
                for (int i = k.from(); i < k.to(); i++) {
                    XTextRange p = ranges.get(i);
                    if (p != null) {
                        XPropertySet props = Proxies.q(XPropertySet.class, p.getText().createTextCursorByRange(p));
                        props.setPropertyValue("ParaKeepTogether", Boolean.TRUE);
                        props.setPropertyValue("ParaSplit", Boolean.FALSE);
                    }
                }
                return true;
            }
            case Fix.SetPageSize p -> {
                int width = (int) Math.round(p.widthMm() * 100);
                int height = (int) Math.round(p.heightMm() * 100);
                onPageOf(p.pageStyle(), ranges, ".uno:AttributePageSize",
                        property("AttributePageSize.Width", width), property("AttributePageSize.Height", height));
                XPropertySet style = pageStyle(p.pageStyle());
                return near(style, "Width", width) && near(style, "Height", height);
            }
            case Fix.SetPageMargins m -> {
                int top = (int) Math.round(m.topMm() * 100);
                int bottom = (int) Math.round(m.bottomMm() * 100);
                int left = (int) Math.round(m.leftMm() * 100);
                int right = (int) Math.round(m.rightMm() * 100);
                onPageOf(m.pageStyle(), ranges, ".uno:PageLRMargin", property("PageLRMargin.Left", left),
                        property("PageLRMargin.Right", right));
                onPageOf(m.pageStyle(), ranges, ".uno:PageULMargin", property("PageULMargin.Upper", top),
                        property("PageULMargin.Lower", bottom));
                XPropertySet style = pageStyle(m.pageStyle());
                return near(style, "TopMargin", top) && near(style, "BottomMargin", bottom)
                        && near(style, "LeftMargin", left) && near(style, "RightMargin", right);
            }
        }
    }

    /** Whether a length came out as asked (Writer keeps lengths in twips: 1/100 mm may round). */
    private static boolean near(XPropertySet style, String name, int value) throws com.sun.star.uno.Exception {
        return Math.abs(AnyConverter.toInt(style.getPropertyValue(name)) - value) <= 2;
    }

    private static PropertyValue property(String name, Object value) {
        PropertyValue p = new PropertyValue();
        p.Name = name;
        p.Value = value;
        return p;
    }

    /**
     * Runs a page command of Writer with the view cursor on a paragraph laid out in {@code pageStyle},
     * then puts the cursor back where the user had it.
     */
    private void onPageOf(String pageStyle, Map<Integer, XTextRange> ranges, String command, PropertyValue... args)
            throws com.sun.star.uno.Exception {
        XController controller = model.getCurrentController();
        if (controller == null) {
            return;
        }
        XTextRange at = null;
        for (int i : new java.util.TreeSet<>(ranges.keySet())) {
            XTextRange r = ranges.get(i);
            if (pageStyle.equals(Proxies.q(XPropertySet.class, r).getPropertyValue("PageStyleName"))) {
                at = r;
                break;
            }
        }
        if (at == null) {
            return;
        }
        XTextViewCursor view = Proxies.q(XTextViewCursorSupplier.class, controller).getViewCursor();
        XTextRange saved = view.getStart();
        view.gotoRange(at.getStart(), false);
        try {
            XDispatchHelper helper = Proxies.q(XDispatchHelper.class, context.getServiceManager()
                    .createInstanceWithContext("com.sun.star.frame.DispatchHelper", context));
            helper.executeDispatch(Proxies.q(XDispatchProvider.class, controller.getFrame()), command, "",
                    0, args);
        } finally {
            view.gotoRange(saved, false);
        }
    }

    private XPropertySet pageStyle(String name) throws com.sun.star.uno.Exception {
        XNameAccess families = Proxies.q(XStyleFamiliesSupplier.class, model).getStyleFamilies();
        XNameAccess pages = Proxies.q(XNameAccess.class, families.getByName("PageStyles"));
        return Proxies.q(XPropertySet.class, pages.getByName(name));
    }

    private static com.sun.star.style.ParagraphAdjust adjust(Alignment a) {
        return switch (a) {
            case LEFT -> com.sun.star.style.ParagraphAdjust.LEFT;
            case RIGHT -> com.sun.star.style.ParagraphAdjust.RIGHT;
            case CENTER -> com.sun.star.style.ParagraphAdjust.CENTER;
            case JUSTIFY -> com.sun.star.style.ParagraphAdjust.BLOCK;
        };
    }
}
