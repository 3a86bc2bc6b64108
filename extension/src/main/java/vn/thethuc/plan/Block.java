package vn.thethuc.plan;

/**
 * One paragraph of a laid-out document: its text (NFC), its style, its place. A guidance sentence
 * ("Nêu …") the official replaces is a placeholder: {@code text} from {@code placeholderStart} to
 * {@code placeholderEnd} (both -1 when there is none). {@code mark}: a bookmark over the paragraph, or null.
 */
public record Block(Style style, String text, Zone zone, int placeholderStart, int placeholderEnd, String mark) {

    public Block(Style style, String text, Zone zone) {
        this(style, text, zone, -1, -1, null);
    }

    /** The same block, spanned by the (unprinted) bookmark {@code name}: a task taken from a parent plan. */
    public Block marked(String name) {
        return new Block(style, text, zone, placeholderStart, placeholderEnd, name);
    }

    /**
     * A block whose guidance sentence, from "Nêu " to its final full stop (kept outside, like the
     * closing "./."), is a placeholder: what the official types ends up before the stop.
     */
    public static Block of(Style style, String text, Zone zone) {
        int start = text.indexOf("Nêu ");
        if (start < 0) {
            return new Block(style, text, zone);
        }
        int end = text.endsWith("./.") ? text.length() - 3 : text.endsWith(".") ? text.length() - 1 : text.length();
        return new Block(style, text, zone, start, end, null);
    }

    public boolean hasPlaceholder() {
        return placeholderStart >= 0;
    }
}
