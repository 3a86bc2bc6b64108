package vn.thethuc.rules;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.thethuc.document.Paragraph;
import vn.thethuc.document.Run;
import vn.thethuc.recognize.Text;

/** Fonts, encodings and colour of all text (Phụ lục I, I.4). */
final class TypographyRules {
    private TypographyRules() {
    }

    static boolean isLegacyFont(CheckContext ctx, String font) {
        for (String prefix : ctx.profile().legacyFontPrefixes()) {
            if (font.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return true;
            }
        }
        return false;
    }

    /** TCVN3/VNI text shows Latin-1 symbols no Vietnamese word has: ¸ µ ¶ · ¹ ¨ © ª « ¬ ® ¯ ° ± ² ³ ´ ½ ¾ … */
    static boolean looksLegacyEncoded(String text) {
        int odd = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\u00A8' && c <= '\u00BF' && c != '\u00AB' && c != '\u00BB' && !isCommonSymbol(c)) || c == '\u00D7') {
                odd++;
            }
        }
        // TCVN3 or VNI text read as Latin-1 has one in almost every word; a technical text has a few
        return odd >= 3 && odd * 50 >= text.length();
    }

    /** A soft hyphen, "°", "±", "²", "³": what Vietnamese technical texts really write. */
    private static boolean isCommonSymbol(char c) {
        return c == '\u00AD' || c == '\u00B0' || c == '\u00B1' || c == '\u00B2' || c == '\u00B3';
    }

    static final class Family extends BaseRule {
        Family() {
            super("ND30.FONT.FAMILY");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            String family = ctx.profile().fontFamily();
            for (Paragraph p : ctx.document().paragraphs()) {
                for (Run r : p.runs()) {
                    if (!r.isBlank() && !sameFamily(r.font(), family) && !isLegacyFont(ctx, r.font()) && !isSymbolFont(r.font())) {
                        boolean symbols = false;
                        for (Run o : p.runs()) {
                            symbols |= isSymbolFont(o.font());
                        }
                        f.fixable(p, symbols ? List.of() : List.of(new Fix.SetFormat(p.index(), Fix.Format.FONT_FAMILY, family)),
                                "other", r.font(), family);
                        break;
                    }
                }
            }
        }
    }

    /**
     * "Times New Roman Bold" and "Times New Roman Italic" are faces of Times New Roman that Word files
     * name as fonts of their own.
     */
    static boolean sameFamily(String font, String family) {
        String f = font.strip();
        if (f.equalsIgnoreCase(family)) {
            return true;
        }
        String lower = f.toLowerCase(java.util.Locale.ROOT);
        String base = family.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith(base + " ") && lower.substring(base.length()).strip()
                .matches("(bold|italic|bold italic|regular|(ps)?mt|ps)( (bold|italic))*");
    }

    /** Wingdings and the like draw boxes and ticks, not text: the check-boxes of a form. */
    static boolean isSymbolFont(String font) {
        String f = font.strip().toLowerCase(java.util.Locale.ROOT);
        return f.startsWith("wingdings") || f.equals("webdings") || f.equals("symbol") || f.equals("opensymbol")
                || f.equals("mt extra") || f.equals("marlett");
    }

    static final class Legacy extends BaseRule {
        Legacy() {
            super("ND30.FONT.LEGACY");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            for (Paragraph p : ctx.document().paragraphs()) {
                Run font = null;
                for (Run r : p.runs()) {
                    if (!r.isBlank() && isLegacyFont(ctx, r.font())) {
                        font = r;
                        break;
                    }
                }
                if (font != null) {
                    f.at(p, "font", font.font());
                } else if (looksLegacyEncoded(p.text())) {
                    f.at(p, "encoding");
                }
            }
            // the page number, in the header or footer: a font the text does not show (a style's VNI-Times)
            ctx.document().pageStyles().stream().map(vn.thethuc.document.PageSetup::pageNumberFont)
                    .filter(font -> !font.isEmpty() && isLegacyFont(ctx, font)).findFirst()
                    .ifPresent(font -> f.document("pageNumberFont", font));
        }
    }

    /**
     * Text marked in another language than Vietnamese (Word keeps the keyboard's or the template's:
     * real files carry nl-NL, en-US, sv-SE …): spelling is checked against the wrong dictionary. One finding
     * for the document, naming the languages by how much text they mark; the fix marks it all Vietnamese.
     */
    static final class Language extends BaseRule {
        /** Below this many letters in other languages, a marked foreign name or word is not worth a warning. */
        static final int MIN_LETTERS = 20;

        Language() {
            super("ND30.TEXT.LANGUAGE");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            java.util.Map<String, Integer> letters = new java.util.HashMap<>();
            for (Paragraph p : ctx.document().paragraphs()) {
                for (Run r : p.runs()) {
                    String lang = r.language();
                    if (lang.isEmpty() || lang.equals("x-none") || lang.equals("vi") || lang.startsWith("vi-")) {
                        continue;
                    }
                    int n = 0;
                    for (int i = 0; i < r.text().length(); i++) {
                        n += Character.isLetter(r.text().charAt(i)) ? 1 : 0;
                    }
                    if (n > 0) {
                        letters.merge(lang, n, Integer::sum);
                    }
                }
            }
            int total = letters.values().stream().mapToInt(Integer::intValue).sum();
            if (total < MIN_LETTERS) {
                return;
            }
            List<String> named = letters.entrySet().stream()
                    .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed())
                    .map(java.util.Map.Entry::getKey).limit(4).toList();
            f.fixableDocument(List.of(new Fix.SetLanguage("vi-VN")), "other", String.join(", ", named));
        }
    }

    static final class Nfc extends BaseRule {
        Nfc() {
            super("ND30.TEXT.NFC");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            for (Paragraph p : ctx.document().paragraphs()) {
                if (!Text.surelyNfc(p.text()) && !Normalizer.isNormalized(p.text(), Normalizer.Form.NFC)) {
                    f.fixable(p, replacements(p), "decomposed");
                }
            }
        }

        /** Each decomposed letter (base + combining marks) replaced by its precomposed form, last first. */
        static List<Fix> replacements(Paragraph p) {
            String t = p.text();
            List<Fix> fixes = new ArrayList<>();
            int i = 0;
            while (i < t.length()) {
                int end = i + 1;
                while (end < t.length() && Character.getType(t.charAt(end)) == Character.NON_SPACING_MARK) {
                    end++;
                }
                String part = t.substring(i, end);
                String nfc = Normalizer.normalize(part, Normalizer.Form.NFC);
                if (!nfc.equals(part)) {
                    fixes.add(0, new Fix.ReplaceText(p.index(), i, end, nfc));
                }
                i = end;
            }
            return fixes;
        }
    }

    /** #1F1F1F and the like: black to the eye (each channel at most 20 %). */
    static boolean looksBlack(int rgb) {
        return (rgb >> 16 & 0xFF) <= 0x33 && (rgb >> 8 & 0xFF) <= 0x33 && (rgb & 0xFF) <= 0x33;
    }

    /** White text on the white page is not read as coloured text: it is not seen at all. */
    static boolean isWhite(int rgb) {
        return (rgb >> 16 & 0xFF) >= 0xF0 && (rgb >> 8 & 0xFF) >= 0xF0 && (rgb & 0xFF) >= 0xF0;
    }

    static final class Color extends BaseRule {
        Color() {
            super("ND30.FONT.COLOR");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            for (Paragraph p : ctx.document().paragraphs()) {
                for (Run r : p.runs()) {
                    if (r.color() != Run.AUTO_COLOR && !looksBlack(r.color()) && !isWhite(r.color()) && !r.isBlank()) {
                        f.fixable(p, List.of(new Fix.SetFormat(p.index(), Fix.Format.COLOR_BLACK, true)),
                                "notBlack", String.format("#%06X", r.color()));
                        break;
                    }
                }
            }
        }
    }
}
