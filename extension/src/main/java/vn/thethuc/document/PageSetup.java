package vn.thethuc.document;

/**
 * A page style in use. Lengths in millimetres; {@code topMm} is LibreOffice's top margin (to the
 * header when there is one), {@code headerHeightMm} the header with its spacing (0 without header).
 * {@code pageNumberInHeader} tells whether its header holds a page-number field;
 * {@code firstPageHasNumber} whether the first page shows one; {@code follow} the next page's style.
 * {@code pageNumberInFooter}: a page-number field in the footer (where NĐ30 does not put it); {@code pageNumberFont}
 * the font of the field the header (else the footer) holds, "" when none or unknown.
 * {@code footerHeightMm} is the footer with its spacing (0 without footer), {@code bottomMm} then reaching
 * only to the footer. A Word file's margins are where its body starts and ends: opened in Writer, its
 * top margin becomes the header's distance plus the header height.
 */
public record PageSetup(String name, double widthMm, double heightMm, boolean landscape, double topMm,
        double bottomMm, double leftMm, double rightMm, double headerHeightMm, String follow,
        boolean pageNumberInHeader, boolean firstPageHasNumber, Alignment pageNumberAlignment, double pageNumberSizePt,
        double footerHeightMm, boolean pageNumberInFooter, String pageNumberFont) {

    public PageSetup(String name, double widthMm, double heightMm, boolean landscape, double topMm, double bottomMm,
            double leftMm, double rightMm, double headerHeightMm, String follow, boolean pageNumberInHeader,
            boolean firstPageHasNumber, Alignment pageNumberAlignment, double pageNumberSizePt, double footerHeightMm) {
        this(name, widthMm, heightMm, landscape, topMm, bottomMm, leftMm, rightMm, headerHeightMm, follow,
                pageNumberInHeader, firstPageHasNumber, pageNumberAlignment, pageNumberSizePt, footerHeightMm, false, "");
    }

    public PageSetup(String name, double widthMm, double heightMm, boolean landscape, double topMm, double bottomMm,
            double leftMm, double rightMm, double headerHeightMm, String follow, boolean pageNumberInHeader,
            boolean firstPageHasNumber, Alignment pageNumberAlignment, double pageNumberSizePt) {
        this(name, widthMm, heightMm, landscape, topMm, bottomMm, leftMm, rightMm, headerHeightMm, follow,
                pageNumberInHeader, firstPageHasNumber, pageNumberAlignment, pageNumberSizePt, 0);
    }

    /** Where the body text starts, measured from the top edge. */
    public double bodyTopMm() {
        return topMm + headerHeightMm;
    }

    /** Where the body text ends, measured from the bottom edge. */
    public double bodyBottomMm() {
        return bottomMm + footerHeightMm;
    }
}
