package vn.thethuc.sign;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number and the day a signer leaves blank for the records office (văn thư), who gives them when the
 * document is registered and issued: found in the draft's text, marked where they are for LibreOffice's PDF
 * export (named destinations), and reserved in the signed PDF as two fillable text fields on the blanks —
 * which the signer's certification (DocMDP P=2) lets the records office fill without breaking it.
 */
public final class ReservedFields {
    /** The fields in the signed PDF. */
    public static final String NUMBER_FIELD = "SoVanBan";
    public static final String DAY_FIELD = "NgayBanHanh";
    /** Named destinations LibreOffice exports for the marks at each blank's start and end. */
    public static final String NUMBER_MARK = "TheThucSo";
    public static final String NUMBER_END_MARK = "TheThucSoHet";
    public static final String DAY_MARK = "TheThucNgay";
    public static final String DAY_END_MARK = "TheThucNgayHet";
    /**
     * A mark beside the day's whose name carries the month and year printed after the blank day
     * ({@code TheThucThang_11_2026}): the day the records office gives must fall in them.
     */
    public static final String MONTH_MARK = "TheThucThang_";
    /** The height of a 13–14 pt line below its top, in points. */
    static final float LINE = 17f;
    /** The room a text field keeps between its edge and its text, in points. */
    static final float FIELD_PADDING = 2f;
    /** The least width of a field, in points: room for "1234" or "05" at 13 pt. */
    static final float MIN_WIDTH = 24f;

    /** "Số:      /KH-UBND": the blank between the colon and the slash. */
    private static final Pattern BLANK_NUMBER = Pattern.compile("^\\s*Số\\s*:([\\s\\u00a0]*)/");
    /** "…, ngày      tháng 3 năm 2026": the blank between "ngày" and "tháng", and the month and year after it. */
    private static final Pattern BLANK_DAY = Pattern.compile(
            "ngày([\\s\\u00a0]+)tháng(?:[\\s\\u00a0]+(\\d{1,2})[\\s\\u00a0]+năm[\\s\\u00a0]+(\\d{4}))?");

    /** A blank in a paragraph: its start and end, as offsets in the paragraph's text; for a day, "11/2026" or "". */
    public record Blank(int start, int end, String monthYear) {
        public Blank(int start, int end) {
            this(start, end, "");
        }
    }

    /** A field to reserve: its name, where it goes, and for the day the month and year it must fall in ("" none). */
    public record Field(String name, Appearance.Box box, String monthYear) {
        public Field(String name, Appearance.Box box) {
            this(name, box, "");
        }
    }

    private ReservedFields() {
    }

    /** The blank number of a "Số:" line ({@code Số:      /KH-UBND}), if it is blank. */
    public static Optional<Blank> blankNumber(String paragraph) {
        Matcher m = BLANK_NUMBER.matcher(paragraph);
        return m.find() ? Optional.of(new Blank(m.start(1), m.end(1))) : Optional.empty();
    }

    /** The blank day of a date line ({@code ngày      tháng 3 năm 2026}), if it is blank. */
    public static Optional<Blank> blankDay(String paragraph) {
        Matcher m = BLANK_DAY.matcher(paragraph);
        if (!m.find()) {
            return Optional.empty();
        }
        String monthYear = m.group(2) == null ? "" : Integer.parseInt(m.group(2)) + "/" + m.group(3);
        return Optional.of(new Blank(m.start(1), m.end(1), monthYear));
    }

    /**
     * The fields to reserve, from the named destinations of the marks ({@code "page XYZ left top zoom"}): one
     * for each blank whose start and end marks are on one page and one line.
     */
    public static List<Field> fields(Map<String, String> destinations) {
        List<Field> out = new ArrayList<>();
        box(destinations, NUMBER_MARK, NUMBER_END_MARK).ifPresent(b -> out.add(new Field(NUMBER_FIELD, b)));
        String monthYear = destinations.keySet().stream().filter(k -> k.startsWith(MONTH_MARK))
                .map(k -> k.substring(MONTH_MARK.length()).replace('_', '/')).filter(v -> v.matches("\\d{1,2}/\\d{4}"))
                .findFirst().orElse("");
        box(destinations, DAY_MARK, DAY_END_MARK).ifPresent(b -> out.add(new Field(DAY_FIELD, b, monthYear)));
        return out;
    }

    /** The mark's name for a day's month and year ("11/2026" → {@code TheThucThang_11_2026}). */
    public static String monthMark(String monthYear) {
        return MONTH_MARK + monthYear.replace('/', '_');
    }

    static Optional<Appearance.Box> box(Map<String, String> destinations, String startMark, String endMark) {
        Optional<float[]> start = Appearance.point(destinations.get(startMark));
        Optional<float[]> end = Appearance.point(destinations.get(endMark));
        if (start.isEmpty() || end.isEmpty() || start.get()[0] != end.get()[0]
                || Math.abs(start.get()[2] - end.get()[2]) > 2) {
            return Optional.empty();
        }
        // the field ends where the blank ends (the number written right against "/KH-…"); a narrow blank
        // gets its room on the left, where the line has its spaces
        // (plus the 2 pt a text field keeps inside its edge, so that the number touches the "/")
        float x1 = Math.max(end.get()[1], start.get()[1]) + FIELD_PADDING;
        float x0 = Math.min(start.get()[1], x1 - MIN_WIDTH);
        float top = start.get()[2];
        return Optional.of(new Appearance.Box((int) start.get()[0], x0, top - LINE, x1, top));
    }

    /** The number is written against the symbol ("15/KH-SYT"): right-aligned; the day centred between words. */
    public static boolean rightAligned(String field) {
        return field.equals(NUMBER_FIELD);
    }

    /**
     * The blank number's finding of the check (ND30.SO_KY_HIEU.FORMAT on a "Số:" line with no number) is not a
     * fault of the signer's draft: the records office gives the number.
     */
    public static boolean leftForRecords(String rule, String paragraph) {
        return rule.equals("ND30.SO_KY_HIEU.FORMAT") && blankNumber(paragraph).isPresent();
    }
}
