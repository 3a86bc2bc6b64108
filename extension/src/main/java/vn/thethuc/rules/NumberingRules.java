package vn.thethuc.rules;

import java.util.List;
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
                        int n = Roman.value(h.label());
                        if (n != chapter + 1) {
                            f.at(at(ctx, h), "chapter", h.label(), Roman.of(chapter + 1));
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
                        int n = Roman.value(h.label());
                        if (n != roman + 1) {
                            f.at(at(ctx, h), "roman", h.label(), Roman.of(roman + 1));
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
