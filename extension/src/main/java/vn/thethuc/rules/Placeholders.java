package vn.thethuc.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thethuc.document.Paragraph;
import vn.thethuc.document.Run;
import vn.thethuc.recognize.Text;

/**
 * Where a paragraph still holds something the drafter was to replace: a fill-in field not filled, the
 * guidance sentences the templates put in ("Nêu mục đích của Kế hoạch"), and the hand-made placeholders
 * of real drafts — a prompt in angle brackets ({@code <Nêu …>}, {@code ‹…›}), an instruction in brackets
 * ({@code [Nêu …]}, {@code (ghi tên …)}), {@code xxx}, and a blank of dots where a number or a date goes
 * ({@code số …/QĐ-UBND}, {@code ngày … tháng …}). Pure: the live check uses it on one paragraph's text.
 * A line of underscores is not one: it is the rule many agencies draw under the agency's name.
 *
 * <p>Not placeholders: an ellipsis closing a list ("các sở, ngành…"), a Roman numeral ({@code XX}), a
 * bracketed note ({@code (Ghi chú: …)}) — a false error here would stop a signing.
 */
public final class Placeholders {
    /** A prompt in angle brackets or single guillemets, as Writer shows a placeholder field ({@code <Nêu …>}). */
    private static final Pattern ANGLE = Pattern.compile("[<‹](?=\\S)([^<>‹›\\n]{2,160}?)(?<=\\S)[>›]");
    /** An instruction in brackets: «[Nêu …]», «(ghi tên cơ quan)», «[Tên đơn vị]». */
    private static final Pattern BRACKETED = Pattern.compile("[\\[(«{]\\s*((?iu:nêu|điền|nhập|chọn|ghi (?!chú|rõ họ)"
            + "|tên (?:cơ quan|đơn vị|tổ chức|người|văn bản)|họ (?:và )?tên (?:người|cán bộ))[^\\[\\]()«»{}\\n]{0,160})[\\])»}]");
    /** {@code xxx}, {@code XXX}, {@code xx/xx/20xx}: two or more x's where a figure goes. */
    private static final Pattern XS = Pattern.compile("(?<![\\p{L}\\d])(?:[xX]{3,}|x{2,}(?=[/.\\-])|(?<=[/.\\-])x{2,}"
            + "|(?:19|20)xx)(?![\\p{L}])");
    /** A blank of dots, an ellipsis or underscores where a number goes ("số …/QĐ-UBND", "…/KH-SYT"). */
    private static final Pattern BLANK_NUMBER = Pattern.compile("(?iu:số\\s*)?(?:…+|\\.{3,}|_{3,})\\s*/\\s*\\p{Lu}[\\p{L}\\d-]*");
    /** … or where a day, month or year goes ("ngày … tháng … năm 2026", "số ……"). */
    private static final Pattern BLANK_DATE = Pattern.compile("(?iu)\\b(?:số|ngày|tháng|năm)\\s*(?:…+|\\.{3,}|_{3,})");
    /**
     * A line of only dots or ellipses: a blank to write in. (Underscores are not: a line of them is how many
     * agencies draw the rule under the agency's name or the motto.)
     */
    private static final Pattern BLANK_LINE = Pattern.compile("^[-+•\\s]*[.…\\s]{4,}[;.,]?\\s*$");

    private Placeholders() {
    }

    /** One placeholder: where it is in the paragraph's text and what it reads. */
    public record Found(int start, int end, String text) {
    }

    /** The placeholders of a paragraph's text (and of its runs that are unfilled fields), in order. */
    public static List<Found> in(String text, List<Run> runs, List<String> guidance) {
        String t = Text.nfc(text);
        List<Found> out = new ArrayList<>();
        int at = 0;
        for (Run r : runs) {
            if (r.fill() && !r.text().isBlank()) {
                add(out, at, at + r.text().length(), t);
            }
            at += r.text().length();
        }
        for (String g : guidance) {
            for (int i = t.indexOf(g); i >= 0; i = t.indexOf(g, i + 1)) {
                if (sentenceStart(t, i)) {
                    add(out, i, i + g.length(), t);
                }
            }
        }
        for (Pattern p : List.of(ANGLE, BRACKETED)) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                if (m.group(1).codePoints().anyMatch(Character::isLetter)) {
                    add(out, m.start(), m.end(), t);
                }
            }
        }
        for (Pattern p : List.of(XS, BLANK_NUMBER, BLANK_DATE)) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                add(out, m.start(), m.end(), t);
            }
        }
        if (BLANK_LINE.matcher(t).find() && t.chars().filter(c -> c == '.' || c == '…').count() >= 4) {
            add(out, 0, t.length(), t);
        }
        out.sort(java.util.Comparator.comparingInt(Found::start));
        return out;
    }

    /** The first placeholder of a paragraph, if any. */
    public static Optional<Found> first(Paragraph p, List<String> guidance) {
        List<Found> all = in(p.text(), p.runs(), guidance);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** At the start of the text or of a sentence, after a number ("1. ", "Điều 1. ") or a dash. */
    private static boolean sentenceStart(String t, int i) {
        String before = t.substring(0, i).stripTrailing();
        return before.isEmpty() || before.endsWith(".") || before.endsWith(":") || before.endsWith("-")
                || before.endsWith(")") || before.endsWith(";") || before.matches(".*\\b(?:Điều \\d+|\\d+|[IVXLC]+)\\.?$");
    }

    private static void add(List<Found> out, int start, int end, String t) {
        end = Math.min(end, t.length()); // a run's place, counted before the text was composed (NFC)
        if (start >= end) {
            return;
        }
        for (Found f : out) {
            if (start < f.end() && end > f.start()) {
                return; // one placeholder, found twice (a field whose text is also a guidance sentence)
            }
        }
        out.add(new Found(start, end, t.substring(start, end).strip()));
    }
}
