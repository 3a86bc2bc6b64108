package vn.thethuc.uno.insert;

import vn.thethuc.uno.boot.Proxies;
import com.sun.star.beans.XMultiPropertySet;
import com.sun.star.beans.XMultiPropertyStates;
import com.sun.star.beans.XPropertySet;
import com.sun.star.container.XNameAccess;
import com.sun.star.container.XNameContainer;
import com.sun.star.document.XUndoManager;
import com.sun.star.document.XUndoManagerSupplier;
import com.sun.star.lang.XMultiServiceFactory;
import com.sun.star.style.XStyleFamiliesSupplier;
import com.sun.star.table.BorderLine2;
import com.sun.star.table.TableBorder2;
import com.sun.star.text.ControlCharacter;
import com.sun.star.text.TableColumnSeparator;
import com.sun.star.text.XParagraphCursor;
import com.sun.star.text.XText;
import com.sun.star.text.XTextContent;
import com.sun.star.text.XTextCursor;
import com.sun.star.text.XTextDocument;
import com.sun.star.text.XTextRange;
import com.sun.star.text.XTextTable;
import java.util.ArrayList;
import java.util.List;
import vn.thethuc.document.Alignment;
import vn.thethuc.plan.Block;
import vn.thethuc.plan.Style;
import vn.thethuc.plan.Zone;

/**
 * Puts a laid-out document ({@link vn.thethuc.plan.Layout}) into Writer: the "VB …" paragraph styles
 * and the NĐ30 page styles when missing, the header and the closing as borderless two-column tables,
 * the body as paragraphs of those styles — the whole insertion one undo step.
 */
public final class DocumentBuilder {
    /** Page 1 (no page number) and the pages after it (number centred in the header). */
    public static final String FIRST_PAGE = "VB Trang đầu";
    public static final String PAGE = "VB Trang";
    /** Spans the date line, so that a document made from a template can be given today's date. */
    public static final String DATE_BOOKMARK = "VB_NgayThang";

    private static final int HEADER_SPLIT = vn.thethuc.plan.Layout.HEADER_SPLIT;
    private static final int CLOSING_SPLIT = 5000;
    /** The language of every text the builder writes: spelling, hyphenation and the PDF's /Lang follow it. */
    public static final com.sun.star.lang.Locale VIETNAMESE = new com.sun.star.lang.Locale("vi", "VN", "");
    private static final String[] RESET = {"CharFontName", "CharHeight", "CharLocale", "CharWeight", "CharPosture", "CharColor",
        "ParaAdjust", "ParaFirstLineIndent", "ParaLeftMargin", "ParaRightMargin", "ParaTopMargin", "ParaBottomMargin",
        "ParaLineSpacing"};

    private final XTextDocument document;
    private final XMultiServiceFactory factory;
    private final boolean placeholders;

    /**
     * {@code placeholders}: guidance sentences become placeholder fields (shown on screen, replaced by
     * one click and typing, not printed) — for Writer and the templates; plain text for files made headless.
     */
    public DocumentBuilder(XTextDocument document, boolean placeholders) {
        this.document = document;
        this.factory = Proxies.q(XMultiServiceFactory.class, document);
        this.placeholders = placeholders;
    }

    /**
     * Inserts {@code blocks} at {@code at} (the start of the document when null) under one undo
     * action named {@code title}. At the start of the document the NĐ30 page styles are applied.
     */
    public void insert(List<Block> blocks, XTextRange at, String title) throws com.sun.star.uno.Exception {
        insert(List.of(java.util.Map.entry(at == null ? document.getText().getStart() : at, blocks)), title);
    }

    /**
     * Several pieces, each at its place (after the paragraph the place is in, or into it when it is
     * empty), under one undo step. Give them last place first: a place is not moved by what goes in
     * after it.
     */
    public void insert(List<java.util.Map.Entry<XTextRange, List<Block>>> pieces, String title)
            throws com.sun.star.uno.Exception {
        XUndoManager undo = Proxies.q(XUndoManagerSupplier.class, document).getUndoManager();
        ensureStyles();
        undo.enterUndoContext(title);
        try {
            for (java.util.Map.Entry<XTextRange, List<Block>> piece : pieces) {
                place(piece.getValue(), piece.getKey());
            }
        } finally {
            undo.leaveUndoContext();
        }
    }

    private void place(List<Block> blocks, XTextRange at) throws com.sun.star.uno.Exception {
        XText text = document.getText();
        XTextCursor cursor = text.createTextCursorByRange(at);
        XParagraphCursor para = Proxies.q(XParagraphCursor.class, cursor);
        // Never split the user's paragraph: the new content goes in an empty paragraph of its own,
        // before the paragraph when the cursor is at its start, else after it.
        if (para.isStartOfParagraph() && !para.isEndOfParagraph()) {
            text.insertControlCharacter(cursor, ControlCharacter.PARAGRAPH_BREAK, false);
            para.gotoPreviousParagraph(false);
        } else if (!para.isStartOfParagraph()) {
            para.gotoEndOfParagraph(false);
            text.insertControlCharacter(cursor, ControlCharacter.PARAGRAPH_BREAK, false);
        }
        boolean atStart = isDocumentStart(text, cursor);
        List<List<Block>> groups = groups(blocks);
        for (int g = 0; g < groups.size(); g++) {
            List<Block> group = groups.get(g);
            Zone zone = group.get(0).zone();
            if (zone == Zone.BODY) {
                for (int i = 0; i < group.size(); i++) {
                    if (i > 0) {
                        text.insertControlCharacter(cursor, ControlCharacter.PARAGRAPH_BREAK, false);
                    }
                    paragraph(text, cursor, group.get(i));
                }
                if (g + 1 < groups.size()) {
                    // the next table sits before an empty paragraph
                    text.insertControlCharacter(cursor, ControlCharacter.PARAGRAPH_BREAK, false);
                }
            } else {
                // A table goes in before the (empty) paragraph at the cursor, which stays after it.
                XTextTable table = table(text, cursor, group, zone == Zone.HEADER_LEFT || zone == Zone.HEADER_RIGHT
                        ? HEADER_SPLIT : CLOSING_SPLIT);
                if (g == 0 && atStart) {
                    Proxies.q(XPropertySet.class, table).setPropertyValue("PageDescName", FIRST_PAGE);
                }
                if (g + 1 == groups.size()) {
                    styleOnly(cursor, Style.NOI_DUNG);
                }
            }
        }
    }

    private static boolean isDocumentStart(XText text, XTextCursor cursor) {
        XTextCursor probe = text.createTextCursorByRange(text.getStart());
        return Proxies.q(com.sun.star.text.XTextRangeCompare.class, text)
                .compareRegionStarts(probe, cursor) == 0;
    }

    /** Consecutive blocks that go together: the header table, body paragraphs, the closing table. */
    static List<List<Block>> groups(List<Block> blocks) {
        List<List<Block>> out = new ArrayList<>();
        for (Block b : blocks) {
            List<Block> last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && part(last.get(0).zone()) == part(b.zone())) {
                last.add(b);
            } else {
                out.add(new ArrayList<>(List.of(b)));
            }
        }
        return out;
    }

    private static int part(Zone z) {
        return switch (z) {
            case HEADER_LEFT, HEADER_RIGHT -> 0;
            case BODY -> 1;
            case RECIPIENTS, SIGNATURE -> 2;
        };
    }

    private void paragraph(XText text, XTextCursor cursor, Block b) throws com.sun.star.uno.Exception {
        styleOnly(cursor, b.style());
        write(text, cursor, b);
        if (b.mark() != null) {
            bookmark(text, cursor, b.mark());
        }
    }

    /** A bookmark (not printed) over the paragraph just written: what makes a task traceable to its id. */
    private void bookmark(XText text, XTextCursor cursor, String name) throws com.sun.star.uno.Exception {
        XParagraphCursor line = Proxies.q(XParagraphCursor.class, text.createTextCursorByRange(cursor));
        line.gotoStartOfParagraph(true);
        XTextContent mark = Proxies.q(XTextContent.class,
                factory.createInstance("com.sun.star.text.Bookmark"));
        Proxies.q(com.sun.star.container.XNamed.class, mark).setName(name);
        text.insertTextContent(line, mark, true);
    }

    /** The block's text; its guidance sentence as a placeholder field, selected whole by one click. */
    private void write(XText text, XTextCursor cursor, Block b) throws com.sun.star.uno.Exception {
        if (!placeholders || !b.hasPlaceholder()) {
            text.insertString(cursor, b.text(), false);
            return;
        }
        text.insertString(cursor, b.text().substring(0, b.placeholderStart()), false);
        String sentence = b.text().substring(b.placeholderStart(), b.placeholderEnd());
        XPropertySet field = Proxies.q(XPropertySet.class,
                factory.createInstance("com.sun.star.text.TextField.JumpEdit"));
        field.setPropertyValue("PlaceHolder", sentence);
        field.setPropertyValue("Hint", sentence);
        field.setPropertyValue("PlaceHolderType", com.sun.star.text.PlaceholderType.TEXT);
        text.insertTextContent(cursor, Proxies.q(XTextContent.class, field), false);
        text.insertString(cursor, b.text().substring(b.placeholderEnd()), false);
    }

    /** The paragraph at the cursor takes {@code style} with no direct formatting left over. */
    private static void styleOnly(XTextCursor cursor, Style style) throws com.sun.star.uno.Exception {
        XParagraphCursor p = Proxies.q(XParagraphCursor.class, cursor);
        XTextCursor whole = cursor.getText().createTextCursorByRange(cursor);
        XParagraphCursor wp = Proxies.q(XParagraphCursor.class, whole);
        wp.gotoStartOfParagraph(false);
        wp.gotoEndOfParagraph(true);
        Proxies.q(XMultiPropertyStates.class, whole).setPropertiesToDefault(RESET);
        Proxies.q(XPropertySet.class, p).setPropertyValue("ParaStyleName", style.displayName());
    }

    private XTextTable table(XText text, XTextCursor cursor, List<Block> blocks, int split)
            throws com.sun.star.uno.Exception {
        XTextTable table = Proxies.q(XTextTable.class,
                factory.createInstance("com.sun.star.text.TextTable"));
        table.initialize(1, 2);
        text.insertTextContent(cursor, table, false);
        XPropertySet props = Proxies.q(XPropertySet.class, table);
        BorderLine2 none = new BorderLine2();
        TableBorder2 border = new TableBorder2(none, true, none, true, none, true, none, true, none, true, none, true,
                (short) 0, true);
        props.setPropertyValue("TableBorder2", border);
        short sum = (short) Proxies.q(XPropertySet.class, table).getPropertyValue("TableColumnRelativeSum");
        TableColumnSeparator[] separators = (TableColumnSeparator[]) props.getPropertyValue("TableColumnSeparators");
        separators[0].Position = (short) (sum * split / 10000);
        props.setPropertyValue("TableColumnSeparators", separators);
        fill(table, "A1", blocks.stream().filter(b -> b.zone() == Zone.HEADER_LEFT || b.zone() == Zone.RECIPIENTS).toList());
        fill(table, "B1", blocks.stream().filter(b -> b.zone() == Zone.HEADER_RIGHT || b.zone() == Zone.SIGNATURE).toList());
        return table;
    }

    private void fill(XTextTable table, String cell, List<Block> blocks) throws com.sun.star.uno.Exception {
        XText text = Proxies.q(XText.class, table.getCellByName(cell));
        XTextCursor cursor = text.createTextCursor();
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0) {
                text.insertControlCharacter(cursor, ControlCharacter.PARAGRAPH_BREAK, false);
            }
            styleOnly(cursor, blocks.get(i).style());
            write(text, cursor, blocks.get(i));
            Style above = i > 0 ? blocks.get(i - 1).style() : null;
            if ((above == Style.CO_QUAN || above == Style.TIEU_NGU) && blocks.get(i).style() != above) {
                // Phụ lục I, II.1–2: a solid line under the agency name (a third to a half of its longest
                // line) and under the Tiêu ngữ (as long as it), drawn at the top of the line that follows.
                Block over = blocks.stream().filter(b -> b.style() == above)
                        .max(java.util.Comparator.comparingInt(b -> b.text().length())).orElse(blocks.get(i - 1));
                rule(text, cursor, over, above == Style.CO_QUAN ? 0.4 : 1.0);
            }
            if (blocks.get(i).style() == Style.NGAY_THANG) {
                bookmark(text, cursor, DATE_BOOKMARK);
            }
        }
    }

    /**
     * A horizontal line, centred, anchored to the paragraph at {@code cursor}, {@code share} of the
     * estimated width of {@code over}'s text (no API measures text: {@link vn.thethuc.plan.AgencyName#widthMm}).
     */
    private void rule(XText text, XTextCursor cursor, Block over, double share) throws com.sun.star.uno.Exception {
        double widthMm = vn.thethuc.plan.AgencyName.widthMm(over.text(), over.style().size()) * share;
        Object shape = factory.createInstance("com.sun.star.drawing.LineShape");
        Proxies.q(com.sun.star.drawing.XShape.class, shape)
                .setSize(new com.sun.star.awt.Size((int) Math.round(widthMm * 100), 0));
        XPropertySet p = Proxies.q(XPropertySet.class, shape);
        p.setPropertyValue("AnchorType", com.sun.star.text.TextContentAnchorType.AT_PARAGRAPH);
        p.setPropertyValue("HoriOrient", com.sun.star.text.HoriOrientation.CENTER);
        p.setPropertyValue("HoriOrientRelation", com.sun.star.text.RelOrientation.PRINT_AREA);
        p.setPropertyValue("VertOrient", com.sun.star.text.VertOrientation.NONE);
        p.setPropertyValue("VertOrientRelation", com.sun.star.text.RelOrientation.FRAME);
        p.setPropertyValue("VertOrientPosition", 50);
        p.setPropertyValue("Surround", com.sun.star.text.WrapTextMode.THROUGH);
        p.setPropertyValue("LineWidth", 18);
        p.setPropertyValue("LineColor", 0);
        p.setPropertyValue("Name", over.style() == Style.CO_QUAN ? "VB Gạch dưới cơ quan" : "VB Gạch dưới tiêu ngữ");
        XParagraphCursor at = Proxies.q(XParagraphCursor.class, text.createTextCursorByRange(cursor));
        at.gotoStartOfParagraph(false);
        text.insertTextContent(at, Proxies.q(XTextContent.class, shape), false);
    }

    /**
     * A new document's own language (Tools › Options › Language Settings › for the current document): Vietnamese.
     * Set on the document itself: an object of the "com.sun.star.text.Defaults" service, released later by Java's
     * finalizer, crashes LibreOffice 7.4 once its document is closed.
     */
    public void vietnameseByDefault() throws com.sun.star.uno.Exception {
        Proxies.q(XPropertySet.class, document).setPropertyValue("CharLocale", VIETNAMESE);
    }

    /** Creates the styles the layout uses, leaving any the document already has as they are. */
    void ensureStyles() throws com.sun.star.uno.Exception {
        XNameAccess families = Proxies.q(XStyleFamiliesSupplier.class, document).getStyleFamilies();
        XNameContainer paragraphs = Proxies.q(XNameContainer.class, families.getByName("ParagraphStyles"));
        List<Style> created = new ArrayList<>();
        for (Style s : Style.values()) {
            if (!paragraphs.hasByName(s.displayName())) {
                Object style = factory.createInstance("com.sun.star.style.ParagraphStyle");
                paragraphs.insertByName(s.displayName(), style);
                format(Proxies.q(XMultiPropertySet.class, style), s);
                created.add(s);
            }
        }
        // Only styles made now: touching an existing style would cost the user the undo history.
        for (Style s : created) {
            Style next = follower(s);
            if (next != s) {
                Proxies.q(XPropertySet.class, paragraphs.getByName(s.displayName()))
                        .setPropertyValue("FollowStyle", next.displayName());
            }
        }
        XNameContainer pages = Proxies.q(XNameContainer.class, families.getByName("PageStyles"));
        if (!pages.hasByName(PAGE)) {
            Object style = factory.createInstance("com.sun.star.style.PageStyle");
            pages.insertByName(PAGE, style);
            page(Proxies.q(XPropertySet.class, style), true);
        }
        if (!pages.hasByName(FIRST_PAGE)) {
            Object style = factory.createInstance("com.sun.star.style.PageStyle");
            pages.insertByName(FIRST_PAGE, style);
            page(Proxies.q(XPropertySet.class, style), false);
        }
    }

    /** Where Enter leads: after a heading, the prose; after the label, the recipients. */
    static Style follower(Style s) {
        return switch (s) {
            case TEN_LOAI, TRICH_YEU, THAM_QUYEN, KINH_GUI, MUC_I, MUC_1 -> Style.NOI_DUNG;
            case NOI_NHAN -> Style.NOI_NHAN_DONG;
            case CHUC_VU_KY -> Style.HO_TEN_KY;
            default -> s;
        };
    }

    private static void format(XMultiPropertySet style, Style s) throws com.sun.star.uno.Exception {
        com.sun.star.style.LineSpacing single = new com.sun.star.style.LineSpacing((short) 0, (short) 100);
        String[] names = {"CharFontName", "CharHeight", "CharLocale", "CharPosture", "CharWeight", "ParaAdjust",
            "ParaBottomMargin", "ParaFirstLineIndent", "ParaLineSpacing", "ParaTopMargin"};
        Object[] values = {Style.FONT, (float) s.size(), VIETNAMESE,
            s.italic() ? com.sun.star.awt.FontSlant.ITALIC : com.sun.star.awt.FontSlant.NONE,
            s.bold() ? com.sun.star.awt.FontWeight.BOLD : com.sun.star.awt.FontWeight.NORMAL,
            adjust(s.alignment()), (int) Math.round(s.spaceAfterPt() * 2540 / 72.0),
            (int) Math.round(s.firstLineIndentMm() * 100), single, (int) Math.round(s.spaceBeforePt() * 2540 / 72.0)};
        style.setPropertyValues(names, values);
        if (s == Style.MUC_I || s == Style.MUC_1) {
            Proxies.q(XPropertySet.class, style).setPropertyValue("OutlineLevel",
                    (short) (s == Style.MUC_I ? 1 : 2));
        }
    }

    private static com.sun.star.style.ParagraphAdjust adjust(Alignment a) {
        return switch (a) {
            case CENTER -> com.sun.star.style.ParagraphAdjust.CENTER;
            case RIGHT -> com.sun.star.style.ParagraphAdjust.RIGHT;
            case JUSTIFY -> com.sun.star.style.ParagraphAdjust.BLOCK;
            default -> com.sun.star.style.ParagraphAdjust.LEFT;
        };
    }

    /** A4 portrait with NĐ30's margins (Phụ lục I, I.3): top and bottom 20 mm, left 30 mm, right 15 mm. */
    public static void a4(XPropertySet style) throws com.sun.star.uno.Exception {
        Proxies.q(XMultiPropertySet.class, style).setPropertyValues(
                new String[] {"BottomMargin", "Height", "IsLandscape", "LeftMargin", "RightMargin", "TopMargin", "Width"},
                new Object[] {2000, 29700, false, 3000, 1500, 2000, 21000});
    }

    /** The first page without number, the following pages with it. */
    private void page(XPropertySet style, boolean numbered) throws com.sun.star.uno.Exception {
        a4(style);
        style.setPropertyValue("FollowStyle", PAGE);
        if (!numbered) {
            style.setPropertyValue("HeaderIsOn", false);
            return;
        }
        style.setPropertyValue("HeaderIsOn", true);
        style.setPropertyValue("HeaderBodyDistance", 250);
        XText header = Proxies.q(XText.class, style.getPropertyValue("HeaderText"));
        XTextCursor c = header.createTextCursor();
        XPropertySet cp = Proxies.q(XPropertySet.class, c);
        cp.setPropertyValue("ParaAdjust", com.sun.star.style.ParagraphAdjust.CENTER);
        cp.setPropertyValue("CharFontName", Style.FONT);
        cp.setPropertyValue("CharHeight", 14f);
        XPropertySet field = Proxies.q(XPropertySet.class,
                factory.createInstance("com.sun.star.text.TextField.PageNumber"));
        field.setPropertyValue("NumberingType", com.sun.star.style.NumberingType.ARABIC);
        field.setPropertyValue("SubType", com.sun.star.text.PageNumberType.CURRENT);
        header.insertTextContent(c, Proxies.q(XTextContent.class, field), false);
    }
}
