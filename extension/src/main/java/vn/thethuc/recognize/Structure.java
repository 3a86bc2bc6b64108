package vn.thethuc.recognize;

import java.util.List;
import java.util.Optional;
import vn.thethuc.document.Paragraph;

/**
 * The parts of an administrative document that recognition found, as paragraphs of the snapshot.
 * {@code typeCode} is the Phụ lục III code (KH, QĐ …), or "CV" for a công văn. {@code appendixHeadings}: the
 * numbering of a document attached after the signature (the Điều lệ a Quyết định approves), empty without one.
 */
public record Structure(String typeCode, Optional<String> typeName, List<Paragraph> agency,
        Optional<Paragraph> soKyHieu, Optional<Paragraph> quocHieu, Optional<Paragraph> tieuNgu,
        Optional<Paragraph> date, Optional<Paragraph> title, List<Paragraph> trichYeu, Optional<Paragraph> vv,
        List<Paragraph> kinhGui, List<Paragraph> body, List<Heading> headings, Optional<Paragraph> noiNhan,
        List<Paragraph> noiNhanItems, List<Paragraph> signature, List<Heading> appendixHeadings) {

    public static final String CONG_VAN = "CV";

    public boolean isCongVan() {
        return CONG_VAN.equals(typeCode);
    }

    /**
     * The issuing agency's name as the header writes it: the bold lines that end the agency block (the lines
     * above them name the parent agency), joined; the last line when none is bold. Empty without a header.
     */
    public Optional<String> issuingAgency() {
        if (agency.isEmpty()) {
            return Optional.empty();
        }
        int first = agency.size() - 1;
        while (first > 0 && agency.get(first - 1).anyBold() && agency.get(agency.size() - 1).anyBold()) {
            first--;
        }
        StringBuilder name = new StringBuilder();
        for (Paragraph p : agency.subList(first, agency.size())) {
            name.append(name.length() > 0 ? " " : "").append(Text.squeeze(p.text()));
        }
        String s = name.toString().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
