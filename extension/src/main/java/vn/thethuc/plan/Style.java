package vn.thethuc.plan;

import vn.thethuc.document.Alignment;

/**
 * The named paragraph styles a document is built with, each carrying its NĐ30 format (Phụ lục I).
 * Writer gets them as paragraph styles of these names; the checker reads back the same formats.
 */
public enum Style {
    CO_QUAN_CHU_QUAN("VB Cơ quan chủ quản", 13, false, false, Alignment.CENTER, 0, 0),
    CO_QUAN("VB Cơ quan", 13, true, false, Alignment.CENTER, 0, 0),
    SO_KY_HIEU("VB Số ký hiệu", 13, false, false, Alignment.CENTER, 0, 0, 6),
    TRICH_YEU_CV("VB Trích yếu công văn", 12, false, false, Alignment.CENTER, 0, 0),
    QUOC_HIEU("VB Quốc hiệu", 13, true, false, Alignment.CENTER, 0, 0),
    TIEU_NGU("VB Tiêu ngữ", 14, true, false, Alignment.CENTER, 0, 0),
    NGAY_THANG("VB Ngày tháng", 14, false, true, Alignment.CENTER, 0, 6, 6),
    TEN_LOAI("VB Tên loại", 14, true, false, Alignment.CENTER, 0, 0),
    TRICH_YEU("VB Trích yếu", 14, true, false, Alignment.CENTER, 0, 6),
    THAM_QUYEN("VB Thẩm quyền", 14, true, false, Alignment.CENTER, 0, 6),
    KINH_GUI("VB Kính gửi", 14, false, false, Alignment.CENTER, 0, 6),
    CAN_CU("VB Căn cứ", 14, false, true, Alignment.JUSTIFY, 10, 6),
    NOI_DUNG("VB Nội dung", 14, false, false, Alignment.JUSTIFY, 10, 6),
    MUC_I("VB Mục I", 14, true, false, Alignment.JUSTIFY, 10, 6),
    MUC_1("VB Mục 1", 14, true, false, Alignment.JUSTIFY, 10, 6),
    NOI_NHAN("VB Nơi nhận", 12, true, true, Alignment.LEFT, 0, 0),
    NOI_NHAN_DONG("VB Nơi nhận dòng", 11, false, false, Alignment.LEFT, 0, 0),
    CHUC_VU_KY("VB Chức vụ ký", 14, true, false, Alignment.CENTER, 0, 0),
    HO_TEN_KY("VB Họ tên ký", 14, true, false, Alignment.CENTER, 0, 0, 72);

    private final String displayName;
    private final double size;
    private final boolean bold;
    private final boolean italic;
    private final Alignment alignment;
    private final double firstLineIndentMm;
    private final double spaceAfterPt;
    private final double spaceBeforePt;

    Style(String displayName, double size, boolean bold, boolean italic, Alignment alignment,
            double firstLineIndentMm, double spaceAfterPt) {
        this(displayName, size, bold, italic, alignment, firstLineIndentMm, spaceAfterPt, 0);
    }

    /**
     * {@code spaceBeforePt}: the room for the line under the agency name and the Tiêu ngữ, and for the
     * handwritten signature and the seal above the signer's name.
     */
    Style(String displayName, double size, boolean bold, boolean italic, Alignment alignment,
            double firstLineIndentMm, double spaceAfterPt, double spaceBeforePt) {
        this.displayName = displayName;
        this.size = size;
        this.bold = bold;
        this.italic = italic;
        this.alignment = alignment;
        this.firstLineIndentMm = firstLineIndentMm;
        this.spaceAfterPt = spaceAfterPt;
        this.spaceBeforePt = spaceBeforePt;
    }

    public static final String FONT = "Times New Roman";

    public String displayName() {
        return displayName;
    }

    public double size() {
        return size;
    }

    public boolean bold() {
        return bold;
    }

    public boolean italic() {
        return italic;
    }

    public Alignment alignment() {
        return alignment;
    }

    public double firstLineIndentMm() {
        return firstLineIndentMm;
    }

    public double spaceAfterPt() {
        return spaceAfterPt;
    }

    public double spaceBeforePt() {
        return spaceBeforePt;
    }
}
