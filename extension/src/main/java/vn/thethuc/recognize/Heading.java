package vn.thethuc.recognize;

/**
 * A part of the body tree: Phần / Chương / Mục / Điều, the lettered parts A. / B. some plans set above
 * I. / 1. / 1.1. / a), and the "-" and "+" items.
 * {@code label} is "II", "3", "7.1", "đ", "5" ("" for items); {@code mark} is the punctuation written after
 * it (".", ")" or a writer's ":" in "Điều 1:"), "" when there is none.
 */
public record Heading(Level level, String label, int paragraph, String mark) {
    public enum Level { PART, CHAPTER, SECTION, ARTICLE, LETTERED, ROMAN, ARABIC, DECIMAL, LETTER, DASH, PLUS }

    public Heading(Level level, String label, int paragraph) {
        this(level, label, paragraph, "");
    }
}
