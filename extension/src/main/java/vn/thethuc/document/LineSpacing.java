package vn.thethuc.document;

/** PROPORTIONAL in percent (100 = single, 150 = 1.5 lines); the others in points. */
public record LineSpacing(Mode mode, double value) {
    public enum Mode { PROPORTIONAL, MINIMUM, LEADING, FIXED }

    public static final LineSpacing SINGLE = new LineSpacing(Mode.PROPORTIONAL, 100);
}
