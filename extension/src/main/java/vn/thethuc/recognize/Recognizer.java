package vn.thethuc.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thethuc.document.DocumentSnapshot;
import vn.thethuc.document.Paragraph;
import vn.thethuc.profile.Nd30Profile;

/**
 * Finds the parts of a document the way a văn thư reads it: header (in the usual borderless
 * two-column table or as plain paragraphs), title, body tree, Nơi nhận and signature.
 */
public final class Recognizer {
    public static final Pattern QUOC_HIEU = Pattern.compile("CỘNG\\s+H(Ò|O)(A|À)\\s+XÃ\\s+HỘI\\s+CHỦ\\s+NGHĨA\\s+VIỆT\\s+NAM");
    static final Pattern QUOC_HIEU_LIKE = Pattern.compile("^CỘNG H[OÒ][AÀ] XÃ HỘI\\b.*VIỆT NAM$|^CỘNG H[OÒ][AÀ] .*CHỦ NGHĨA VIỆT NAM$");
    public static final Pattern SO = Pattern.compile("^Số(?![\\p{L}\\d])");
    /** "Hà Nội, ngày 05 tháng 3 năm 2026", and a draft's "ngày      tháng 3 năm 2026" with its blanks. */
    public static final Pattern DATE = Pattern.compile(
            "^(?<place>[^,]*),?\\s*ngày\\s*(?<d>\\S*)\\s*tháng\\s*(?<m>\\S*)\\s*năm\\s*(?<y>\\S*)\\s*$");
    /** A date line with a typing slip ("ngày 12 háng 01 năm 2026"): still the date line, reported malformed. */
    static final Pattern DATE_LIKE = Pattern.compile("^[^,]{1,40},\\s*ngày\\s.{0,30}\\snăm\\s*\\d{4}\\s*\\.?$");
    public static final Pattern NOI_NHAN = Pattern.compile("^Nơi\\s+nhận(?![\\p{L}])");
    /** What may separate a label from its text: spaces, the no-break space Word puts after "1.". */
    private static final String GAP = "[\\s\\u00A0]";
    /** "I. MỤC ĐÍCH", and "I.MỤC ĐÍCH" as drafts type it. */
    public static final Pattern ROMAN = Pattern.compile("^(?<n>[IVXLC]+)(?<mark>\\.)(?:" + GAP + "|(?=\\p{Lu}))");
    public static final Pattern ARABIC = Pattern.compile("^(?<n>\\d{1,2})(?<mark>\\.)" + GAP);
    /** "7.1. Quy định …", a numbered point under item 7. */
    public static final Pattern DECIMAL = Pattern.compile("^(?<n>\\d{1,2}\\.\\d{1,2})(?<mark>\\.?)" + GAP);
    /** "a) …", and "a. …" which Phụ lục I, II.6.đ does not use. */
    public static final Pattern LETTER = Pattern.compile("^(?<n>[a-zđ])(?<mark>[).])" + GAP);
    /** "Điều 1.", and "Điều 1:" as some drafts write it. */
    public static final Pattern ARTICLE = Pattern.compile("^Điều" + GAP + "+(?<n>\\d+)(?<mark>[.:])");
    public static final Pattern PART = Pattern.compile("^Phần\\s+(?<n>[IVXLC]+|thứ\\s+\\p{L}+)(?![\\p{L}])(?<mark>)");
    public static final Pattern CHAPTER = Pattern.compile("^Chương\\s+(?<n>[IVXLC]+)(?![\\p{L}])(?<mark>)");
    public static final Pattern SECTION = Pattern.compile("^Mục\\s+(?<n>\\d+)(?![\\p{L}\\d])(?<mark>)");
    public static final Pattern DASH = Pattern.compile("^(?<mark>[-–])(?<n>)" + GAP);
    public static final Pattern PLUS = Pattern.compile("^(?<mark>\\+)(?<n>)" + GAP);
    private static final java.util.Map<Heading.Level, Pattern> TREE = new java.util.LinkedHashMap<>();

    static {
        TREE.put(Heading.Level.PART, PART);
        TREE.put(Heading.Level.CHAPTER, CHAPTER);
        TREE.put(Heading.Level.SECTION, SECTION);
        TREE.put(Heading.Level.ARTICLE, ARTICLE);
        TREE.put(Heading.Level.ROMAN, ROMAN);
        TREE.put(Heading.Level.ARABIC, ARABIC);
        TREE.put(Heading.Level.DECIMAL, DECIMAL);
        TREE.put(Heading.Level.LETTER, LETTER);
        TREE.put(Heading.Level.DASH, DASH);
        TREE.put(Heading.Level.PLUS, PLUS);
    }

    /** "Kính gửi:", and "Kính gởi" as the South long wrote it. */
    public static boolean isKinhGui(String t) {
        String n = Text.nfc(t);
        return n.startsWith("Kính gửi") || n.startsWith("Kính gởi");
    }

    /** A left indent this deep under "Kính gửi:" lines up with the recipients, far right of any body text. */
    static final double ADDRESS_INDENT_MM = 30;

    private final Nd30Profile profile;

    public Recognizer(Nd30Profile profile) {
        this.profile = profile;
    }

    /**
     * The thẩm quyền line under a Quyết định's trích yếu ({@code GIÁM ĐỐC SỞ Y TẾ}): all upper case,
     * where the trích yếu is in sentence case.
     */
    static boolean isAuthorityLine(String t) {
        return t.chars().anyMatch(Character::isLetter) && t.equals(t.toUpperCase(java.util.Locale.forLanguageTag("vi")));
    }

    static final Pattern AUTHORITY_PREFIX = Pattern.compile("^(TM|KT|TL|TUQ|Q)\\.\\s*\\p{L}");

    /** A signer's line beside a recipient: an authority ("KT. CHỦ TỊCH") or a title of two words or more, in capitals. */
    static boolean isSignerLine(String t) {
        String s = Text.squeeze(t);
        return isAuthorityLine(s) && (s.matches("^(TM|KT|TL|TUQ|Q)\\..*") || s.split(" ").length >= 2);
    }

    public Structure recognize(DocumentSnapshot doc) {
        List<Paragraph> ps = doc.paragraphs();
        HeaderFinder.Header h = new HeaderFinder(profile).find(ps);
        BodyFinder.Opening o = BodyFinder.opening(ps, h.title(), h.end());
        ClosingFinder.Closing c = ClosingFinder.find(ps, o.bodyStart());
        List<Paragraph> body = BodyFinder.body(ps, o.bodyStart(), c.bodyEnd());
        String code = h.typeName().flatMap(profile::codeOfTitle).orElseGet(() -> codeFromSymbol(h.so()));
        return new Structure(code, h.typeName(), h.agency(), h.so(), h.quocHieu(), h.tieuNgu(), h.date(), h.title(),
                o.trichYeu(), h.vv(), o.kinhGui(), body, headings(body), c.noiNhan(), c.items(), c.signature(),
                headings(appendix(ps, c.signature())));
    }

    /** The names a document attached to a Quyết định goes by: "ĐIỀU LỆ", "QUY CHẾ" … */
    private static final Pattern APPENDIX_TITLE = Pattern.compile("^(ĐIỀU LỆ|QUY CHẾ|QUY ĐỊNH)(\\s|$)");

    /**
     * The text of a document attached after the signature: from its title in capitals ("ĐIỀU LỆ") to the end,
     * outside tables. Empty when nothing after the signature opens so.
     */
    static List<Paragraph> appendix(List<Paragraph> ps, List<Paragraph> signature) {
        if (signature.isEmpty()) {
            return List.of();
        }
        Paragraph last = signature.get(signature.size() - 1);
        int from = last.index() + 1;
        if (last.place().inTable()) {
            while (from < ps.size() && ps.get(from).place().table() == last.place().table()) {
                from++;
            }
        }
        for (int i = from; i < ps.size(); i++) {
            Paragraph p = ps.get(i);
            String t = Text.squeeze(Text.nfc(p.text()));
            if (!p.place().inTable() && Text.isUpperCase(t) && APPENDIX_TITLE.matcher(t).find()) {
                return ps.subList(i + 1, ps.size()).stream().filter(o -> !o.place().inTable() && !o.isBlank()).toList();
            }
        }
        return List.of();
    }

    /**
     * The line of {@code p} that passes {@code test}, when line breaks split the paragraph (Quốc hiệu and
     * Tiêu ngữ typed as one paragraph): a slice with the paragraph's index. The paragraph itself otherwise.
     */
    static Paragraph line(Paragraph p, java.util.function.Predicate<String> test) {
        String t = p.text();
        int start = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i == t.length() || t.charAt(i) == '\n' || t.charAt(i) == '\r' || t.charAt(i) == '\u2028') {
                if (start == 0 && i == t.length()) {
                    return column(p, test).map(c -> p.slice(c[1], c[2])).orElse(p);
                }
                if (test.test(t.substring(start, i))) {
                    return p.slice(start, i);
                }
                start = i + 1;
            }
        }
        return p;
    }

    /** A tab, or three spaces or more: what pushes the right column's text across a line typed without a table. */
    private static final Pattern COLUMN_GAP = Pattern.compile("(?:[ \u00A0]*\t[ \u00A0\t]*|[ \u00A0]{3,})");

    /**
     * A paragraph outside tables typed as two columns ("ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI …", "Nơi nhận:
     * \t TL. CHỦ TỊCH"): the right column's text when it passes {@code test}, as {gap start, text start, text
     * end}. The shortest such right part wins (the gaps inside "ngày      tháng" are not the column's).
     */
    static Optional<int[]> column(Paragraph p, java.util.function.Predicate<String> test) {
        if (p.place().inTable()) {
            return Optional.empty();
        }
        String t = p.text();
        int end = t.stripTrailing().length();
        int lead = t.length() - t.stripLeading().length();
        Matcher m = COLUMN_GAP.matcher(t);
        List<int[]> gaps = new ArrayList<>();
        while (m.find()) {
            if (m.start() > lead && m.end() < end) {
                gaps.add(new int[] {m.start(), m.end()});
            }
        }
        for (int g = gaps.size() - 1; g >= 0; g--) {
            int[] gap = gaps.get(g);
            if (test.test(t.substring(gap[1], end))) {
                return Optional.of(new int[] {gap[0], gap[1], end});
            }
        }
        return Optional.empty();
    }






    private String codeFromSymbol(Optional<Paragraph> so) {
        if (so.isEmpty()) {
            return Structure.CONG_VAN;
        }
        Matcher m = Pattern.compile("/\\s*([^-\\s/]+)\\s*-").matcher(so.get().text());
        if (m.find() && profile.typeCodes().containsValue(m.group(1))) {
            return m.group(1);
        }
        return Structure.CONG_VAN;
    }

    /** "A. MỤC TIÊU", "B. NHIỆM VỤ": a capital letter, a period and the part's name. */
    static final Pattern LETTERED = Pattern.compile("^(?<n>[A-ZĐ])(?<mark>\\.)" + GAP + "*(?=\\p{Lu})");
    private static final String PART_LETTERS = "ABCDĐEGHIKLMNOPQRSTUVXY";

    static List<Heading> headings(List<Paragraph> body) {
        List<Heading> hs = new ArrayList<>();
        Map<Heading.Level, Matcher> matchers = new java.util.EnumMap<>(Heading.Level.class);
        TREE.forEach((level, pattern) -> matchers.put(level, pattern.matcher("")));
        // Lettered parts above the numbering: only where "A." and "B." both open parts, and then a letter is a
        // part only when it is the next one ("C." after "B." is no Roman hundred)
        Matcher lettered = LETTERED.matcher("");
        boolean hasA = false;
        boolean hasB = false;
        for (Paragraph p : body) {
            String t = Text.nfc(p.labelledText());
            if (lettered.reset(t).find()) {
                hasA |= lettered.group("n").equals("A");
                hasB |= lettered.group("n").equals("B") && hasA;
            }
        }
        int nextPart = hasA && hasB ? 0 : -1;
        for (Paragraph p : body) {
            String t = Text.nfc(p.labelledText()); // Word's list numbering shows "a)" the text does not hold
            if (t.isEmpty()) {
                continue;
            }
            if (nextPart >= 0 && nextPart < PART_LETTERS.length() && lettered.reset(t).find()) {
                String n = lettered.group("n");
                int at = PART_LETTERS.indexOf(n);
                // after D comes Đ, or E where the writer's alphabet is the Latin one
                boolean next = at == nextPart || n.equals("E") && nextPart == PART_LETTERS.indexOf('Đ');
                if (next) {
                    hs.add(new Heading(Heading.Level.LETTERED, n, p.index(), "."));
                    nextPart = at + 1;
                    continue;
                }
            }
            for (Heading.Level level : levelsOpenedBy(t.charAt(0))) {
                Matcher m = matchers.get(level).reset(t);
                if (m.find()) {
                    hs.add(new Heading(level, m.group("n"), p.index(), m.group("mark")));
                    break;
                }
            }
        }
        return hs;
    }

    private static final List<Heading.Level> NONE = List.of();
    private static final List<Heading.Level> DIGIT = List.of(Heading.Level.ARABIC, Heading.Level.DECIMAL);
    private static final List<Heading.Level> ROMAN_ONLY = List.of(Heading.Level.ROMAN);
    private static final List<Heading.Level> C = List.of(Heading.Level.CHAPTER, Heading.Level.ROMAN);
    private static final List<Heading.Level> LOWER = List.of(Heading.Level.LETTER);

    /** The parts whose label can start with {@code c}, in the order they are tried: most paragraphs, none. */
    private static List<Heading.Level> levelsOpenedBy(char c) {
        if (c >= '0' && c <= '9') {
            return DIGIT;
        }
        if (c >= 'a' && c <= 'z' || c == 'đ') {
            return LOWER;
        }
        return switch (c) {
            case 'P' -> List.of(Heading.Level.PART);
            case 'C' -> C;
            case 'M' -> List.of(Heading.Level.SECTION);
            case 'Đ' -> List.of(Heading.Level.ARTICLE);
            case 'I', 'V', 'X', 'L' -> ROMAN_ONLY;
            case '-', '–' -> List.of(Heading.Level.DASH);
            case '+' -> List.of(Heading.Level.PLUS);
            default -> NONE;
        };
    }
}
