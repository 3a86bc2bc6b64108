package vn.thethuc.recognize;

import java.text.Normalizer;
import java.util.Locale;

/** Text helpers for Vietnamese. */
public final class Text {
    private static final Locale VI = Locale.forLanguageTag("vi");

    private Text() {
    }

    public static String nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
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
