package vn.thethuc.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thethuc.document.Alignment;
import vn.thethuc.document.DocumentSnapshot;
import vn.thethuc.document.Paragraph;
import vn.thethuc.document.Place;
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

    private static final Pattern AUTHORITY_PREFIX = Pattern.compile("^(TM|KT|TL|TUQ|Q)\\.\\s*\\p{L}");

    /** A signer's line beside a recipient: an authority ("KT. CHỦ TỊCH") or a title of two words or more, in capitals. */
    static boolean isSignerLine(String t) {
        String s = Text.squeeze(t);
        return isAuthorityLine(s) && (s.matches("^(TM|KT|TL|TUQ|Q)\\..*") || s.split(" ").length >= 2);
    }

    public Structure recognize(DocumentSnapshot doc) {
        List<Paragraph> ps = doc.paragraphs();
        Optional<Paragraph> title = Optional.empty();
        Optional<String> typeName = Optional.empty();
        for (Paragraph p : ps) {
            String t = Text.squeeze(Text.nfc(p.text()));
            if (!p.place().inTable() && Text.isUpperCase(t) && profile.codeOfTitle(t).isPresent()) {
                title = Optional.of(p);
                typeName = Optional.of(t);
                break;
            }
            if (NOI_NHAN.matcher(t).find()) {
                break;
            }
        }
        if (title.isEmpty()) {
            // "BÁO CÁO THAM LUẬN": the type name and more on the title line, taken as the title only when
            // the ký hiệu says the same type
            Optional<Paragraph> so = ps.stream().limit(20).filter(p -> SO.matcher(Text.nfc(p.trimmed())).find()).findFirst();
            String symbolCode = so.map(p -> {
                Matcher m = Pattern.compile("/\\s*([^-\\s/]+)\\s*-").matcher(p.text());
                return m.find() ? m.group(1) : "";
            }).orElse("");
            for (Paragraph p : ps.subList(0, Math.min(ps.size(), 25))) {
                String t = Text.squeeze(Text.nfc(p.text()));
                if (p.place().inTable() || !Text.isUpperCase(t) || p.alignment() != Alignment.CENTER) {
                    continue;
                }
                Optional<String> name = java.util.stream.Stream.concat(profile.typeCodes().keySet().stream(),
                                profile.otherTypeCodes().keySet().stream())
                        .filter(n -> t.startsWith(n + " ") && profile.codeOfTitle(n).orElse("").equals(symbolCode))
                        .findFirst();
                if (name.isPresent()) {
                    title = Optional.of(p);
                    typeName = name;
                    break;
                }
            }
        }
        Optional<Paragraph> vv = ps.stream().filter(p -> p.trimmed().startsWith("V/v")).findFirst();
        // The header: everything above the title (or above the V/v line or Kính gửi of a công văn).
        int headerEnd = title.map(Paragraph::index)
                .orElse(vv.map(p -> p.index() + 1).orElse(firstIndex(ps, p -> isKinhGui(p.trimmed()),
                        Math.min(ps.size(), 12))));
        if (title.isEmpty()) {
            // Without a title line the header is at least the table that opens the document (a công
            // văn's date sits in its right column, after the V/v of the left one).
            headerEnd = vv.isEmpty() ? Math.min(headerEnd, endOfLeadingTable(ps))
                    : Math.max(headerEnd, endOfLeadingTable(ps));
        }
        List<Paragraph> header = ps.subList(0, Math.min(headerEnd, ps.size()));

        java.util.function.Predicate<String> isQuocHieu = t -> QUOC_HIEU.matcher(Text.upper(Text.visible(t))).find();
        java.util.function.Predicate<String> isTieuNgu = t -> {
            String n = Text.squeeze(Text.visible(t));
            return n.contains("Độc lập") && n.contains("Tự do") && n.contains("Hạnh phúc");
        };
        // a Quốc hiệu with a word missing or mistyped is still the Quốc hiệu, reported for its wording
        java.util.function.Predicate<String> likeQuocHieu = t -> QUOC_HIEU_LIKE.matcher(Text.squeeze(Text.upper(t))).find();
        Optional<Paragraph> quocHieu = header.stream().filter(p -> isQuocHieu.test(p.text())).findFirst()
                .map(p -> line(p, isQuocHieu))
                .or(() -> header.stream().filter(p -> likeQuocHieu.test(p.text())).findFirst().map(p -> line(p, likeQuocHieu)));
        Optional<Paragraph> tieuNgu = header.stream().filter(p -> isTieuNgu.test(p.text())).findFirst()
                .map(p -> line(p, isTieuNgu));
        java.util.function.Predicate<String> isDate = t -> DATE.matcher(Text.squeeze(Text.nfc(t))).find();
        java.util.function.Predicate<String> likeDate = t -> DATE_LIKE.matcher(Text.squeeze(Text.nfc(t))).find();
        // the right column of a line typed as two columns is a date line with its place ("Hà Nội,    ngày …" is one line)
        java.util.function.Predicate<String> isPlacedDate = t -> {
            Matcher m = DATE.matcher(Text.squeeze(Text.nfc(t)));
            return m.find() && !m.group("place").isBlank();
        };
        Optional<Paragraph> date = header.stream().filter(p -> isDate.test(p.text())).findFirst().map(p -> line(p, isPlacedDate))
                .or(() -> header.stream().filter(p -> likeDate.test(p.text())).findFirst().map(p -> line(p, likeDate)));
        // A header typed without a table: the left column's text before the gap (spaces or a tab) that opens the
        // right column's Quốc hiệu, Tiêu ngữ or date on the same line
        java.util.Map<Integer, Paragraph> leftColumn = new java.util.HashMap<>();
        for (Optional<Paragraph> right : List.of(quocHieu, tieuNgu, date)) {
            right.ifPresent(r -> {
                Paragraph whole = ps.get(r.index());
                int at = whole.text().lastIndexOf(r.text());
                // (only a line typed as two columns: a Quốc hiệu over its Tiêu ngữ split by a line break is not)
                if (!whole.place().inTable() && r.text().length() < whole.text().length() && at > 0
                        && !whole.text().substring(0, at).isBlank() && whole.text().substring(0, at).indexOf('\n') < 0) {
                    String left = whole.text().substring(0, at);
                    leftColumn.put(r.index(), whole.slice(0, left.stripTrailing().length()));
                }
            });
        }
        Optional<Paragraph> so = header.stream().filter(p -> SO.matcher(Text.nfc(p.trimmed())).find()).findFirst()
                .map(p -> leftColumn.getOrDefault(p.index(), p));
        List<Paragraph> agency = agency(header, so, quocHieu, leftColumn);

        List<Paragraph> trichYeu = new ArrayList<>();
        int bodyStart = headerEnd;
        if (title.isPresent()) {
            int i = title.get().index() + 1;
            while (i < ps.size() && !ps.get(i).isBlank() && ps.get(i).alignment() == Alignment.CENTER
                    && !Text.isDecoration(ps.get(i).text()) && !isKinhGui(ps.get(i).trimmed())
                    && !(!trichYeu.isEmpty() && isAuthorityLine(ps.get(i).trimmed()))
                    && trichYeu.size() < 4) {
                trichYeu.add(ps.get(i++));
            }
            bodyStart = i;
        }
        List<Paragraph> kinhGui = new ArrayList<>();
        for (int i = Math.max(0, Math.min(bodyStart, ps.size())); i < Math.min(ps.size(), bodyStart + 12); i++) {
            if (isKinhGui(ps.get(i).trimmed())) {
                kinhGui.add(ps.get(i));
                for (int j = i + 1; j < ps.size(); j++) {
                    // (lines pushed right with no-break spaces are the address block's too)
                    String t = Text.squeeze(ps.get(j).text());
                    String before = Text.squeeze(kinhGui.get(kinhGui.size() - 1).text());
                    // a recipient wrapped onto the next line ("- Các Sở: Công Thương, Tài chính," / "Nông nghiệp …;")
                    boolean wrapped = kinhGui.size() > 1 && !t.isEmpty() && before.matches("^[-–]\\s.*,$")
                            && ps.get(j).place().equals(ps.get(j - 1).place()) && t.length() <= 80;
                    if (!t.matches("^[-–]\\s.*") && !wrapped) {
                        break;
                    }
                    kinhGui.add(ps.get(j));
                }
                bodyStart = kinhGui.get(kinhGui.size() - 1).index() + 1;
                // recipients' lines held under the Kính gửi by a left indent, without dashes, are the address
                // block's, not body text (not judged as recipients either: their form is unsure)
                for (int k = 0; k < 6 && bodyStart < ps.size() && !ps.get(bodyStart).place().inTable()
                        && ps.get(bodyStart).leftIndentMm() >= ADDRESS_INDENT_MM && !ps.get(bodyStart).isBlank(); k++) {
                    bodyStart++;
                }
                break;
            }
        }

        // decomposed letters (reported by ND30.TEXT.NFC) do not hide the Nơi nhận
        Optional<Paragraph> noiNhan = ps.stream().skip(bodyStart).filter(p -> NOI_NHAN.matcher(Text.nfc(p.trimmed())).find())
                .findFirst();
        List<Paragraph> items = new ArrayList<>();
        List<Paragraph> signature = new ArrayList<>();
        int bodyEnd = ps.size();
        if (noiNhan.isPresent()) {
            Paragraph n = noiNhan.get();
            bodyEnd = n.index();
            if (n.place().inTable()) {
                Place cell = n.place();
                bodyEnd = firstOfTable(ps, cell.table());
                for (Paragraph p : ps) {
                    if (p.index() > n.index() && p.place().equals(cell) && !p.isBlank()) {
                        items.add(p);
                    }
                    // the signature is in the columns to the right (a middle column is often left empty)
                    if (p.place().table() == cell.table() && p.place().row() == cell.row()
                            && p.place().column() > cell.column() && !p.isBlank()) {
                        signature.add(p);
                    }
                }
            } else {
                // A closing typed without a table: the signer's lines may share the Nơi nhận's lines, after a gap
                Optional<int[]> labelGap = column(n, Recognizer::isAuthorityLine);
                if (labelGap.isPresent()) {
                    noiNhan = Optional.of(n.slice(0, labelGap.get()[0]));
                    signature.add(n.slice(labelGap.get()[1], labelGap.get()[2]));
                }
                int i = n.index() + 1;
                for (; i < ps.size() && (ps.get(i).isBlank() || ps.get(i).trimmed().matches("^[-–+].*")); i++) {
                    if (!ps.get(i).isBlank()) {
                        Paragraph item = ps.get(i);
                        // once the signer's column has begun, whatever stands right of the gap is its: "(Đã ký)", the name
                        Optional<int[]> gap = signature.isEmpty() ? column(item, Recognizer::isSignerLine)
                                : column(item, t -> !t.isBlank());
                        if (gap.isPresent()) {
                            items.add(item.slice(0, gap.get()[0]));
                            signature.add(item.slice(gap.get()[1], gap.get()[2]));
                        } else {
                            items.add(item);
                        }
                    }
                }
                for (; i < ps.size(); i++) {
                    if (!ps.get(i).isBlank()) {
                        signature.add(ps.get(i));
                    }
                }
            }
        } else {
            signature.addAll(trailingSignature(ps, bodyStart));
            if (!signature.isEmpty()) {
                Paragraph first = signature.get(0);
                bodyEnd = first.place().inTable() ? firstOfTable(ps, first.place().table()) : first.index();
            }
        }
        List<Paragraph> body = new ArrayList<>();
        for (int i = Math.max(0, bodyStart); i < Math.min(bodyEnd, ps.size()); i++) {
            Paragraph p = ps.get(i);
            if (!p.isBlank() && !p.place().inTable()) {
                body.add(p);
            }
        }
        String code = typeName.flatMap(profile::codeOfTitle).orElseGet(() -> codeFromSymbol(so));
        return new Structure(code, typeName, agency, so, quocHieu, tieuNgu, date, title, trichYeu, vv, kinhGui, body,
                headings(body), noiNhan, items, signature, headings(appendix(ps, signature)));
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

    private static int firstIndex(List<Paragraph> ps, java.util.function.Predicate<Paragraph> test, int otherwise) {
        return ps.stream().filter(test).map(Paragraph::index).findFirst().orElse(otherwise);
    }

    private static int endOfLeadingTable(List<Paragraph> ps) {
        if (ps.isEmpty() || !ps.get(0).place().inTable()) {
            return 0;
        }
        int table = ps.get(0).place().table();
        int i = 0;
        while (i < ps.size() && ps.get(i).place().table() == table) {
            i++;
        }
        return i;
    }

    private static int firstOfTable(List<Paragraph> ps, int table) {
        return ps.stream().filter(p -> p.place().table() == table).map(Paragraph::index).findFirst().orElse(ps.size());
    }

    /** The agency lines: above "Số:" in its column (or at the top left), without decoration lines. */
    private static List<Paragraph> agency(List<Paragraph> header, Optional<Paragraph> so, Optional<Paragraph> quocHieu,
            java.util.Map<Integer, Paragraph> leftColumn) {
        List<Paragraph> lines = new ArrayList<>();
        for (Paragraph whole : header) {
            Paragraph p = leftColumn.getOrDefault(whole.index(), whole);
            if (p != whole) {
                if (so.isEmpty() || p.index() < so.get().index()) {
                    lines.add(p);
                }
                continue;
            }
            if (so.isPresent() && p.index() >= so.get().index()) {
                break;
            }
            if (p.isBlank() || Text.isDecoration(p.text()) || quocHieu.map(q -> q.index() == p.index()).orElse(false)) {
                continue;
            }
            boolean sameColumnAsSo = so.map(s -> s.place().inTable() ? p.place().table() == s.place().table()
                    && p.place().column() == s.place().column() : !p.place().inTable()).orElse(true);
            boolean leftOfQuocHieu = quocHieu.map(q -> !q.place().inTable() || p.place().column() != q.place().column())
                    .orElse(true);
            String t = Text.nfc(p.text());
            if (sameColumnAsSo && leftOfQuocHieu && !t.contains("Độc lập") && !DATE.matcher(Text.squeeze(t)).find()) {
                lines.add(p);
            }
        }
        return lines;
    }

    /** Without a Nơi nhận: the right column of a closing two-column table, or trailing upper-case lines and a name. */
    private static List<Paragraph> trailingSignature(List<Paragraph> ps, int bodyStart) {
        List<Paragraph> sig = new ArrayList<>();
        if (ps.isEmpty()) {
            return sig;
        }
        Paragraph last = ps.get(ps.size() - 1);
        for (int i = ps.size() - 1; i >= bodyStart && i >= 0; i--) {
            Paragraph p = ps.get(i);
            if (p.isBlank()) {
                continue;
            }
            if (p.text().strip().endsWith("./.") || p.text().length() > 120) {
                break;
            }
            if (last.place().inTable() && p.place().table() != last.place().table()) {
                break;
            }
            sig.add(0, p);
            if (sig.size() >= 6) {
                break;
            }
        }
        // "TL. Hiệu trưởng" typed in sentence case is still the signer's authority line
        boolean hasUpper = sig.stream().anyMatch(p -> Text.isUpperCase(p.text())
                || p.alignment() != Alignment.LEFT && AUTHORITY_PREFIX.matcher(Text.squeeze(p.text())).find());
        boolean endsWithName = !sig.isEmpty() && !Text.isUpperCase(sig.get(sig.size() - 1).text())
                && sig.get(sig.size() - 1).text().strip().split("\\s+").length <= 6;
        return hasUpper && endsWithName ? sig : List.of();
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
