package vn.thethuc.rules;

/** A safe correction, as data; only the uno package applies fixes, each finding's fixes as one undo step. */
public sealed interface Fix {
    /** Paragraph and character formats a fix may set. */
    enum Format { FONT_FAMILY, CHAR_SIZE_PT, BOLD, ITALIC, ALIGNMENT, FIRST_LINE_INDENT_MM, SPACE_AFTER_PT, COLOR_BLACK }

    /** Replace characters [start, end) of a paragraph's text, keeping the formatting around them. */
    record ReplaceText(int paragraph, int start, int end, String replacement) implements Fix {
    }

    /** Set one format on the whole paragraph (character formats on all its text). */
    record SetFormat(int paragraph, Format format, Object value) implements Fix {
    }

    /** Mark all the text of the document as written in {@code language} (a BCP 47 tag, "vi-VN"). */
    record SetLanguage(String language) implements Fix {
    }

    /**
     * Keep paragraphs {@code from}..{@code to} on one page: the row of the closing table they sit in may
     * not break across pages; outside a table, each keeps with the next.
     */
    record KeepTogether(int from, int to) implements Fix {
    }

    /** Set the size (mm) of a page style, portrait. */
    record SetPageSize(String pageStyle, double widthMm, double heightMm) implements Fix {
    }

    /** Set the margins (mm) of a page style. */
    record SetPageMargins(String pageStyle, double topMm, double bottomMm, double leftMm, double rightMm)
            implements Fix {
    }
}
