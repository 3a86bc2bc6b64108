package vn.thethuc.recognize;

/** A numbered part of the body: I. / 1. / a) / Điều n. {@code label} is "II", "3", "đ", "5". */
public record Heading(Level level, String label, int paragraph) {
    public enum Level { ROMAN, ARABIC, LETTER, ARTICLE }
}
