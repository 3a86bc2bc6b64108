package vn.thethuc.plan;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.thethuc.profile.Nd30Profile;

/**
 * An agency's name as NĐ30 writes it: inside a sentence with the capitals of Phụ lục II ("SỞ GIÁO DỤC VÀ ĐÀO
 * TẠO" → "Sở Giáo dục và Đào tạo"), and in the header column in lines that break between its parts, never
 * inside one ("SỞ GIÁO DỤC / VÀ ĐÀO TẠO", not "… ĐÀO / TẠO").
 */
public final class AgencyName {
    private static final Locale VI = Locale.forLanguageTag("vi");
    /** Words naming the kind of an agency that are two syllables: only the first is a capital ("Trung tâm Y tế"). */
    private static final List<String> TWO_SYLLABLE_KINDS = List.of("ủy ban", "uỷ ban", "hội đồng", "văn phòng", "trung tâm",
            "bệnh viện", "chi cục", "tổng cục", "công an", "liên đoàn", "liên hiệp", "học viện", "kho bạc", "chi nhánh",
            "thanh tra", "bảo hiểm");
    /** After these the place's name follows, every syllable a capital ("tỉnh Thái Nguyên"). */
    private static final List<String> PLACE_WORDS = List.of("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận",
            "phường", "xã");
    private static final Set<String> ONSETS = Set.of("", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l",
            "m", "n", "ng", "ngh", "nh", "p", "ph", "q", "qu", "r", "s", "t", "th", "tr", "v", "x");
    private static final Set<String> CODAS = Set.of("", "c", "ch", "m", "n", "ng", "nh", "p", "t");
    private static final String VOWELS = "aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ";

    private AgencyName() {
    }

    /**
     * The name as written inside a sentence. A name already in mixed case is the writer's and kept; one in
     * capitals takes the case of a name the profile knows, else Phụ lục II's: the kind's first syllable, the
     * first word of each field ("Lao động - Thương binh và Xã hội"), the place's name; abbreviations stay.
     */
    public static String inSentence(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\s\\u00A0]+", " ").strip();
        if (s.isEmpty() || !s.toUpperCase(VI).equals(s)) {
            return s;
        }
        String lower = s.toLowerCase(VI);
        for (String known : Nd30Profile.standard().agencyNames()) {
            String k = known.toLowerCase(VI);
            if (lower.equals(k) || lower.startsWith(k + " ")) {
                return known + places(words(s.substring(known.length()).strip()), 0, true);
            }
        }
        List<String> w = words(s);
        StringBuilder out = new StringBuilder();
        int kind = lower.length() > 0 && startsWithAny(lower, TWO_SYLLABLE_KINDS) ? 2 : 1;
        boolean capitalNext = false;
        for (int i = 0; i < w.size(); i++) {
            String word = w.get(i);
            String lw = word.toLowerCase(VI);
            int place = placeWordAt(w, i);
            if (i >= kind && place > 0) {
                return out + places(w.subList(i, w.size()), 0, out.length() > 0);
            }
            String shown;
            if (abbreviation(word)) {
                shown = word;
            } else if (i == 0 || i == kind || capitalNext) {
                shown = capital(lw);
            } else {
                shown = lw;
            }
            capitalNext = lw.equals("và") || word.endsWith(",") || word.equals("-");
            if (lw.equals("và")) {
                shown = "và";
            }
            out.append(out.length() > 0 ? " " : "").append(shown);
        }
        return out.toString();
    }

    /**
     * The name in capitals as lines of the header's column, {@code widthMm} wide at {@code sizePt} in bold
     * Times New Roman: one line when it fits, else broken before "VÀ", after a comma, at " - " or before the
     * place, so that no part of the name is cut; a part longer than the column is broken between its words.
     */
    public static List<String> headerLines(String upper, double widthMm, double sizePt) {
        return headerLines(upper, widthMm, sizePt, true);
    }

    /** {@link #headerLines(String, double, double)} in bold or regular type (the managing agency is not bold). */
    public static List<String> headerLines(String upper, double widthMm, double sizePt, boolean bold) {
        String s = Normalizer.normalize(upper, Normalizer.Form.NFC).replaceAll("[\\s\\u00A0]+", " ").strip();
        if (s.isEmpty() || widthMm(s, sizePt, bold) <= widthMm) {
            return List.of(s);
        }
        List<String> parts = parts(words(s));
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String part : parts) {
            String joined = line.isEmpty() ? part : line + " " + part;
            if (line.isEmpty() || widthMm(joined, sizePt, bold) <= widthMm) {
                line = joined;
            } else {
                lines.add(line);
                line = part;
            }
        }
        lines.add(line);
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            out.addAll(widthMm(l, sizePt, bold) <= widthMm ? List.of(l) : byWords(l, widthMm, sizePt, bold));
        }
        return out;
    }

    /**
     * Estimated width of bold Times New Roman text (no API measures text here): capitals about 0.72 em,
     * lower case 0.50 em, a space 0.25 em (Liberation Serif Bold, its metric twin, averaged over the Vietnamese
     * alphabet) — the estimate the header's underline uses too.
     */
    public static double widthMm(String text, double sizePt) {
        return widthMm(text, sizePt, true);
    }

    /** The same for regular type: capitals about 0.68 em, lower case 0.47 em. */
    public static double widthMm(String text, double sizePt, boolean bold) {
        double em = sizePt * 25.4 / 72.0;
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            w += c == ' ' ? 0.25 : Character.isUpperCase(c) ? (bold ? 0.72 : 0.68) : (bold ? 0.50 : 0.47);
        }
        return w * em;
    }

    /** Words grouped into the name's parts: a break may come only between two of them. */
    private static List<String> parts(List<String> w) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < w.size(); i++) {
            String word = w.get(i);
            String lw = word.toLowerCase(VI);
            boolean breakBefore = part.length() > 0 && (lw.equals("và") || placeWordAt(w, i) > 0);
            if (breakBefore) {
                parts.add(part.toString());
                part.setLength(0);
            }
            part.append(part.length() > 0 ? " " : "").append(word);
            if (word.endsWith(",") || word.equals("-")) {
                parts.add(part.toString()); // the hyphen ends its line: "SỞ LAO ĐỘNG -" / "THƯƠNG BINH VÀ XÃ HỘI"
                part.setLength(0);
            }
        }
        if (part.length() > 0) {
            parts.add(part.toString());
        }
        return parts;
    }

    private static List<String> byWords(String line, double widthMm, double sizePt, boolean bold) {
        List<String> out = new ArrayList<>();
        String current = "";
        for (String word : words(line)) {
            String joined = current.isEmpty() ? word : current + " " + word;
            if (current.isEmpty() || widthMm(joined, sizePt, bold) <= widthMm) {
                current = joined;
            } else {
                out.add(current);
                current = word;
            }
        }
        out.add(current);
        return out;
    }

    /** " tỉnh Thái Nguyên": the place word in lower case, its name's syllables in capitals. */
    private static String places(List<String> w, int from, boolean leadingSpace) {
        StringBuilder out = new StringBuilder();
        int i = from;
        while (i < w.size()) {
            int place = placeWordAt(w, i);
            if (place > 0) {
                for (int k = 0; k < place; k++) {
                    out.append(" ").append(w.get(i + k).toLowerCase(VI));
                }
                i += place;
            } else {
                String word = w.get(i);
                out.append(" ").append(abbreviation(word) ? word : capital(word.toLowerCase(VI)));
                i++;
            }
        }
        String s = out.toString();
        return leadingSpace ? s : s.strip();
    }

    /** How many words the place word at {@code i} has ("thành phố": 2), 0 when there is none. */
    private static int placeWordAt(List<String> w, int i) {
        for (String p : PLACE_WORDS) {
            String[] pw = p.split(" ");
            if (i + pw.length <= w.size()) {
                boolean match = true;
                for (int k = 0; k < pw.length; k++) {
                    match &= w.get(i + k).toLowerCase(VI).equals(pw[k]);
                }
                // a place word followed by nothing is the kind's word itself ("Ban Dân tộc tỉnh")
                if (match && i + pw.length < w.size()) {
                    return pw.length;
                }
            }
        }
        return 0;
    }

    private static boolean startsWithAny(String lower, List<String> prefixes) {
        for (String p : prefixes) {
            if (lower.equals(p) || lower.startsWith(p + " ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Not a Vietnamese syllable, so an abbreviation that keeps its capitals ("UBND", "THPT", "HĐND"): no vowel,
     * or consonants before or after the vowels that no syllable has.
     */
    static boolean abbreviation(String word) {
        String w = word.replaceAll("[^\\p{L}]", "").toLowerCase(VI);
        if (w.length() < 2) {
            return false;
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < w.length(); i++) {
            if (VOWELS.indexOf(w.charAt(i)) >= 0) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return true;
        }
        for (int i = first; i <= last; i++) {
            if (VOWELS.indexOf(w.charAt(i)) < 0) {
                return true;
            }
        }
        return !ONSETS.contains(w.substring(0, first)) || !CODAS.contains(w.substring(last + 1));
    }

    private static String capital(String lw) {
        return lw.isEmpty() ? lw : lw.substring(0, 1).toUpperCase(VI) + lw.substring(1);
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.split(" ")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
