package vn.thethuc.document;

/**
 * A page style in use. Lengths in millimetres; {@code topMm} is LibreOffice's top margin (to the
 * header when there is one), {@code headerHeightMm} the header with its spacing (0 without header).
 * {@code pageNumberInHeader} tells whether its header holds a page-number field;
 * {@code firstPageHasNumber} whether the first page shows one; {@code follow} the next page's style.
 */
public record PageSetup(String name, double widthMm, double heightMm, boolean landscape, double topMm,
        double bottomMm, double leftMm, double rightMm, double headerHeightMm, String follow,
        boolean pageNumberInHeader, boolean firstPageHasNumber, Alignment pageNumberAlignment, double pageNumberSizePt) {

    /** Where the body text starts, measured from the top edge. */
    public double bodyTopMm() {
        return topMm + headerHeightMm;
    }
}
