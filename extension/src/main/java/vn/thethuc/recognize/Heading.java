package vn.thethuc.recognize;

/**
 * A part of the body tree: Phần / Chương / Mục / Điều, I. / 1. / a), and the "-" and "+" items.
 * {@code label} is "II", "3", "đ", "5" ("" for items).
 */
public record Heading(Level level, String label, int paragraph) {
    public enum Level { PART, CHAPTER, SECTION, ARTICLE, ROMAN, ARABIC, LETTER, DASH, PLUS }
}
