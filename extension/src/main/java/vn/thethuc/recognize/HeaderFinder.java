package vn.thethuc.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thethuc.document.Alignment;
import vn.thethuc.document.Paragraph;
import vn.thethuc.profile.Nd30Profile;

import static vn.thethuc.recognize.Recognizer.DATE;
import static vn.thethuc.recognize.Recognizer.DATE_LIKE;
import static vn.thethuc.recognize.Recognizer.NOI_NHAN;
import static vn.thethuc.recognize.Recognizer.QUOC_HIEU;
import static vn.thethuc.recognize.Recognizer.QUOC_HIEU_LIKE;
import static vn.thethuc.recognize.Recognizer.SO;
import static vn.thethuc.recognize.Recognizer.line;

/**
 * The header, read as a văn thư reads it: the title line (and the type it names), and above it the agency, Số,
 * Quốc hiệu, Tiêu ngữ and date — in the usual two-column table, or typed as two columns with tabs and spaces.
 */
final class HeaderFinder {
    /** What the header holds; {@code end} is the index of the first paragraph after it. */
    record Header(Optional<Paragraph> title, Optional<String> typeName, Optional<Paragraph> vv, int end,
            Optional<Paragraph> quocHieu, Optional<Paragraph> tieuNgu, Optional<Paragraph> date, Optional<Paragraph> so,
            List<Paragraph> agency) {
    }

    private final Nd30Profile profile;

    HeaderFinder(Nd30Profile profile) {
        this.profile = profile;
    }

    Header find(List<Paragraph> ps) {
        Optional<Paragraph> title = Optional.empty();
        Optional<String> typeName = Optional.empty();
        for (Paragraph p : ps) {
            String t = Text.squeeze(Text.nfc(p.text()));
            if (!p.place().inTable() && Text.isUpperCase(t) && profile.codeOfTitle(t).isPresent()) {
                title = Optional.of(p);
                typeName = Optional.of(t);
                break;
            }
            if (NOI_NHAN.matcher(t).find()) {
                break;
            }
        }
        if (title.isEmpty()) {
            // "BÁO CÁO THAM LUẬN": the type name and more on the title line, taken as the title only when
            // the ký hiệu says the same type
            Optional<Paragraph> so = ps.stream().limit(20).filter(p -> SO.matcher(Text.nfc(p.trimmed())).find()).findFirst();
            String symbolCode = so.map(p -> {
                Matcher m = Pattern.compile("/\\s*([^-\\s/]+)\\s*-").matcher(p.text());
                return m.find() ? m.group(1) : "";
            }).orElse("");
            for (Paragraph p : ps.subList(0, Math.min(ps.size(), 25))) {
                String t = Text.squeeze(Text.nfc(p.text()));
                if (p.place().inTable() || !Text.isUpperCase(t) || p.alignment() != Alignment.CENTER) {
                    continue;
                }
                Optional<String> name = java.util.stream.Stream.concat(profile.typeCodes().keySet().stream(),
                                profile.otherTypeCodes().keySet().stream())
                        .filter(n -> t.startsWith(n + " ") && profile.codeOfTitle(n).orElse("").equals(symbolCode))
                        .findFirst();
                if (name.isPresent()) {
                    title = Optional.of(p);
                    typeName = name;
                    break;
                }
            }
        }
        Optional<Paragraph> vv = ps.stream().filter(p -> p.trimmed().startsWith("V/v")).findFirst();
        // The header: everything above the title (or above the V/v line or Kính gửi of a công văn).
        int headerEnd = title.map(Paragraph::index)
                .orElse(vv.map(p -> p.index() + 1).orElse(firstIndex(ps, p -> Recognizer.isKinhGui(p.trimmed()),
                        Math.min(ps.size(), 12))));
        if (title.isEmpty()) {
            // Without a title line the header is at least the table that opens the document (a công
            // văn's date sits in its right column, after the V/v of the left one).
            headerEnd = vv.isEmpty() ? Math.min(headerEnd, endOfLeadingTable(ps))
                    : Math.max(headerEnd, endOfLeadingTable(ps));
        }
        List<Paragraph> header = ps.subList(0, Math.min(headerEnd, ps.size()));

        java.util.function.Predicate<String> isQuocHieu = t -> QUOC_HIEU.matcher(Text.upper(Text.visible(t))).find();
        java.util.function.Predicate<String> isTieuNgu = t -> {
            String n = Text.squeeze(Text.visible(t));
            return n.contains("Độc lập") && n.contains("Tự do") && n.contains("Hạnh phúc");
        };
        // a Quốc hiệu with a word missing or mistyped is still the Quốc hiệu, reported for its wording
        java.util.function.Predicate<String> likeQuocHieu = t -> QUOC_HIEU_LIKE.matcher(Text.squeeze(Text.upper(t))).find();
        Optional<Paragraph> quocHieu = header.stream().filter(p -> isQuocHieu.test(p.text())).findFirst()
                .map(p -> line(p, isQuocHieu))
                .or(() -> header.stream().filter(p -> likeQuocHieu.test(p.text())).findFirst().map(p -> line(p, likeQuocHieu)));
        Optional<Paragraph> tieuNgu = header.stream().filter(p -> isTieuNgu.test(p.text())).findFirst()
                .map(p -> line(p, isTieuNgu));
        java.util.function.Predicate<String> isDate = t -> DATE.matcher(Text.squeeze(Text.nfc(t))).find();
        java.util.function.Predicate<String> likeDate = t -> DATE_LIKE.matcher(Text.squeeze(Text.nfc(t))).find();
        // the right column of a line typed as two columns is a date line with its place ("Hà Nội,    ngày …" is one line)
        java.util.function.Predicate<String> isPlacedDate = t -> {
            Matcher m = DATE.matcher(Text.squeeze(Text.nfc(t)));
            return m.find() && !m.group("place").isBlank();
        };
        Optional<Paragraph> date = header.stream().filter(p -> isDate.test(p.text())).findFirst().map(p -> line(p, isPlacedDate))
                .or(() -> header.stream().filter(p -> likeDate.test(p.text())).findFirst().map(p -> line(p, likeDate)));
        // A header typed without a table: the left column's text before the gap (spaces or a tab) that opens the
        // right column's Quốc hiệu, Tiêu ngữ or date on the same line
        java.util.Map<Integer, Paragraph> leftColumn = new java.util.HashMap<>();
        for (Optional<Paragraph> right : List.of(quocHieu, tieuNgu, date)) {
            right.ifPresent(r -> {
                Paragraph whole = ps.get(r.index());
                int at = whole.text().lastIndexOf(r.text());
                // (only a line typed as two columns: a Quốc hiệu over its Tiêu ngữ split by a line break is not)
                if (!whole.place().inTable() && r.text().length() < whole.text().length() && at > 0
                        && !whole.text().substring(0, at).isBlank() && whole.text().substring(0, at).indexOf('\n') < 0) {
                    String left = whole.text().substring(0, at);
                    leftColumn.put(r.index(), whole.slice(0, left.stripTrailing().length()));
                }
            });
        }
        Optional<Paragraph> so = header.stream().filter(p -> SO.matcher(Text.nfc(p.trimmed())).find()).findFirst()
                .map(p -> leftColumn.getOrDefault(p.index(), p));
        List<Paragraph> agency = agency(header, so, quocHieu, leftColumn);

        return new Header(title, typeName, vv, headerEnd, quocHieu, tieuNgu, date, so, agency);
    }

    private static int firstIndex(List<Paragraph> ps, java.util.function.Predicate<Paragraph> test, int otherwise) {
        return ps.stream().filter(test).map(Paragraph::index).findFirst().orElse(otherwise);
    }

    private static int endOfLeadingTable(List<Paragraph> ps) {
        if (ps.isEmpty() || !ps.get(0).place().inTable()) {
            return 0;
        }
        int table = ps.get(0).place().table();
        int i = 0;
        while (i < ps.size() && ps.get(i).place().table() == table) {
            i++;
        }
        return i;
    }

    /** The agency lines: above "Số:" in its column (or at the top left), without decoration lines. */
    private static List<Paragraph> agency(List<Paragraph> header, Optional<Paragraph> so, Optional<Paragraph> quocHieu,
            java.util.Map<Integer, Paragraph> leftColumn) {
        List<Paragraph> lines = new ArrayList<>();
        for (Paragraph whole : header) {
            Paragraph p = leftColumn.getOrDefault(whole.index(), whole);
            if (p != whole) {
                if (so.isEmpty() || p.index() < so.get().index()) {
                    lines.add(p);
                }
                continue;
            }
            if (so.isPresent() && p.index() >= so.get().index()) {
                break;
            }
            if (p.isBlank() || Text.isDecoration(p.text()) || quocHieu.map(q -> q.index() == p.index()).orElse(false)) {
                continue;
            }
            boolean sameColumnAsSo = so.map(s -> s.place().inTable() ? p.place().table() == s.place().table()
                    && p.place().column() == s.place().column() : !p.place().inTable()).orElse(true);
            boolean leftOfQuocHieu = quocHieu.map(q -> !q.place().inTable() || p.place().column() != q.place().column())
                    .orElse(true);
            String t = Text.nfc(p.text());
            if (sameColumnAsSo && leftOfQuocHieu && !t.contains("Độc lập") && !DATE.matcher(Text.squeeze(t)).find()) {
                lines.add(p);
            }
        }
        return lines;
    }
}
