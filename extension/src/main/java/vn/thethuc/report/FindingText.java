package vn.thethuc.report;

import vn.thethuc.i18n.Bundle;
import vn.thethuc.recognize.Part;

/**
 * A finding as a person reads it in a list: where it is (the part of the document and the words it is
 * about), the message, the rule by its name and the clause — never a paragraph number or a rule's id alone.
 */
public final class FindingText {
    private static final int EXCERPT_WORDS = 7;

    private FindingText() {
    }

    /** "Phần đầu" / "Header". */
    public static String part(CheckReport.Item f, Bundle texts) {
        return texts.text("part." + Part.ofId(f.part()).id());
    }

    /** The first words of what the finding is about, "«Căn cứ Công văn số 912/LĐT BXH-BĐG ngày…»"; "" when nothing. */
    public static String excerpt(String text) {
        String t = text == null ? "" : text.replaceAll("[\\s\\u00A0]+", " ").strip();
        if (t.isEmpty()) {
            return "";
        }
        String[] words = t.split(" ");
        if (words.length <= EXCERPT_WORDS && t.length() <= 60) {
            return "«" + t + "»";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(EXCERPT_WORDS, words.length) && sb.length() < 50; i++) {
            sb.append(i > 0 ? " " : "").append(words[i]);
        }
        return "«" + sb + "…»";
    }

    /** "Phần đầu, «Số: 59 /KH-UBND»": the part, and the words unless the message quotes them already. */
    public static String where(CheckReport.Item f, Bundle texts) {
        String excerpt = excerpt(f.text());
        String quoted = f.text() == null ? "" : f.text().strip();
        boolean inMessage = !quoted.isEmpty() && f.message().contains(quoted.length() > 30 ? quoted.substring(0, 30) : quoted);
        return excerpt.isEmpty() || inMessage ? part(f, texts) : part(f, texts) + ", " + excerpt;
    }

    /** A line of the findings list: "[Lỗi] Phần đầu: Số, ký hiệu «…» sai định dạng …". */
    public static String row(CheckReport.Item f, Bundle texts) {
        return texts.text("report.severity." + f.severity()) + " " + where(f, texts) + ": " + f.message();
    }

    /** The rule's name and clause: "Số, ký hiệu văn bản — căn cứ: Phụ lục I, II.3; Điều 15". */
    public static String rule(CheckReport.Item f, Bundle texts) {
        String key = "ruleName." + f.rule();
        String name = texts.has(key) ? texts.text(key) : f.rule();
        return texts.text("dialog.detail", name, f.clause());
    }
}
