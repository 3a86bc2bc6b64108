package vn.thethuc.rules;

import java.util.List;
import vn.thethuc.document.Paragraph;
import vn.thethuc.recognize.Heading;

/** The numbering of parts: I, II …; 1, 2 … under each; a) b) … đ) … (Phụ lục I, II.6.đ). */
final class NumberingRules {
    private static final String[] ROMANS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
        "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"};

    private NumberingRules() {
    }

    static int roman(String r) {
        for (int i = 0; i < ROMANS.length; i++) {
            if (ROMANS[i].equals(r)) {
                return i + 1;
            }
        }
        return -1;
    }

    static Paragraph at(CheckContext ctx, Heading h) {
        return ctx.document().paragraph(h.paragraph());
    }

    static final class Sequence extends BaseRule {
        Sequence() {
            super("ND30.NUMBERING.SEQUENCE");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            int roman = 0;
            int arabic = 0;
            int article = 0;
            int chapter = 0;
            int section = 0;
            for (Heading h : ctx.structure().headings()) {
                switch (h.level()) {
                    case CHAPTER -> {
                        int n = roman(h.label());
                        if (n != chapter + 1) {
                            f.at(at(ctx, h), "chapter", h.label(), chapter + 1 <= ROMANS.length ? ROMANS[chapter] : "?");
                        }
                        chapter = Math.max(n, chapter + 1);
                        section = 0;
                    }
                    case SECTION -> {
                        int n = Integer.parseInt(h.label());
                        if (n != section + 1) {
                            f.at(at(ctx, h), "section", h.label(), section + 1);
                        }
                        section = n;
                    }
                    case ROMAN -> {
                        int n = roman(h.label());
                        if (n != roman + 1) {
                            f.at(at(ctx, h), "roman", h.label(), roman + 1 <= ROMANS.length ? ROMANS[roman] : "?");
                        }
                        roman = Math.max(n, roman + 1);
                        arabic = 0;
                    }
                    case ARABIC -> {
                        int n = Integer.parseInt(h.label());
                        if (n != arabic + 1) {
                            f.at(at(ctx, h), "arabic", h.label(), arabic + 1);
                        }
                        arabic = n;
                    }
                    case ARTICLE -> {
                        int n = Integer.parseInt(h.label());
                        if (n != article + 1) {
                            f.at(at(ctx, h), "article", h.label(), article + 1);
                        }
                        article = n;
                    }
                    default -> {
                        // Phần may be numbered in words; letters have their own rule; items are unnumbered.
                    }
                }
            }
        }
    }

    static final class Letters extends BaseRule {
        Letters() {
            super("ND30.NUMBERING.LETTERS");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            List<String> letters = ctx.profile().letters();
            int expected = 0;
            for (Heading h : ctx.structure().headings()) {
                if (h.level() == Heading.Level.DASH || h.level() == Heading.Level.PLUS) {
                    continue;
                }
                if (h.level() != Heading.Level.LETTER) {
                    expected = 0;
                    continue;
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
        }
    }
}
