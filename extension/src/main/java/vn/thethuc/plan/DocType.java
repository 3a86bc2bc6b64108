package vn.thethuc.plan;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** The document types Thể Thức lays out, with the name printed as the title and the code of Phụ lục III. */
public enum DocType {
    KH("KẾ HOẠCH", "KH"),
    CV(null, ""),
    BC("BÁO CÁO", "BC"),
    QD("QUYẾT ĐỊNH", "QĐ"),
    TTR("TỜ TRÌNH", "TTr"),
    TB("THÔNG BÁO", "TB"),
    HD("HƯỚNG DẪN", "HD"),
    CTR("CHƯƠNG TRÌNH", "CTr");

    private final String title;
    private final String code;

    DocType(String title, String code) {
        this.title = title;
        this.code = code;
    }

    /** The type name printed as the title, upper case; empty for a công văn, which has none. */
    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    /** The code in the ký hiệu (KH, QĐ, TTr …); empty for a công văn. */
    public String code() {
        return code;
    }

    /** From a code as officials write it: {@code KH}, {@code QĐ} or {@code QD}, {@code TTr}, {@code CV} … */
    public static Optional<DocType> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String k = Normalizer.normalize(s.strip(), Normalizer.Form.NFC).toUpperCase(Locale.ROOT).replace('Đ', 'D');
        for (DocType t : values()) {
            if (t.name().equals(k)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
