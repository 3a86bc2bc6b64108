package vn.thethuc.recognize;

import java.text.Normalizer;
import java.util.Locale;

/** Text helpers for Vietnamese. */
public final class Text {
    private static final Locale VI = Locale.forLanguageTag("vi");

    private Text() {
    }

    public static String nfc(String s) {
        return surelyNfc(s) || Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * True for text made only of characters that are NFC whatever surrounds them: below the combining
     * marks (U+0300), the precomposed Vietnamese letters (U+1E00–U+1EFF), punctuation, arrows and other
     * symbols (U+2002–U+20CF, U+2100–U+2BFF) but for the few that normalise to another character (Ω, K, Å,
     * 〈 〉). Almost every paragraph: the normaliser, which allocates, is asked only about the rest.
     */
    public static boolean surelyNfc(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '\u0300' || c >= '\u1E00' && c <= '\u1EFF' || c >= '\u2002' && c <= '\u20CF') {
                continue;
            }
            if (c >= '\u2100' && c <= '\u2BFF' && c != '\u2126' && c != '\u212A' && c != '\u212B' && c != '\u2329'
                    && c != '\u232A') {
                continue;
            }
            return false;
        }
        return true;
    }

    /**
     * The text as it prints, for reading words: NFC, without the soft hyphens and zero-width characters Word
     * files carry inside words ("Lư\u00ADu VT"). Its offsets are not the paragraph's: never for a fix.
     */
    public static String visible(String s) {
        String n = nfc(s);
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c == '\u00AD' || c >= '\u200B' && c <= '\u200D' || c == '\uFEFF') {
                return n.replaceAll("[\u00AD\u200B-\u200D\uFEFF]", "");
            }
        }
        return n;
    }

    public static String upper(String s) {
        return nfc(s).toUpperCase(VI);
    }

    /** Collapses white space (including non-breaking) to single spaces. */
    public static String squeeze(String s) {
        return s.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    /** Has letters and none of them lower case. */
    public static boolean isUpperCase(String s) {
        boolean letters = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters = true;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letters;
    }

    /** Lines of only rules or punctuation, like "-------" or "____" under the agency name. */
    public static boolean isDecoration(String s) {
        String t = s.strip();
        return !t.isEmpty() && t.chars().noneMatch(Character::isLetterOrDigit);
    }
}
