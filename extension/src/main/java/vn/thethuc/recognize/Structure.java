package vn.thethuc.recognize;

import java.util.List;
import java.util.Optional;
import vn.thethuc.document.Paragraph;

/**
 * The parts of an administrative document that recognition found, as paragraphs of the snapshot.
 * {@code typeCode} is the Phụ lục III code (KH, QĐ …), or "CV" for a công văn.
 */
public record Structure(String typeCode, Optional<String> typeName, List<Paragraph> agency,
        Optional<Paragraph> soKyHieu, Optional<Paragraph> quocHieu, Optional<Paragraph> tieuNgu,
        Optional<Paragraph> date, Optional<Paragraph> title, List<Paragraph> trichYeu, Optional<Paragraph> vv,
        List<Paragraph> kinhGui, List<Paragraph> body, List<Heading> headings, Optional<Paragraph> noiNhan,
        List<Paragraph> noiNhanItems, List<Paragraph> signature) {

    public static final String CONG_VAN = "CV";

    public boolean isCongVan() {
        return CONG_VAN.equals(typeCode);
    }
}
