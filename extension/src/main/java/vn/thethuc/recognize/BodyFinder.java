package vn.thethuc.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.thethuc.document.Alignment;
import vn.thethuc.document.Paragraph;

/**
 * What opens the body and the body itself: the trích yếu under the title, a công văn's Kính gửi block (its
 * recipients' lines, wrapped or held right by an indent), then the text up to the closing, outside tables.
 */
final class BodyFinder {
    /** The trích yếu, the Kính gửi block and the index where the body starts. */
    record Opening(List<Paragraph> trichYeu, List<Paragraph> kinhGui, int bodyStart) {
    }

    private BodyFinder() {
    }

    static Opening opening(List<Paragraph> ps, Optional<Paragraph> title, int headerEnd) {
        List<Paragraph> trichYeu = new ArrayList<>();
        int bodyStart = headerEnd;
        if (title.isPresent()) {
            int i = title.get().index() + 1;
            while (i < ps.size() && !ps.get(i).isBlank() && ps.get(i).alignment() == Alignment.CENTER
                    && !Text.isDecoration(ps.get(i).text()) && !Recognizer.isKinhGui(ps.get(i).trimmed())
                    && !(!trichYeu.isEmpty() && Recognizer.isAuthorityLine(ps.get(i).trimmed()))
                    && trichYeu.size() < 4) {
                trichYeu.add(ps.get(i++));
            }
            bodyStart = i;
        }
        List<Paragraph> kinhGui = new ArrayList<>();
        for (int i = Math.max(0, Math.min(bodyStart, ps.size())); i < Math.min(ps.size(), bodyStart + 12); i++) {
            if (Recognizer.isKinhGui(ps.get(i).trimmed())) {
                kinhGui.add(ps.get(i));
                for (int j = i + 1; j < ps.size(); j++) {
                    // (lines pushed right with no-break spaces are the address block's too)
                    String t = Text.squeeze(ps.get(j).text());
                    String before = Text.squeeze(kinhGui.get(kinhGui.size() - 1).text());
                    // a recipient wrapped onto the next line ("- Các Sở: Công Thương, Tài chính," / "Nông nghiệp …;")
                    boolean wrapped = kinhGui.size() > 1 && !t.isEmpty() && before.matches("^[-–]\\s.*,$")
                            && ps.get(j).place().equals(ps.get(j - 1).place()) && t.length() <= 80;
                    if (!t.matches("^[-–]\\s.*") && !wrapped) {
                        break;
                    }
                    kinhGui.add(ps.get(j));
                }
                bodyStart = kinhGui.get(kinhGui.size() - 1).index() + 1;
                // recipients' lines held under the Kính gửi by a left indent, without dashes, are the address
                // block's, not body text (not judged as recipients either: their form is unsure)
                for (int k = 0; k < 6 && bodyStart < ps.size() && !ps.get(bodyStart).place().inTable()
                        && ps.get(bodyStart).leftIndentMm() >= Recognizer.ADDRESS_INDENT_MM && !ps.get(bodyStart).isBlank(); k++) {
                    bodyStart++;
                }
                break;
            }
        }

        return new Opening(trichYeu, kinhGui, bodyStart);
    }

    /** The body's paragraphs from {@code start} up to {@code end}: not blank, outside tables. */
    static List<Paragraph> body(List<Paragraph> ps, int bodyStart, int bodyEnd) {
        List<Paragraph> body = new ArrayList<>();
        for (int i = Math.max(0, bodyStart); i < Math.min(bodyEnd, ps.size()); i++) {
            Paragraph p = ps.get(i);
            if (!p.isBlank() && !p.place().inTable()) {
                body.add(p);
            }
        }
        return body;
    }
}
