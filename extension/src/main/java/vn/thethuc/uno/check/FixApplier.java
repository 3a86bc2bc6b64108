package vn.thethuc.uno.check;

import com.sun.star.beans.XPropertySet;
import com.sun.star.container.XNameAccess;
import com.sun.star.document.XUndoManager;
import com.sun.star.document.XUndoManagerSupplier;
import com.sun.star.frame.XModel;
import com.sun.star.style.XStyleFamiliesSupplier;
import com.sun.star.text.XText;
import com.sun.star.text.XTextCursor;
import com.sun.star.text.XTextRange;
import com.sun.star.uno.UnoRuntime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thethuc.document.Alignment;
import vn.thethuc.rules.Fix;

/**
 * Applies fixes to the document as one undo step (two when page set-up and text are fixed together:
 * see {@link #apply}). Text replacements inside a paragraph go right to left so that the positions
 * the rules computed stay true.
 */
public final class FixApplier {
    private final XModel model;

    public FixApplier(XModel model) {
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
        // Replacements last-position-first; formats after the text they format.
        ordered.sort(Comparator.comparingInt(FixApplier::order).thenComparing(
                Comparator.comparingInt(FixApplier::start).reversed()));
        XUndoManager undo = UnoRuntime.queryInterface(XUndoManagerSupplier.class, model).getUndoManager();
        PropertyUndo pages = new PropertyUndo(title);
        List<Fix> pageFixes = ordered.stream().filter(FixApplier::isPageFix).toList();
        List<Fix> textFixes = ordered.stream().filter(f -> !isPageFix(f)).toList();
        int applied = 0;
        // Writer drops an undo context, and all it holds, once an action added through the API is
        // inside it; page set-up changes therefore form their own undo step, before the text's.
        for (Fix f : pageFixes) {
            applied += apply(f, ranges, pages) ? 1 : 0;
        }
        if (!pages.isEmpty()) {
            undo.addUndoAction(pages);
        }
        if (!textFixes.isEmpty()) {
            undo.enterUndoContext(title);
            try {
                for (Fix f : textFixes) {
                    applied += apply(f, ranges, pages) ? 1 : 0;
                }
            } finally {
                undo.leaveUndoContext();
            }
        }
        return applied;
    }

    private static boolean isPageFix(Fix f) {
        return f instanceof Fix.SetPageSize || f instanceof Fix.SetPageMargins;
    }

    private static int order(Fix f) {
        return f instanceof Fix.ReplaceText ? 0 : 1;
    }

    private static int start(Fix f) {
        return f instanceof Fix.ReplaceText r ? r.start() : 0;
    }

    private boolean apply(Fix fix, Map<Integer, XTextRange> ranges, PropertyUndo pages)
            throws com.sun.star.uno.Exception {
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
                XPropertySet props = UnoRuntime.queryInterface(XPropertySet.class, c);
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
            case Fix.SetPageSize p -> {
                // Writer keeps no undo for page styles set through the API: record it ourselves.
                XPropertySet style = pageStyle(p.pageStyle());
                pages.set(style, "IsLandscape", false);
                pages.set(style, "Width", (int) Math.round(p.widthMm() * 100));
                pages.set(style, "Height", (int) Math.round(p.heightMm() * 100));
                return true;
            }
            case Fix.SetPageMargins m -> {
                XPropertySet style = pageStyle(m.pageStyle());
                pages.set(style, "TopMargin", (int) Math.round(m.topMm() * 100));
                pages.set(style, "BottomMargin", (int) Math.round(m.bottomMm() * 100));
                pages.set(style, "LeftMargin", (int) Math.round(m.leftMm() * 100));
                pages.set(style, "RightMargin", (int) Math.round(m.rightMm() * 100));
                return true;
            }
        }
    }

    private XPropertySet pageStyle(String name) throws com.sun.star.uno.Exception {
        XNameAccess families = UnoRuntime.queryInterface(XStyleFamiliesSupplier.class, model).getStyleFamilies();
        XNameAccess pages = UnoRuntime.queryInterface(XNameAccess.class, families.getByName("PageStyles"));
        return UnoRuntime.queryInterface(XPropertySet.class, pages.getByName(name));
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
