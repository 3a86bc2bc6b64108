package vn.thethuc.rules;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thethuc.document.Alignment;
import vn.thethuc.document.LineSpacing;
import vn.thethuc.document.Paragraph;
import vn.thethuc.recognize.Recognizer;
import vn.thethuc.recognize.Text;

/** The body's paragraph format, căn cứ, end mark and agency names (Phụ lục I, II.6; Phụ lục II). */
final class BodyRules {
    /** Body paragraphs of running text: long enough to be prose, not headings. */
    static final int PROSE = 60;

    private BodyRules() {
    }

    static List<Paragraph> prose(CheckContext ctx) {
        return ctx.structure().body().stream().filter(p -> p.trimmed().length() >= PROSE).toList();
    }

    static final class FontSize extends BaseRule {
        FontSize() {
            super("ND30.BODY.FONT_SIZE");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            var range = ctx.profile().size("body");
            for (Paragraph p : prose(ctx)) {
                wrongSize(ctx, p, "body").ifPresent(s -> f.fixable(p,
                        List.of(new Fix.SetFormat(p.index(), Fix.Format.CHAR_SIZE_PT, s < range.min() ? range.min() : range.max())),
                        "size", fmt(s), range));
            }
        }
    }

    static final class Align extends BaseRule {
        Align() {
            super("ND30.BODY.ALIGN");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            for (Paragraph p : prose(ctx)) {
                // a centred italic line is a note ("(Gửi kèm theo …)"), not body text to justify
                boolean note = p.alignment() == Alignment.CENTER && p.italic();
                if (p.alignment() != Alignment.JUSTIFY && !note) {
                    f.fixable(p, List.of(new Fix.SetFormat(p.index(), Fix.Format.ALIGNMENT, Alignment.JUSTIFY)),
                            "notJustified");
                }
            }
        }
    }

    static final class Indent extends BaseRule {
        Indent() {
            super("ND30.BODY.INDENT");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            var range = ctx.profile().firstLineIndentMm();
            for (Paragraph p : prose(ctx)) {
                if (p.alignment() == Alignment.CENTER || p.alignment() == Alignment.RIGHT) {
                    continue; // a centred line has no first-line indent to speak of
                }
                double seen = visibleIndentMm(p);
                if (!range.contains(seen, ctx.profile().toleranceMm())) {
                    boolean typed = !p.text().isEmpty() && " \t\u00A0".indexOf(p.text().charAt(0)) >= 0;
                    // with leading tabs or spaces, setting the indent would not move the text where it should be
                    f.fixable(p, typed ? List.of() : List.of(new Fix.SetFormat(p.index(), Fix.Format.FIRST_LINE_INDENT_MM,
                            range.min())), "wrong", fmt(seen), range);
                }
            }
        }

        /** Word's default tab stops: every 12.7 mm (0.5 inch). */
        static final double DEFAULT_TAB_MM = 12.7;

        /** A space of Times New Roman is a quarter of its size wide (512 of 2048 units). */
        static final double SPACE_EM = 0.25;

        static final double MM_PER_PT = 25.4 / 72;

        /**
         * Where the first line starts as the reader sees it: the first-line indent, moved on by each leading
         * space or no-break space (a quarter of the text's size; a single one is a slip, not counted) and by each
         * leading tab to the next default tab stop ("\tTrên đây là …" with no indent starts at 12.7 mm; so does
         * seven spaces then a tab).
         */
        static double visibleIndentMm(Paragraph p) {
            double at = p.firstLineIndentMm();
            double space = SPACE_EM * p.size().orElse(14.0) * MM_PER_PT;
            String t = p.text();
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == '\t') {
                    at = (Math.floor(at / DEFAULT_TAB_MM + 1e-6) + 1) * DEFAULT_TAB_MM;
                } else if (c == ' ' || c == '\u00A0') {
                    // a lone space (before the text, after a tab) is a slip of the keyboard, not an indent
                    boolean lone = (i == 0 || t.charAt(i - 1) == '\t') && (i + 1 >= t.length() || " \u00A0".indexOf(t.charAt(i + 1)) < 0);
                    at += lone ? 0 : space;
                } else {
                    break;
                }
            }
            return at;
        }
    }

    static final class Spacing extends BaseRule {
        Spacing() {
            super("ND30.BODY.SPACING");
        }

        /**
         * The gap a reader sees between two paragraphs of the body is the first's space after plus the
         * second's space before (a blank line between them is a gap too). Judged once for the document, at
         * the first tight gap, fixing them all: a document is typed with one spacing.
         */
        @Override
        public void check(CheckContext ctx, Findings f) {
            double min = ctx.profile().minSpaceBetweenPt();
            double tol = ctx.profile().tolerancePt();
            var lines = ctx.profile().lineSpacingPercent();
            java.util.Set<Integer> body = new java.util.HashSet<>();
            ctx.structure().body().forEach(p -> body.add(p.index()));
            List<Paragraph> all = ctx.document().paragraphs();
            List<Paragraph> tight = new java.util.ArrayList<>();
            List<Fix> fixes = new java.util.ArrayList<>();
            double firstGap = 0;
            int pairs = 0;
            List<Paragraph> badLines = new java.util.ArrayList<>();
            for (Paragraph p : prose(ctx)) {
                LineSpacing ls = p.lineSpacing();
                if (ls.mode() == LineSpacing.Mode.PROPORTIONAL && !lines.contains(ls.value(), 0.5)) {
                    badLines.add(p);
                }
                if (p.index() + 1 >= all.size() || !body.contains(p.index() + 1)) {
                    continue; // the next one is blank, in a table or not body text
                }
                Paragraph next = all.get(p.index() + 1);
                pairs++;
                double gap = p.spaceAfterPt() + next.spaceBeforePt();
                if (gap < min - tol) {
                    if (tight.isEmpty()) {
                        firstGap = gap;
                    }
                    tight.add(p);
                    fixes.add(new Fix.SetFormat(p.index(), Fix.Format.SPACE_AFTER_PT, Math.max(0, min - next.spaceBeforePt())));
                }
            }
            // one tight gap in a long text is a page break or a heading's own spacing more often than a habit
            if (!tight.isEmpty() && (tight.size() >= 3 || tight.size() * 4 >= pairs)) {
                f.fixable(tight.get(0), fixes, tight.size() == 1 ? "between" : "betweenMany", fmt(firstGap), fmt(min),
                        tight.size());
            }
            if (!badLines.isEmpty()) {
                Paragraph p = badLines.get(0);
                f.at(p, badLines.size() == 1 ? "lines" : "linesMany", fmt(p.lineSpacing().value() / 100.0), badLines.size());
            }
        }
    }

    static final class CanCu extends BaseRule {
        CanCu() {
            super("ND30.CAN_CU.FORMAT");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            if (!ctx.profile().legalBasisTypes().contains(ctx.structure().typeCode())) {
                return;
            }
            // The block of legal bases and the proposal that closes it ("Theo đề nghị của …."): each line
            // ends with ";", the block's last with "."
            List<Paragraph> body = ctx.structure().body();
            List<Paragraph> block = new java.util.ArrayList<>();
            List<Paragraph> canCu = new java.util.ArrayList<>();
            for (Paragraph p : body) {
                String t = Text.nfc(p.trimmed());
                boolean basis = t.startsWith("Căn cứ");
                boolean proposal = CLOSING.matcher(t).find();
                if (basis || proposal && !block.isEmpty()) {
                    block.add(p);
                    if (basis) {
                        canCu.add(p);
                    }
                } else if (!block.isEmpty()) {
                    break;
                }
            }
            List<Paragraph> upright = canCu.stream().filter(p -> !p.italic()).toList();
            if (!upright.isEmpty()) {
                // one finding: the bases are typed together
                f.fixable(upright.get(0), upright.stream().<Fix>map(p -> new Fix.SetFormat(p.index(), Fix.Format.ITALIC, true))
                        .toList(), "notItalic");
            }
            // Phụ lục I, II.6.a: every line of the block ends with ";", the block's last — the proposal that closes
            // it, "Theo đề nghị của …," as often typed before "QUYẾT ĐỊNH:" — with "."
            for (int i = 0; i < block.size(); i++) {
                Paragraph p = block.get(i);
                String t = p.text().stripTrailing();
                boolean last = i == block.size() - 1;
                String want = last ? "." : ";";
                if (!t.endsWith(want)) {
                    boolean swap = t.endsWith(";") || t.endsWith(",") || t.endsWith(".") || t.endsWith(":");
                    int end = t.length();
                    f.fixable(p, List.of(new Fix.ReplaceText(p.index(), swap ? end - 1 : end, end, want)), "ending", want);
                }
            }
        }

        /** What closes the legal bases of a Quyết định: the proposal it is made on. */
        private static final Pattern CLOSING = Pattern.compile("^(Theo|Xét)\\s+(đề nghị|đề xuất|tờ trình|báo cáo)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static final class EndMark extends BaseRule {
        EndMark() {
            super("ND30.BODY.END_MARK");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            List<Paragraph> body = ctx.structure().body();
            if (body.isEmpty()) {
                return;
            }
            Paragraph last = body.get(body.size() - 1);
            String t = last.text();
            String trimmed = t.stripTrailing();
            if (trimmed.endsWith("./.")) {
                return;
            }
            int end = trimmed.length();
            int start = trimmed.endsWith(".") ? end - 1 : end;
            f.fixable(last, List.of(new Fix.ReplaceText(last.index(), start, end, "./.")), "missing");
        }
    }

    static final class CapsAgency extends BaseRule {
        CapsAgency() {
            super("ND30.CAPS.AGENCY");
        }

        private static final java.util.Map<String, Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

        /**
         * A name is reported only where its first word is written as the name writes it ("Sở", "Bộ", "Phó" …;
         * a lower-case "sở" is another phrase): the paragraph is searched for those few words, and the names
         * that start with one are tried there only. Titles the same way ("Phó giám đốc" → "Phó Giám đốc"), and a
         * unit's word in lower case before its proper name ("phòng Đào tạo", "trường Đại học Duy Tân"). Text in
         * capitals is a heading and writes every name so. One place, one finding.
         */
        @Override
        public void check(CheckContext ctx, Findings f) {
            List<String> names = new java.util.ArrayList<>(ctx.profile().agencyNames());
            int agencies = names.size();
            names.addAll(ctx.profile().titleNames());
            List<Matcher> matchers = names.stream().map(n -> PATTERNS.computeIfAbsent(n, CapsAgency::pattern).matcher("")).toList();
            java.util.Map<String, List<Integer>> byHead = new java.util.LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                String n = names.get(i);
                byHead.computeIfAbsent(n.substring(0, n.indexOf(' ') < 0 ? n.length() : n.indexOf(' ')),
                        k -> new java.util.ArrayList<>()).add(i);
            }
            // one wrong form, one finding (at its first place, fixing every place): "Phó giám đốc" eight times is one habit
            java.util.Map<String, Wrong> wrong = new java.util.LinkedHashMap<>();
            Matcher unit = UNIT.matcher("");
            for (Paragraph p : ctx.document().paragraphs()) {
                String text = Text.nfc(p.text());
                if (Text.isUpperCase(text)) {
                    continue;
                }
                List<int[]> said = new java.util.ArrayList<>();
                for (java.util.Map.Entry<String, List<Integer>> head : byHead.entrySet()) {
                    for (int at = text.indexOf(head.getKey()); at >= 0; at = text.indexOf(head.getKey(), at + 1)) {
                        if (at > 0 && Character.isLetter(text.charAt(at - 1))) {
                            continue;
                        }
                        for (int i : head.getValue()) {
                            Matcher m = matchers.get(i).reset(text).region(at, text.length());
                            if (m.lookingAt()) {
                                String found = m.group();
                                String spaced = found.replaceAll("\\s*-\\s*", " - ").replaceAll("\\s+", " ");
                                if (!spaced.equals(names.get(i)) && !Text.isUpperCase(found) && free(said, m.start(), m.end())) {
                                    wrong.computeIfAbsent(spaced, k -> new Wrong(i < agencies ? "case" : "title", found,
                                            names.get(i))).add(p, text, m.start(), m.end());
                                    said.add(new int[] {m.start(), m.end()});
                                }
                            }
                        }
                    }
                }
                unit.reset(text);
                while (unit.find()) {
                    if (!free(said, unit.start(), unit.end())) {
                        continue;
                    }
                    String found = unit.group("unit") != null ? unit.group("unit") : unit.group("office");
                    String named = unit.group().strip();
                    wrong.computeIfAbsent(found, k -> new Wrong("unit", named,
                            Character.toUpperCase(found.charAt(0)) + named.substring(1))).add(p, text, unit.start(),
                            unit.start() + found.length());
                }
            }
            for (Wrong w : wrong.values()) {
                Paragraph first = w.places.get(0);
                if (w.fixes.size() == w.places.size()) {
                    f.fixable(first, w.fixes, w.key, w.found, w.right);
                } else {
                    f.at(first, w.key, w.found, w.right);
                }
            }
        }

        /** A name written wrong, where, and the fixes (where the text searched is the paragraph's: NFC already). */
        private static final class Wrong {
            final String key;
            final String found;
            final String right;
            final List<Paragraph> places = new java.util.ArrayList<>();
            final List<Fix> fixes = new java.util.ArrayList<>();

            Wrong(String key, String found, String right) {
                this.key = key;
                this.found = found;
                this.right = right;
            }

            void add(Paragraph p, String text, int start, int end) {
                places.add(p);
                if (text.equals(p.text())) {
                    String word = text.substring(start, end);
                    String fixed = key.equals("unit") ? Character.toUpperCase(word.charAt(0)) + word.substring(1)
                            : right.length() == word.length() ? right : null;
                    if (fixed != null) {
                        fixes.add(new Fix.ReplaceText(p.index(), start, end, fixed));
                    }
                }
            }
        }

        private static boolean free(List<int[]> said, int start, int end) {
            return said.stream().noneMatch(r -> start < r[1] && r[0] < end);
        }

        /**
         * A unit's word in lower case where it opens the unit's own name: "trường Đại học Duy Tân" (not "các trường
         * Đại học, Cao đẳng", which names none), "văn phòng UBND tỉnh". Other words ("phòng Quản lý công nghiệp") are written both ways in real offices: not judged.
         */
        private static final Pattern UNIT = Pattern.compile("(?<![\\p{L}])(?:(?<unit>trường)\\s+(?:Đại học|Cao đẳng|"
                + "Trung học phổ thông|Trung học cơ sở|Trung cấp|Tiểu học|Mầm non|THPT|THCS|Chính trị)\\s+(?=\\p{Lu})"
                + "|(?<office>văn phòng)\\s+(?:UBND|Ủy ban|Uỷ ban|HĐND|Hội đồng|Sở|Bộ|Tỉnh ủy|Huyện ủy|Chính phủ|Quốc hội|"
                + "Chủ tịch)(?![\\p{L}]))");

        /** The name, any letter case, any spacing around its hyphen, as a whole phrase. */
        private static Pattern pattern(String name) {
            StringBuilder sb = new StringBuilder("(?<![\\p{L}])");
            String[] words = name.split(" ");
            for (int i = 0; i < words.length; i++) {
                String w = words[i];
                if (w.equals("-")) {
                    continue;
                }
                if (i > 0) {
                    sb.append(words[i - 1].equals("-") ? "\\s*-\\s*" : "\\s+");
                }
                sb.append(Pattern.quote(w));
            }
            sb.append("(?![\\p{L}])");
            return Pattern.compile(sb.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
    }

    static Optional<Matcher> heading(Paragraph p, Pattern pattern) {
        Matcher m = pattern.matcher(Text.nfc(p.trimmed()));
        return m.find() ? Optional.of(m) : Optional.empty();
    }

    static boolean isHeading(Paragraph p) {
        return heading(p, Recognizer.ROMAN).isPresent() || heading(p, Recognizer.ARABIC).isPresent();
    }
}
