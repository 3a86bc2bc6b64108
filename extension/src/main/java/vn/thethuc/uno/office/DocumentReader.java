package vn.thethuc.uno.office;

import vn.thethuc.uno.boot.Proxies;
import com.sun.star.beans.XMultiPropertySet;
import com.sun.star.beans.XPropertySet;
import com.sun.star.container.XEnumeration;
import com.sun.star.container.XEnumerationAccess;
import com.sun.star.container.XNameAccess;
import com.sun.star.frame.XController;
import com.sun.star.frame.XModel;
import com.sun.star.lang.XServiceInfo;
import com.sun.star.style.XStyleFamiliesSupplier;
import com.sun.star.table.XCell;
import com.sun.star.text.XPageCursor;
import com.sun.star.text.XText;
import com.sun.star.text.XTextContent;
import com.sun.star.text.XTextFieldsSupplier;
import com.sun.star.text.XTextRange;
import com.sun.star.text.XTextTable;
import com.sun.star.text.XTextViewCursorSupplier;
import com.sun.star.uno.AnyConverter;
import com.sun.star.uno.UnoRuntime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thethuc.document.Alignment;
import vn.thethuc.document.DocumentSnapshot;
import vn.thethuc.document.LineSpacing;
import vn.thethuc.document.PageSetup;
import vn.thethuc.document.Paragraph;
import vn.thethuc.document.Place;
import vn.thethuc.document.Run;
import vn.thethuc.document.WordTableRuns;

/**
 * Reads a Writer document into the immutable snapshot in one pass: paragraphs of the body and of
 * table cells in document order, their runs with effective formats, and the page styles in use.
 * Reads never modify the document; properties are fetched in bulk.
 */
public final class DocumentReader {
    /** In the order XMultiPropertySet asks for (sorted). */
    public static final String[] PARA_PROPS = {"ParaAdjust", "ParaBottomMargin", "ParaFirstLineIndent", "ParaLeftMargin",
        "ParaLineSpacing", "ParaTopMargin", "PageStyleName", "ListLabelString"};
    public static final String[] RUN_PROPS = {"CharColor", "CharFontName", "CharHeight", "CharPosture", "CharWeight", "CharLocale",
        "TextPortionType"};
    private static final double PT_PER_100MM = 72.0 / 2540.0;

    private final XModel model;
    private final Progress progress;
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final Set<String> pageStyleNames = new LinkedHashSet<>();
    private final Map<String, Integer> marks = new LinkedHashMap<>();
    /** Without bookmarks in the document, no empty portion is noted as a bookmark's start. */
    private boolean hasMarks;
    private int tables;
    /** What Word shows in the table cells of the file, where Writer's import differs (see WordTableRuns); null: nothing. */
    private WordTableRuns wordTables;
    /** Whether to read the page of the closing's paragraphs (it moves the view cursor, and puts it back). */
    private boolean withPages;
    /** Rows of the table being read, 0 outside tables. */
    private int rowsOfTable;
    /** Paragraphs whose page to read: those of small tables (a closing block) and the last ones of the text. */
    private final Map<Integer, XTextRange> pageCandidates = new LinkedHashMap<>();
    private static final int LAST_PARAGRAPHS = 40;
    /** The last paragraphs outside tables, in a ring: kept without allocating per paragraph. */
    private final int[] lastIndex = new int[LAST_PARAGRAPHS];
    private final XTextRange[] lastRange = new XTextRange[LAST_PARAGRAPHS];
    private int lastCount;
    private static final int SMALL_TABLE_ROWS = 3;
    /** Longer than this, a paragraph is not a line of the signature block. */
    private static final int SIGNATURE_LINE = 120;

    public DocumentReader(XModel model) {
        this(model, Progress.NONE);
    }

    public DocumentReader(XModel model, Progress progress) {
        this.model = model;
        this.progress = progress;
    }

    /** Also read on which page the paragraphs of the closing start (for ND30.SIGN.KEEP). */
    public DocumentReader withPages() {
        withPages = true;
        return this;
    }

    /** Told how the read advances; asked, paragraph by paragraph, whether to stop. */
    public interface Progress {
        Progress NONE = new Progress() {
        };

        default void start(int paragraphEstimate) {
        }

        /** Every 64 paragraphs. */
        default void at(int paragraph) {
        }

        default boolean cancelled() {
            return false;
        }

        default void end() {
        }
    }

    /** The user cancelled the check while the document was being read. */
    public static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super("cancelled", null, false, false);
        }
    }

    /** The paragraphs in the order the snapshot numbers them; {@code uno} code maps findings back with it. */
    public interface Visitor {
        void paragraph(int index, XTextRange range);
    }

    public DocumentSnapshot read() throws com.sun.star.uno.Exception {
        return read(null);
    }

    public DocumentSnapshot read(Visitor visitor) throws com.sun.star.uno.Exception {
        XText text = Proxies.q(com.sun.star.text.XTextDocument.class, model).getText();
        progress.start(paragraphEstimate(model));
        com.sun.star.text.XBookmarksSupplier bookmarks = Proxies.q(
                com.sun.star.text.XBookmarksSupplier.class, model);
        hasMarks = bookmarks != null && bookmarks.getBookmarks().hasElements();
        wordTables = WordTableRuns.of(file(model.getURL())).orElse(null);
        try {
            readText(text, Place.BODY, visitor);
            Map<Integer, Integer> starts = new HashMap<>();
            Map<Integer, Integer> ends = new HashMap<>();
            // the page count first: the view's PageCount formats the whole layout, which the pages below need
            // (a document just loaded is laid out in the background, and a page read before that is done is
            // the page of a layout still growing)
            int pageCount = pageCount();
            if (withPages) {
                for (int i = Math.max(0, lastCount - LAST_PARAGRAPHS); i < lastCount; i++) {
                    pageCandidates.put(lastIndex[i % LAST_PARAGRAPHS], lastRange[i % LAST_PARAGRAPHS]);
                }
                pagesOf(pageCandidates, starts, ends);
            }
            pageCandidates.clear();
            java.util.Arrays.fill(lastRange, null);
            return new DocumentSnapshot(paragraphs, pageStyles(), pageCount, marks, starts, ends);
        } finally {
            progress.end();
        }
    }

    /** The local file a document URL names, or null (a new document, another scheme). */
    static java.nio.file.Path file(String url) {
        try {
            return url != null && url.startsWith("file:") ? java.nio.file.Path.of(java.net.URI.create(url)) : null;
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    /**
     * How many paragraphs the file says it has (its stored statistics: nothing is laid out to know); 0 when it
     * does not say.
     */
    public static int storedParagraphs(XModel model) {
        try {
            for (com.sun.star.beans.NamedValue v : Proxies.q(
                    com.sun.star.document.XDocumentPropertiesSupplier.class, model).getDocumentProperties()
                    .getDocumentStatistics()) {
                if (v.Name.equals("ParagraphCount")) {
                    return Math.max(0, AnyConverter.toInt(v.Value));
                }
            }
        } catch (RuntimeException e) {
            // no statistics
        }
        return 0;
    }

    /**
     * How many paragraphs the document has: Writer's live count, else the statistics stored in the
     * file. For the progress bar's range and to tell a long check from a short one.
     */
    static int paragraphEstimate(XModel model) {
        try {
            com.sun.star.beans.XPropertySet doc = Proxies.q(com.sun.star.beans.XPropertySet.class, model);
            if (doc != null && doc.getPropertySetInfo().hasPropertyByName("ParagraphCount")) {
                int live = AnyConverter.toInt(doc.getPropertyValue("ParagraphCount"));
                if (live > 0) {
                    return live;
                }
            }
        } catch (com.sun.star.uno.Exception | RuntimeException e) {
            // fall back on the stored statistics
        }
        try {
            for (com.sun.star.beans.NamedValue v : Proxies.q(
                    com.sun.star.document.XDocumentPropertiesSupplier.class, model).getDocumentProperties()
                    .getDocumentStatistics()) {
                if (v.Name.equals("ParagraphCount")) {
                    return Math.max(1, AnyConverter.toInt(v.Value));
                }
            }
        } catch (RuntimeException e) {
            // no statistics: an indeterminate range will do
        }
        return 1000;
    }

    /**
     * The paragraphs of {@code text} in reading order; a table's cells row by row, a table nested in a
     * cell (a closing block laid out inside a layout table) where it stands, as a table of its own.
     */
    private void readText(XText text, Place place, Visitor visitor) throws com.sun.star.uno.Exception {
        XEnumeration e = Proxies.own(Proxies.q(XEnumerationAccess.class, text).createEnumeration());
        while (e.hasMoreElements()) {
            Object element = e.nextElement();
            XServiceInfo info = Proxies.q(XServiceInfo.class, element);
            if (info.supportsService("com.sun.star.text.TextTable")) {
                readTable(Proxies.q(XTextTable.class, element), visitor);
                continue;
            }
            if (!info.supportsService("com.sun.star.text.Paragraph")) {
                continue;
            }
            readParagraph(element, place, visitor);
        }
    }

    private void readTable(XTextTable table, Visitor visitor) throws com.sun.star.uno.Exception {
        int index = tables++;
        List<String> names = new ArrayList<>(Arrays.asList(table.getCellNames()));
        names.removeIf(n -> n.contains("."));
        names.sort(Comparator.comparingInt(DocumentReader::row).thenComparingInt(DocumentReader::column));
        int outer = rowsOfTable;
        rowsOfTable = names.stream().mapToInt(DocumentReader::row).max().orElse(0) + 1;
        try {
            for (String name : names) {
                XCell cell = table.getCellByName(name);
                readText(Proxies.q(XText.class, cell), new Place(index, row(name), column(name)), visitor);
            }
        } finally {
            rowsOfTable = outer;
        }
    }

    /** Notes a paragraph whose page may matter: in a small table, or among the last of the text. */
    private void candidate(int index, XTextRange range, Place place, String text) {
        if (!withPages || text.isBlank() || text.length() > SIGNATURE_LINE) {
            return; // signature lines are short: the page of a long paragraph is never asked
        }
        if (place.inTable()) {
            if (rowsOfTable <= SMALL_TABLE_ROWS) {
                pageCandidates.put(index, range);
            }
            return;
        }
        lastIndex[lastCount % LAST_PARAGRAPHS] = index;
        lastRange[lastCount % LAST_PARAGRAPHS] = range;
        lastCount++;
    }

    /**
     * The page each range starts and ends on (the layout formatted: {@link #pageCount()} first), through the
     * view cursor with the view locked; the cursor
     * (the user's selection) is put back. Nothing without a view, or when the layout will not say.
     */
    private void pagesOf(Map<Integer, XTextRange> ranges, Map<Integer, Integer> starts, Map<Integer, Integer> ends) {
        XController controller = Proxies.own(model.getCurrentController());
        XTextViewCursorSupplier supplier = controller == null ? null : Proxies.q(XTextViewCursorSupplier.class, controller);
        if (ranges.isEmpty() || supplier == null) {
            return;
        }
        var cursor = supplier.getViewCursor();
        XPageCursor pages = Proxies.q(XPageCursor.class, cursor);
        XTextRange start = Proxies.own(cursor.getStart());
        XTextRange end = Proxies.own(cursor.getEnd());
        model.lockControllers();
        try {
            for (Map.Entry<Integer, XTextRange> e : ranges.entrySet()) {
                cursor.gotoRange(Proxies.own(e.getValue().getStart()), false);
                starts.put(e.getKey(), (int) pages.getPage());
                cursor.gotoRange(Proxies.own(e.getValue().getEnd()), false);
                ends.put(e.getKey(), (int) pages.getPage());
            }
        } catch (RuntimeException e) {
            starts.clear(); // a range the view cannot reach (hidden text, a frame): say nothing about pages
            ends.clear();
        } finally {
            try {
                cursor.gotoRange(start, false);
                cursor.gotoRange(end, true);
            } catch (RuntimeException e) {
                // the selection was in something gone meanwhile: the cursor stays where it is
            }
            model.unlockControllers();
        }
    }

    static int column(String cellName) {
        int col = 0;
        int i = 0;
        while (i < cellName.length() && Character.isLetter(cellName.charAt(i))) {
            char c = cellName.charAt(i++);
            col = col * 52 + (Character.isUpperCase(c) ? c - 'A' : 26 + c - 'a') + (i > 1 ? 1 : 0);
        }
        return col;
    }

    public static int row(String cellName) {
        int i = 0;
        while (i < cellName.length() && Character.isLetter(cellName.charAt(i))) {
            i++;
        }
        return Integer.parseInt(cellName.substring(i)) - 1;
    }

    /**
     * Whether a portion is a fill-in the writer has not filled: a placeholder or input field (Writer's
     * ‹Nêu …› of the templates), or a content control still showing its prompt (Word's "Click or tap here").
     */
    private static boolean fill(Object portion, Object type) {
        try {
            if ("TextField".equals(type)) {
                Object field = Proxies.q(XPropertySet.class, portion).getPropertyValue("TextField");
                XServiceInfo info = Proxies.q(XServiceInfo.class, field);
                return info != null && (info.supportsService("com.sun.star.text.TextField.JumpEdit")
                        || info.supportsService("com.sun.star.text.TextField.Input"));
            }
            if ("ContentControl".equals(type)) {
                XPropertySet control = Proxies.q(XPropertySet.class,
                        Proxies.q(XPropertySet.class, portion).getPropertyValue("ContentControl"));
                return control != null && Boolean.TRUE.equals(control.getPropertyValue("ShowingPlaceHolder"));
            }
        } catch (com.sun.star.uno.Exception | RuntimeException e) {
            // a portion this version describes otherwise: plain text
        }
        return false;
    }

    /** Inside a Word text form field (FORMTEXT) from its start to its end: what is there is a fill-in. */
    private static boolean formField(Object portion, Object type, boolean inside) {
        try {
            if ("TextFieldStart".equals(type)) {
                Object mark = Proxies.q(XPropertySet.class, portion).getPropertyValue("Bookmark");
                com.sun.star.text.XFormField field = Proxies.q(com.sun.star.text.XFormField.class, mark);
                return field != null && "vnd.oasis.opendocument.field.FORMTEXT".equals(field.getFieldType());
            }
            if ("TextFieldEnd".equals(type)) {
                return false;
            }
        } catch (com.sun.star.uno.Exception | RuntimeException e) {
            return inside;
        }
        return inside;
    }

    /** An empty portion may be where a bookmark starts: noted with the paragraph it is in. */
    private void mark(Object portion, Object type) throws com.sun.star.uno.Exception {
        if (!hasMarks || !"Bookmark".equals(type)) {
            return;
        }
        XPropertySet p = Proxies.q(XPropertySet.class, portion);
        if (Boolean.TRUE.equals(p.getPropertyValue("IsStart"))) {
            com.sun.star.container.XNamed named = Proxies.q(com.sun.star.container.XNamed.class,
                    p.getPropertyValue("Bookmark"));
            if (named != null) {
                marks.putIfAbsent(named.getName(), paragraphs.size());
            }
        }
    }

    private void readParagraph(Object element, Place place, Visitor visitor) throws com.sun.star.uno.Exception {
        XTextRange range = Proxies.q(XTextRange.class, element);
        Object[] v = Proxies.q(XMultiPropertySet.class, element).getPropertyValues(PARA_PROPS);
        List<Run> runs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        XEnumeration portions = Proxies.own(Proxies.q(XEnumerationAccess.class, element).createEnumeration());
        boolean inFormField = false;
        while (portions.hasMoreElements()) {
            Object portion = portions.nextElement();
            String s = wellFormed(Proxies.q(XTextRange.class, portion).getString());
            if (s.isEmpty()) {
                // an empty portion: a bookmark's or a Word form field's start or end (or an empty paragraph)
                Object type = Proxies.q(XPropertySet.class, portion).getPropertyValue("TextPortionType");
                inFormField = formField(portion, type, inFormField);
                mark(portion, type);
                continue;
            }
            Object[] r = Proxies.q(XMultiPropertySet.class, portion).getPropertyValues(RUN_PROPS);
            inFormField = formField(portion, r[6], inFormField);
            boolean fill = inFormField || fill(portion, r[6]);
            runs.add(new Run(s, AnyConverter.toString(r[1]), AnyConverter.toFloat(r[2]),
                    AnyConverter.toFloat(r[4]) >= com.sun.star.awt.FontWeight.SEMIBOLD, italic(r[3]),
                    color(AnyConverter.toInt(r[0])), language(r[5]), fill));
            text.append(s);
        }
        if (wordTables != null && place.inTable()) {
            runs = wordTables.correct(text.toString(), runs);
        }
        LineSpacing ls = lineSpacing(v[4]);
        String pageStyle = v[6] instanceof String s ? s : "";
        if (!pageStyle.isEmpty()) {
            pageStyleNames.add(pageStyle);
        }
        int index = paragraphs.size();
        if (progress.cancelled()) {
            throw new Cancelled();
        }
        if ((index & 63) == 0) {
            progress.at(index);
        }
        paragraphs.add(new Paragraph(index, text.toString(), runs, alignment(v[0]),
                AnyConverter.toInt(v[2]) / 100.0, AnyConverter.toInt(v[5]) * PT_PER_100MM,
                AnyConverter.toInt(v[1]) * PT_PER_100MM, ls, place, v[7] instanceof String label ? label : "",
                AnyConverter.toInt(v[3]) / 100.0));
        candidate(index, range, place, paragraphs.get(index).text());
        if (visitor != null) {
            visitor.paragraph(index, range);
        }
    }

    /**
     * Lone surrogates (a file of random bytes read by the Text filter has them) replaced by U+FFFD,
     * one char for one so positions hold: LibreOffice dies marshalling such strings over a bridge.
     */
    static String wellFormed(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lone = Character.isHighSurrogate(c) ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
            if (lone) {
                if (sb == null) {
                    sb = new StringBuilder(s);
                }
                sb.setCharAt(i, '\uFFFD');
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static boolean italic(Object posture) {
        if (posture instanceof com.sun.star.awt.FontSlant slant) {
            return slant == com.sun.star.awt.FontSlant.ITALIC || slant == com.sun.star.awt.FontSlant.OBLIQUE;
        }
        return false;
    }

    private static int color(int c) {
        return c == -1 ? Run.AUTO_COLOR : c & 0xFFFFFF;
    }

    static Alignment alignment(Object adjust) {
        int a;
        try {
            a = adjust instanceof com.sun.star.style.ParagraphAdjust pa ? pa.getValue() : AnyConverter.toInt(adjust);
        } catch (com.sun.star.lang.IllegalArgumentException e) {
            return Alignment.LEFT;
        }
        return switch (a) {
            case 1 -> Alignment.RIGHT;
            case 2, 4 -> Alignment.JUSTIFY;
            case 3 -> Alignment.CENTER;
            default -> Alignment.LEFT;
        };
    }

    /** A run's language as a BCP 47 tag ("vi-VN"); "" for none ("zxx", or nothing set). */
    static String language(Object v) {
        if (!(v instanceof com.sun.star.lang.Locale l) || l.Language == null || l.Language.isEmpty()) {
            return "";
        }
        if (l.Language.equals("qlt")) {
            return l.Variant == null ? "" : l.Variant; // the full tag is kept in the variant
        }
        if (l.Language.equals("zxx")) {
            return "";
        }
        return l.Country == null || l.Country.isEmpty() ? l.Language : l.Language + "-" + l.Country;
    }

    private static LineSpacing lineSpacing(Object v) {
        if (v instanceof com.sun.star.style.LineSpacing ls) {
            return switch (ls.Mode) {
                case 1 -> new LineSpacing(LineSpacing.Mode.MINIMUM, ls.Height * PT_PER_100MM);
                case 2 -> new LineSpacing(LineSpacing.Mode.LEADING, ls.Height * PT_PER_100MM);
                case 3 -> new LineSpacing(LineSpacing.Mode.FIXED, ls.Height * PT_PER_100MM);
                default -> new LineSpacing(LineSpacing.Mode.PROPORTIONAL, ls.Height);
            };
        }
        return LineSpacing.SINGLE;
    }

    /** Page-style properties read at once; in alphabetical order, as Writer's property sets want them. */
    private static final List<String> PAGE_PROPS = List.of("BottomMargin", "FollowStyle", "FooterHeight", "FooterIsOn",
            "HeaderHeight", "HeaderIsOn", "Height", "IsLandscape", "LeftMargin", "RightMargin", "TopMargin", "Width");

    private List<PageSetup> pageStyles() throws com.sun.star.uno.Exception {
        XNameAccess families = Proxies.q(XStyleFamiliesSupplier.class, model).getStyleFamilies();
        XNameAccess pageStyles = Proxies.q(XNameAccess.class, families.getByName("PageStyles"));
        Map<String, XText> headers = new LinkedHashMap<>();
        Map<String, XText> firstHeaders = new LinkedHashMap<>();
        Map<String, XText> footers = new LinkedHashMap<>();
        List<Map<String, Object>> values = new ArrayList<>();
        String[] props = PAGE_PROPS.toArray(String[]::new);
        for (String name : pageStyleNames) {
            if (!pageStyles.hasByName(name)) {
                continue;
            }
            Object style = pageStyles.getByName(name);
            Object[] v = Proxies.q(XMultiPropertySet.class, style).getPropertyValues(props);
            Map<String, Object> byName = new HashMap<>();
            for (int k = 0; k < props.length; k++) {
                byName.put(props[k], v[k]);
            }
            values.add(byName);
            XPropertySet ps = Proxies.q(XPropertySet.class, style);
            boolean on = AnyConverter.toBoolean(byName.get("HeaderIsOn"));
            headers.put(name, on ? Proxies.q(XText.class, ps.getPropertyValue("HeaderText")) : null);
            footers.put(name, AnyConverter.toBoolean(byName.get("FooterIsOn"))
                    ? Proxies.q(XText.class, ps.getPropertyValue("FooterText")) : null);
            // a first page with a header of its own (Word's "different first page", kept in one style)
            if (on && ps.getPropertySetInfo().hasPropertyByName("FirstIsShared")
                    && !AnyConverter.toBoolean(ps.getPropertyValue("FirstIsShared"))) {
                firstHeaders.put(name, Proxies.q(XText.class, ps.getPropertyValue("HeaderTextFirst")));
            }
        }
        Map<String, Object[]> numbers = pageNumbersInHeaders(headers);
        Map<String, Object[]> firstNumbers = pageNumbersInHeaders(firstHeaders);
        Map<String, Object[]> footerNumbers = pageNumbersInHeaders(footers);
        List<PageSetup> out = new ArrayList<>();
        int i = 0;
        String first = pageStyleNames.isEmpty() ? null : pageStyleNames.iterator().next();
        for (String name : headers.keySet()) {
            Map<String, Object> v = values.get(i++);
            Object[] number = numbers.get(name);
            Object[] inFooter = footerNumbers.get(name);
            Object[] fontOf = number != null ? number : inFooter;
            boolean header = AnyConverter.toBoolean(v.get("HeaderIsOn"));
            boolean footer = AnyConverter.toBoolean(v.get("FooterIsOn"));
            out.add(new PageSetup(name, mm(v.get("Width")), mm(v.get("Height")), AnyConverter.toBoolean(v.get("IsLandscape")),
                    mm(v.get("TopMargin")), mm(v.get("BottomMargin")), mm(v.get("LeftMargin")), mm(v.get("RightMargin")),
                    header ? mm(v.get("HeaderHeight")) : 0, v.get("FollowStyle") instanceof String f ? f : "",
                    number != null, name.equals(first) && (firstHeaders.containsKey(name) ? firstNumbers.containsKey(name)
                            : number != null),
                    number == null ? Alignment.CENTER : (Alignment) number[0], number == null ? 0 : (Double) number[1],
                    footer ? mm(v.get("FooterHeight")) : 0, inFooter != null, fontOf == null ? "" : (String) fontOf[2]));
        }
        return out;
    }

    /** A length in 1/100 mm, in millimetres. */
    private static double mm(Object hundredths) throws com.sun.star.lang.IllegalArgumentException {
        return AnyConverter.toInt(hundredths) / 100.0;
    }

    /**
     * Word's PAGE field that Writer could not import (inside some content controls) and shows as the text
     * of its code and last value: " PAGE   \\* MERGEFORMAT 3". Word, where the file is made, numbers the pages.
     */
    private static final java.util.regex.Pattern PAGE_CODE = java.util.regex.Pattern.compile(
            "^\\s*PAGE\\b\\s*(\\\\\\*\\s*\\w+\\s*)*\\d*\\s*$");

    /** Page-number fields, by the page style whose header holds them: [alignment, size]. */
    private Map<String, Object[]> pageNumbersInHeaders(Map<String, XText> headers) throws com.sun.star.uno.Exception {
        Map<String, Object[]> found = new LinkedHashMap<>();
        if (headers.values().stream().allMatch(java.util.Objects::isNull)) {
            return found;
        }
        for (Map.Entry<String, XText> h : headers.entrySet()) {
            if (h.getValue() == null) {
                continue;
            }
            XEnumeration ps = Proxies.own(Proxies.q(XEnumerationAccess.class, h.getValue()).createEnumeration());
            while (ps.hasMoreElements()) {
                Object para = ps.nextElement();
                XTextRange r = Proxies.q(XTextRange.class, para);
                if (r != null && PAGE_CODE.matcher(r.getString()).find()) {
                    XPropertySet at = Proxies.q(XPropertySet.class, para);
                    found.put(h.getKey(), new Object[] {alignment(at.getPropertyValue("ParaAdjust")),
                        (double) AnyConverter.toFloat(at.getPropertyValue("CharHeight")), fontName(at)});
                }
            }
        }
        XEnumeration fields = Proxies.own(Proxies.q(XTextFieldsSupplier.class, model).getTextFields().createEnumeration());
        while (fields.hasMoreElements()) {
            Object field = fields.nextElement();
            if (!Proxies.q(XServiceInfo.class, field).supportsService("com.sun.star.text.TextField.PageNumber")) {
                continue;
            }
            XTextRange anchor = Proxies.q(XTextContent.class, field).getAnchor();
            for (Map.Entry<String, XText> h : headers.entrySet()) {
                if (h.getValue() != null && UnoRuntime.areSame(h.getValue(), anchor.getText())) {
                    XPropertySet at = Proxies.q(XPropertySet.class, anchor);
                    found.put(h.getKey(), new Object[] {alignment(at.getPropertyValue("ParaAdjust")),
                        (double) AnyConverter.toFloat(at.getPropertyValue("CharHeight")), fontName(at)});
                }
            }
        }
        return found;
    }

    private static String fontName(XPropertySet at) throws com.sun.star.uno.Exception {
        return at.getPropertyValue("CharFontName") instanceof String f ? f : "";
    }

    /** The layout's page count: the view's PageCount, else through the view cursor (put back where it was). */
    private int pageCount() {
        XController controller = model.getCurrentController();
        if (controller == null) {
            return 1;
        }
        XPropertySet view = Proxies.q(XPropertySet.class, controller);
        try {
            if (view != null) {
                return AnyConverter.toInt(view.getPropertyValue("PageCount"));
            }
        } catch (com.sun.star.uno.Exception | RuntimeException e) {
            // not offered by this view: count with the cursor
        }
        var viewCursor = Proxies.q(XTextViewCursorSupplier.class, controller).getViewCursor();
        XTextRange saved = viewCursor.getStart();
        XPageCursor pages = Proxies.q(XPageCursor.class, viewCursor);
        pages.jumpToLastPage();
        int count = pages.getPage();
        viewCursor.gotoRange(saved, false);
        return count;
    }
}
