package vn.thethuc.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thethuc.document.Paragraph;
import vn.thethuc.recognize.Heading;
import vn.thethuc.recognize.Roman;

/** The numbering of parts: I, II …; 1, 2 … under each; a) b) … đ) … (Phụ lục I, II.6.đ). */
final class NumberingRules {
    private NumberingRules() {
    }

    static Paragraph at(CheckContext ctx, Heading h) {
        return ctx.document().paragraph(h.paragraph());
    }

    /**
     * The order of parts. Khoản "1." start again under each Điều, Chương and Mục as under each "I.", and a
     * point "7.1." belongs under item "7." — written "7 Biện pháp …", item 7 is missing.
     */
    static final class Sequence extends BaseRule {
        Sequence() {
            super("ND30.NUMBERING.SEQUENCE");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            check(ctx, ctx.structure().headings(), true, f);
            // an attached Điều lệ, Quy chế: its own numbering, judged for its order only (its form is its drafter's)
            check(ctx, ctx.structure().appendixHeadings(), false, f);
        }

        private static void check(CheckContext ctx, List<Heading> headings, boolean marks, Findings f) {
            int roman = 0;
            int arabic = 0;
            int article = 0;
            int chapter = 0;
            int section = 0;
            int decimalParent = -1;
            int decimal = 0;
            int romanRunsOn = -1;
            int arabicRunsOn = -1;
            for (Heading h : headings) {
                switch (h.level()) {
                    case CHAPTER -> {
                        int n = Roman.value(h.label());
                        if (n != chapter + 1) {
                            f.at(at(ctx, h), "chapter", h.label(), Roman.of(chapter + 1));
                        }
                        chapter = Math.max(n, chapter + 1);
                        section = 0;
                        arabic = 0;
                    }
                    case SECTION -> {
                        int n = Integer.parseInt(h.label());
                        if (n != section + 1) {
                            f.at(at(ctx, h), "section", h.label(), section + 1);
                        }
                        section = n;
                        arabic = 0;
                    }
                    case LETTERED -> {
                        // under a lettered part the numbering starts again, or runs on from the part before: both are seen
                        romanRunsOn = roman;
                        arabicRunsOn = arabic;
                        roman = 0;
                        arabic = 0;
                    }
                    case ROMAN -> {
                        int n = Roman.value(h.label());
                        if (roman == 0 && romanRunsOn > 0 && n == romanRunsOn + 1) {
                            roman = romanRunsOn;
                        }
                        romanRunsOn = -1;
                        if (n != roman + 1) {
                            f.at(at(ctx, h), "roman", h.label(), Roman.of(roman + 1));
                        }
                        roman = Math.max(n, roman + 1);
                        arabic = 0;
                        arabicRunsOn = -1;
                    }
                    case ARABIC -> {
                        int n = Integer.parseInt(h.label());
                        if (arabic == 0 && arabicRunsOn > 0 && n == arabicRunsOn + 1) {
                            arabic = arabicRunsOn;
                        }
                        arabicRunsOn = -1;
                        if (n != arabic + 1) {
                            f.at(at(ctx, h), "arabic", h.label(), arabic + 1);
                        }
                        arabic = n;
                    }
                    case DECIMAL -> {
                        int dot = h.label().indexOf('.');
                        int parent = Integer.parseInt(h.label().substring(0, dot));
                        int n = Integer.parseInt(h.label().substring(dot + 1));
                        if (parent != decimalParent) {
                            if (parent != arabic) {
                                f.at(at(ctx, h), "decimalParent", h.label(), parent);
                            } else if (n != 1) {
                                f.at(at(ctx, h), "arabic", h.label(), parent + ".1");
                            }
                        } else if (n != decimal + 1) {
                            f.at(at(ctx, h), "arabic", h.label(), parent + "." + (decimal + 1));
                        }
                        decimalParent = parent;
                        decimal = n;
                    }
                    case ARTICLE -> {
                        int n = Integer.parseInt(h.label());
                        Paragraph p = at(ctx, h);
                        if (n != article + 1) {
                            f.at(p, "article", h.label(), article + 1);
                        } else if (marks && h.mark().equals(":")) {
                            f.fixable(p, markFix(p, "Điều", ':', '.'), "articleColon", h.label());
                        }
                        article = n;
                        arabic = 0;
                    }
                    default -> {
                        // Phần may be numbered in words; letters have their own rule; items are unnumbered.
                    }
                }
            }
        }
    }

    /** Replaces the mark after the first label of the paragraph (":" after "Điều 1", "." after "a"). */
    static List<Fix> markFix(Paragraph p, String word, char from, char to) {
        Matcher m = Pattern.compile(
                "^[\\s\\u00A0]*" + Pattern.quote(word) + "[\\s\\u00A0]*[\\p{L}\\d]*" + Pattern.quote(String.valueOf(from)))
                .matcher(p.text());
        if (!m.find()) {
            return List.of(); // written in another Unicode form: reported, not fixed
        }
        return List.of(new Fix.ReplaceText(p.index(), m.end() - 1, m.end(), String.valueOf(to)));
    }

    static final class Letters extends BaseRule {
        Letters() {
            super("ND30.NUMBERING.LETTERS");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            List<String> letters = ctx.profile().letters();
            int expected = 0;
            List<Heading> dotted = new ArrayList<>();
            for (Heading h : ctx.structure().headings()) {
                if (h.level() == Heading.Level.DASH || h.level() == Heading.Level.PLUS) {
                    continue;
                }
                if (h.level() != Heading.Level.LETTER) {
                    expected = 0;
                    dotted(ctx, f, dotted);
                    continue;
                }
                if (h.mark().equals(".")) {
                    dotted.add(h);
                }
                int at = letters.indexOf(h.label());
                if (at < 0) {
                    f.at(at(ctx, h), "notVietnamese", h.label());
                    expected++;
                    continue;
                }
                if (at != expected) {
                    f.at(at(ctx, h), "order", h.label(), expected < letters.size() ? letters.get(expected) : "?");
                }
                expected = at + 1;
            }
            dotted(ctx, f, dotted);
        }

        /** "a." "b." "c." of one list: one finding at its first point, fixing them all. */
        private static void dotted(CheckContext ctx, Findings f, List<Heading> run) {
            if (run.isEmpty()) {
                return;
            }
            List<Fix> fixes = new ArrayList<>();
            for (Heading h : run) {
                fixes.addAll(markFix(at(ctx, h), "", '.', ')'));
            }
            f.fixable(at(ctx, run.get(0)), fixes.size() == run.size() ? fixes : List.of(), "dot", run.get(0).label());
            run.clear();
        }
    }
}
