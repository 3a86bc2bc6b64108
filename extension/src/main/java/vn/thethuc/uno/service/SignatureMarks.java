package vn.thethuc.uno.service;

import vn.thethuc.uno.boot.Proxies;
import com.sun.star.beans.PropertyValue;
import com.sun.star.container.XNamed;
import com.sun.star.frame.XModel;
import com.sun.star.lang.XMultiServiceFactory;
import com.sun.star.text.XTextContent;
import com.sun.star.text.XTextRange;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thethuc.document.DocumentSnapshot;
import vn.thethuc.document.Paragraph;
import vn.thethuc.recognize.Recognizer;
import vn.thethuc.recognize.Structure;
import vn.thethuc.profile.Nd30Profile;
import vn.thethuc.sign.Appearance;
import vn.thethuc.sign.ReservedFields;
import vn.thethuc.uno.office.DocumentReader;

/**
 * Marks the signature block of a document about to be exported for signing: the title line (its
 * start) and the signer's name (start and end), as bookmarks LibreOffice's PDF export turns into
 * named destinations — so the signature's box is found from the document, not fixed coordinates.
 * Call on a document that will not be saved (the CLI's loaded copy, a hidden copy in Writer).
 */
public final class SignatureMarks {
    private SignatureMarks() {
    }

    /**
     * Marks the signature block, and the blanks the signer left for the records office (the number, the day:
     * {@link ReservedFields}). False when the document has no recognisable signature block (the signature is
     * then invisible).
     */
    public static boolean mark(XModel model) throws com.sun.star.uno.Exception {
        markBlanks(model);
        return markBlock(model);
    }

    /** The header's blank number and blank day, each marked at its start and end, if the draft has them. */
    static void markBlanks(XModel model) throws com.sun.star.uno.Exception {
        XMultiServiceFactory factory = Proxies.q(XMultiServiceFactory.class, model);
        var existing = Proxies.q(com.sun.star.text.XBookmarksSupplier.class, model).getBookmarks();
        for (String n : existing.getElementNames()) {
            if (n.equals(ReservedFields.NUMBER_MARK) || n.equals(ReservedFields.NUMBER_END_MARK)
                    || n.equals(ReservedFields.DAY_MARK) || n.equals(ReservedFields.DAY_END_MARK)
                    || n.startsWith(ReservedFields.MONTH_MARK)) {
                Proxies.q(com.sun.star.lang.XComponent.class, existing.getByName(n)).dispose();
            }
        }
        boolean[] found = new boolean[2];
        var text = Proxies.q(com.sun.star.text.XTextDocument.class, model).getText();
        var e = Proxies.own(Proxies.q(com.sun.star.container.XEnumerationAccess.class, text).createEnumeration());
        // the header is at the top: its table (or lines) among the first elements of the body
        for (int i = 0; i < HEADER_ELEMENTS && e.hasMoreElements() && !(found[0] && found[1]); i++) {
            Object element = e.nextElement();
            var table = Proxies.q(com.sun.star.text.XTextTable.class, element);
            if (table != null) {
                for (String cellName : table.getCellNames()) {
                    var cell = Proxies.q(com.sun.star.text.XText.class, table.getCellByName(cellName));
                    var paragraphs = Proxies.own(Proxies.q(com.sun.star.container.XEnumerationAccess.class, cell)
                            .createEnumeration());
                    while (paragraphs.hasMoreElements()) {
                        blanks(factory, Proxies.q(XTextRange.class, paragraphs.nextElement()), found);
                    }
                }
            } else {
                blanks(factory, Proxies.q(XTextRange.class, element), found);
            }
        }
    }

    /** How many elements of the body's start are looked at for the header's blanks. */
    static final int HEADER_ELEMENTS = 12;

    private static void blanks(XMultiServiceFactory factory, XTextRange paragraph, boolean[] found)
            throws com.sun.star.uno.Exception {
        if (paragraph == null) {
            return;
        }
        String s = paragraph.getString();
        if (!found[0]) {
            var number = ReservedFields.blankNumber(s);
            if (number.isPresent()) {
                found[0] = true;
                markBlank(factory, paragraph, number.get(), ReservedFields.NUMBER_MARK, ReservedFields.NUMBER_END_MARK);
                return;
            }
        }
        if (!found[1]) {
            var day = ReservedFields.blankDay(s);
            if (day.isPresent()) {
                found[1] = true;
                markBlank(factory, paragraph, day.get(), ReservedFields.DAY_MARK, ReservedFields.DAY_END_MARK);
                if (!day.get().monthYear().isEmpty()) {
                    var cursor = paragraph.getText().createTextCursorByRange(paragraph.getStart());
                    cursor.goRight((short) day.get().start(), false);
                    bookmark(factory, ReservedFields.monthMark(day.get().monthYear()), cursor.getStart());
                }
            }
        }
    }

    private static void markBlank(XMultiServiceFactory factory, XTextRange paragraph, ReservedFields.Blank blank,
            String startMark, String endMark) throws com.sun.star.uno.Exception {
        var cursor = paragraph.getText().createTextCursorByRange(paragraph.getStart());
        cursor.goRight((short) blank.start(), false);
        bookmark(factory, startMark, cursor.getStart());
        cursor.goRight((short) (blank.end() - blank.start()), false);
        bookmark(factory, endMark, cursor.getStart());
    }

    private static boolean markBlock(XModel model) throws com.sun.star.uno.Exception {
        XTextRange[] quick = inLastTable(model);
        if (quick != null) {
            place(model, quick[0], quick[1]);
            return true;
        }
        Map<Integer, XTextRange> ranges = new HashMap<>();
        DocumentSnapshot snapshot = new DocumentReader(model).read(ranges::put);
        Structure structure = new Recognizer(Nd30Profile.standard()).recognize(snapshot);
        List<Paragraph> block = structure.signature().stream().filter(p -> !p.text().isBlank()).toList();
        if (block.size() < 2) {
            return false;
        }
        XTextRange name = ranges.get(block.get(block.size() - 1).index());
        XTextRange title = ranges.get(block.get(block.size() - 2).index());
        if (name == null || title == null) {
            return false;
        }
        place(model, title, name);
        return true;
    }

    /**
     * The NĐ30 layout's closing: a borderless table at the end whose cell ends with the title line (in
     * capitals) and the signer's name. Found with a few calls (the whole document is read only when this
     * fails): {title, name}, or null.
     */
    private static XTextRange[] inLastTable(XModel model) throws com.sun.star.uno.Exception {
        var tables = Proxies.q(com.sun.star.text.XTextTablesSupplier.class, model).getTextTables();
        var text = Proxies.q(com.sun.star.text.XTextDocument.class, model).getText();
        var order = Proxies.q(com.sun.star.text.XTextRangeCompare.class, text);
        com.sun.star.text.XTextTable last = null;
        XTextRange lastAnchor = null;
        for (String n : tables.getElementNames()) {
            var t = Proxies.q(com.sun.star.text.XTextTable.class, tables.getByName(n));
            XTextRange anchor = t.getAnchor();
            try {
                if (lastAnchor == null || order.compareRegionStarts(lastAnchor, anchor) > 0) {
                    last = t;
                    lastAnchor = anchor;
                }
            } catch (com.sun.star.lang.IllegalArgumentException e) {
                // a table inside a table or a frame: not the closing
            }
        }
        if (last == null) {
            return null;
        }
        XTextRange[] found = null;
        for (String cellName : last.getCellNames()) {
            var cell = Proxies.q(com.sun.star.text.XText.class, last.getCellByName(cellName));
            List<XTextRange> lines = new java.util.ArrayList<>();
            var e = Proxies.own(Proxies.q(com.sun.star.container.XEnumerationAccess.class, cell).createEnumeration());
            while (e.hasMoreElements()) {
                XTextRange p = Proxies.q(XTextRange.class, e.nextElement());
                if (p != null && !p.getString().isBlank()) {
                    lines.add(p);
                }
            }
            if (lines.size() >= 2) {
                String title = lines.get(lines.size() - 2).getString().strip();
                String name = lines.get(lines.size() - 1).getString().strip();
                if (title.equals(title.toUpperCase(java.util.Locale.ROOT)) && !name.equals(name.toUpperCase(
                        java.util.Locale.ROOT))) {
                    found = new XTextRange[] {lines.get(lines.size() - 2), lines.get(lines.size() - 1)};
                }
            }
        }
        return found;
    }

    private static void place(XModel model, XTextRange title, XTextRange name) throws com.sun.star.uno.Exception {
        XMultiServiceFactory factory = Proxies.q(XMultiServiceFactory.class, model);
        // marked before (the same copy exported twice): the old marks go, the names stay exact
        var existing = Proxies.q(com.sun.star.text.XBookmarksSupplier.class, model).getBookmarks();
        for (String n : List.of(Appearance.TITLE_MARK, Appearance.NAME_MARK, Appearance.NAME_END_MARK)) {
            if (existing.hasByName(n)) {
                Proxies.q(com.sun.star.lang.XComponent.class, existing.getByName(n)).dispose();
            }
        }
        bookmark(factory, Appearance.TITLE_MARK, title.getStart());
        bookmark(factory, Appearance.NAME_MARK, name.getStart());
        bookmark(factory, Appearance.NAME_END_MARK, name.getEnd());
    }

    private static void bookmark(XMultiServiceFactory factory, String name, XTextRange at)
            throws com.sun.star.uno.Exception {
        Object mark = factory.createInstance("com.sun.star.text.Bookmark");
        Proxies.q(XNamed.class, mark).setName(name);
        at.getText().insertTextContent(at, Proxies.q(XTextContent.class, mark), false);
    }

    /** The PDF export's settings: NĐ30 asks for PDF 1.4 or later (LibreOffice 7.4 writes 1.6); marks as destinations. */
    public static PropertyValue[] exportFilter(boolean pdfA) {
        List<PropertyValue> data = new java.util.ArrayList<>();
        data.add(value("ExportBookmarksToPDFDestination", true));
        if (pdfA) {
            data.add(value("SelectPdfVersion", 2)); // PDF/A-2b
        }
        PropertyValue[] filterData = data.toArray(new PropertyValue[0]);
        return new PropertyValue[] {value("FilterName", "writer_pdf_Export"),
            value("FilterData", new com.sun.star.uno.Any(new com.sun.star.uno.Type(PropertyValue[].class), filterData))};
    }

    private static PropertyValue value(String name, Object v) {
        PropertyValue p = new PropertyValue();
        p.Name = name;
        p.Value = v;
        return p;
    }
}
