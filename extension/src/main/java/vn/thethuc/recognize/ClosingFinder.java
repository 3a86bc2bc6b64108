package vn.thethuc.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.thethuc.document.Alignment;
import vn.thethuc.document.Paragraph;
import vn.thethuc.document.Place;

import static vn.thethuc.recognize.Recognizer.NOI_NHAN;
import static vn.thethuc.recognize.Recognizer.column;

/**
 * The closing: Nơi nhận and its items, and the signature — in the closing table (the signature in a column right
 * of Nơi nhận, a middle one often empty), typed as two columns with the signer's lines beside the recipients, or,
 * without a Nơi nhận, the trailing title lines and name.
 */
final class ClosingFinder {
    /** The closing's parts; {@code bodyEnd} is the index where the body stops. */
    record Closing(Optional<Paragraph> noiNhan, List<Paragraph> items, List<Paragraph> signature, int bodyEnd) {
    }

    private ClosingFinder() {
    }

    static Closing find(List<Paragraph> ps, int bodyStart) {
        // decomposed letters (reported by ND30.TEXT.NFC) do not hide the Nơi nhận
        Optional<Paragraph> noiNhan = ps.stream().skip(bodyStart).filter(p -> NOI_NHAN.matcher(Text.nfc(p.trimmed())).find())
                .findFirst();
        List<Paragraph> items = new ArrayList<>();
        List<Paragraph> signature = new ArrayList<>();
        int bodyEnd = ps.size();
        if (noiNhan.isPresent()) {
            Paragraph n = noiNhan.get();
            bodyEnd = n.index();
            if (n.place().inTable()) {
                Place cell = n.place();
                bodyEnd = firstOfTable(ps, cell.table());
                for (Paragraph p : ps) {
                    if (p.index() > n.index() && p.place().equals(cell) && !p.isBlank()) {
                        items.add(p);
                    }
                    // the signature is in the columns to the right (a middle column is often left empty)
                    if (p.place().table() == cell.table() && p.place().row() == cell.row()
                            && p.place().column() > cell.column() && !p.isBlank()) {
                        signature.add(p);
                    }
                }
            } else {
                // A closing typed without a table: the signer's lines may share the Nơi nhận's lines, after a gap
                Optional<int[]> labelGap = column(n, Recognizer::isAuthorityLine);
                if (labelGap.isPresent()) {
                    noiNhan = Optional.of(n.slice(0, labelGap.get()[0]));
                    signature.add(n.slice(labelGap.get()[1], labelGap.get()[2]));
                }
                int i = n.index() + 1;
                for (; i < ps.size() && (ps.get(i).isBlank() || ps.get(i).trimmed().matches("^[-–+].*")); i++) {
                    if (!ps.get(i).isBlank()) {
                        Paragraph item = ps.get(i);
                        // once the signer's column has begun, whatever stands right of the gap is its: "(Đã ký)", the name
                        Optional<int[]> gap = signature.isEmpty() ? column(item, Recognizer::isSignerLine)
                                : column(item, t -> !t.isBlank());
                        if (gap.isPresent()) {
                            items.add(item.slice(0, gap.get()[0]));
                            signature.add(item.slice(gap.get()[1], gap.get()[2]));
                        } else {
                            items.add(item);
                        }
                    }
                }
                for (; i < ps.size(); i++) {
                    if (!ps.get(i).isBlank()) {
                        signature.add(ps.get(i));
                    }
                }
            }
        } else {
            signature.addAll(trailingSignature(ps, bodyStart));
            if (!signature.isEmpty()) {
                Paragraph first = signature.get(0);
                bodyEnd = first.place().inTable() ? firstOfTable(ps, first.place().table()) : first.index();
            }
        }
        return new Closing(noiNhan, items, signature, bodyEnd);
    }

    private static int firstOfTable(List<Paragraph> ps, int table) {
        return ps.stream().filter(p -> p.place().table() == table).map(Paragraph::index).findFirst().orElse(ps.size());
    }

    /** Without a Nơi nhận: the right column of a closing two-column table, or trailing upper-case lines and a name. */
    private static List<Paragraph> trailingSignature(List<Paragraph> ps, int bodyStart) {
        List<Paragraph> sig = new ArrayList<>();
        if (ps.isEmpty()) {
            return sig;
        }
        Paragraph last = ps.get(ps.size() - 1);
        for (int i = ps.size() - 1; i >= bodyStart && i >= 0; i--) {
            Paragraph p = ps.get(i);
            if (p.isBlank()) {
                continue;
            }
            if (p.text().strip().endsWith("./.") || p.text().length() > 120) {
                break;
            }
            if (last.place().inTable() && p.place().table() != last.place().table()) {
                break;
            }
            sig.add(0, p);
            if (sig.size() >= 6) {
                break;
            }
        }
        // "TL. Hiệu trưởng" typed in sentence case is still the signer's authority line
        boolean hasUpper = sig.stream().anyMatch(p -> Text.isUpperCase(p.text())
                || p.alignment() != Alignment.LEFT && Recognizer.AUTHORITY_PREFIX.matcher(Text.squeeze(p.text())).find());
        boolean endsWithName = !sig.isEmpty() && !Text.isUpperCase(sig.get(sig.size() - 1).text())
                && sig.get(sig.size() - 1).text().strip().split("\\s+").length <= 6;
        return hasUpper && endsWithName ? sig : List.of();
    }
}
