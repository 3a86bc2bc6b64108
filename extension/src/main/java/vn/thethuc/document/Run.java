package vn.thethuc.document;

/**
 * A stretch of text with one effective character format. Colour is 0xRRGGBB, -1 for automatic;
 * {@code language} the language the text is marked in ("vi-VN", "en-US"), "" when none; {@code fill}: the
 * text is a fill-in the writer has not filled (a placeholder field, a form field or a content control still
 * showing its prompt), whatever it reads.
 */
public record Run(String text, String font, double sizePt, boolean bold, boolean italic, int color, String language,
        boolean fill) {
    public static final int AUTO_COLOR = -1;

    public Run(String text, String font, double sizePt, boolean bold, boolean italic, int color, String language) {
        this(text, font, sizePt, bold, italic, color, language, false);
    }

    public Run(String text, String font, double sizePt, boolean bold, boolean italic, int color) {
        this(text, font, sizePt, bold, italic, color, "");
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    /** Has a letter or a digit: a run whose boldness or slant the eye sees (a lone ":" or space it does not). */
    public boolean hasWords() {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
