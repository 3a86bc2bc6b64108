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
                if (p.alignment() != Alignment.JUSTIFY) {
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
                if (!range.contains(p.firstLineIndentMm(), ctx.profile().toleranceMm())) {
                    f.fixable(p, List.of(new Fix.SetFormat(p.index(), Fix.Format.FIRST_LINE_INDENT_MM, range.min())),
                            "wrong", fmt(p.firstLineIndentMm()), range);
                }
            }
        }
    }

    static final class Spacing extends BaseRule {
        Spacing() {
            super("ND30.BODY.SPACING");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            double min = ctx.profile().minSpaceBetweenPt();
            var lines = ctx.profile().lineSpacingPercent();
            for (Paragraph p : prose(ctx)) {
                double between = Math.max(p.spaceBeforePt(), p.spaceAfterPt());
                if (between < min - ctx.profile().tolerancePt()) {
                    f.fixable(p, List.of(new Fix.SetFormat(p.index(), Fix.Format.SPACE_AFTER_PT, min)), "between",
                            fmt(between), fmt(min));
                }
                LineSpacing ls = p.lineSpacing();
                if (ls.mode() == LineSpacing.Mode.PROPORTIONAL && !lines.contains(ls.value(), 0.5)) {
                    f.at(p, "lines", fmt(ls.value() / 100.0));
                }
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
            List<Paragraph> canCu = ctx.structure().body().stream().filter(p -> p.trimmed().startsWith("Căn cứ")).toList();
            for (int i = 0; i < canCu.size(); i++) {
                Paragraph p = canCu.get(i);
                if (!p.italic()) {
                    f.fixable(p, List.of(new Fix.SetFormat(p.index(), Fix.Format.ITALIC, true)), "notItalic");
                }
                String end = i == canCu.size() - 1 ? "." : ";";
                if (!p.trimmed().endsWith(end)) {
                    f.at(p, "ending", end);
                }
            }
        }
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
        private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

        @Override
        public void check(CheckContext ctx, Findings f) {
            List<String> names = ctx.profile().agencyNames();
            List<Pattern> patterns = names.stream().map(n -> PATTERNS.computeIfAbsent(n, CapsAgency::pattern)).toList();
            // A name can only be there if its first and last words are: the paragraph's words are looked
            // up once, instead of trying every name on every paragraph.
            java.util.Map<String, List<Integer>> byLastWord = new java.util.HashMap<>();
            List<String> firstWords = new java.util.ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                String n = names.get(i).toLowerCase(java.util.Locale.ROOT);
                byLastWord.computeIfAbsent(n.substring(n.lastIndexOf(' ') + 1), k -> new java.util.ArrayList<>()).add(i);
                firstWords.add(n.substring(0, n.indexOf(' ') < 0 ? n.length() : n.indexOf(' ')));
            }
            for (Paragraph p : ctx.document().paragraphs()) {
                String text = Text.nfc(p.text());
                if (Text.isUpperCase(text)) {
                    continue;
                }
                java.util.Set<String> words = new java.util.HashSet<>(
                        List.of(WORD_SEPARATORS.split(text.toLowerCase(java.util.Locale.ROOT))));
                java.util.TreeSet<Integer> candidates = new java.util.TreeSet<>();
                for (String w : words) {
                    List<Integer> ending = byLastWord.get(w);
                    if (ending != null) {
                        for (int i : ending) {
                            if (words.contains(firstWords.get(i))) {
                                candidates.add(i);
                            }
                        }
                    }
                }
                for (int i : candidates) {
                    String canonical = names.get(i);
                    Matcher m = patterns.get(i).matcher(text);
                    while (m.find()) {
                        String found = m.group();
                        String spaced = found.replaceAll("\\s*-\\s*", " - ").replaceAll("\\s+", " ");
                        // A lower-case first word is another phrase ("cán bộ Lao động …", "cơ sở …").
                        boolean sameHead = spaced.split(" ")[0].equals(canonical.split(" ")[0]);
                        if (sameHead && !spaced.equals(canonical) && !Text.isUpperCase(found)) {
                            f.at(p, "case", found, canonical);
                        }
                    }
                }
            }
        }

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
