package vn.thethuc.document;

/** A stretch of text with one effective character format. Colour is 0xRRGGBB, -1 for automatic. */
public record Run(String text, String font, double sizePt, boolean bold, boolean italic, int color) {
    public static final int AUTO_COLOR = -1;

    public boolean isBlank() {
        return text.isBlank();
    }

    /** Has a letter or a digit: a run whose boldness or slant the eye sees (a lone ":" or space it does not). */
    public boolean hasWords() {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
