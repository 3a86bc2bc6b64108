package vn.thethuc.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thethuc.document.Alignment;
import vn.thethuc.document.Paragraph;
import vn.thethuc.recognize.Structure;
import vn.thethuc.recognize.Text;

/** Quốc hiệu, Tiêu ngữ and the issuing agency (Phụ lục I, II.1–2). */
final class HeaderRules {
    static final String TIEU_NGU = "Độc lập - Tự do - Hạnh phúc";

    private HeaderRules() {
    }

    /** Right half of the header: the right column of its table, or centred/right-aligned text. */
    /**
     * In a table's right column; outside tables, aligned off the left, or the right column of a line typed as
     * two columns with a tab or spaces ("ỦY BAN NHÂN DÂN⇥CỘNG HÒA …": the slice recognition took after the gap).
     */
    static boolean onTheRight(CheckContext ctx, Paragraph p) {
        if (p.place().inTable()) {
            return p.place().column() >= 1;
        }
        if (p.alignment() != Alignment.LEFT) {
            return true;
        }
        List<Paragraph> all = ctx.document().paragraphs();
        if (p.index() < 0 || p.index() >= all.size()) {
            return false;
        }
        String whole = all.get(p.index()).text();
        int at = whole.lastIndexOf(p.text());
        return at > 0 && !whole.substring(0, at).isBlank() && whole.substring(0, at).matches("(?s).*\\S(\t|[ \u00A0]{3,})[ \u00A0\t]*");
    }

    static final class QuocHieu extends BaseRule {
        QuocHieu() {
            super("ND30.HEADER.QUOC_HIEU");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            Optional<Paragraph> q = ctx.structure().quocHieu();
            if (q.isEmpty()) {
                f.document("missing");
                return;
            }
            Paragraph p = q.get();
            if (!Text.isUpperCase(p.text())) {
                f.at(p, "notUpper");
            } else if (!vn.thethuc.recognize.Recognizer.QUOC_HIEU.matcher(Text.upper(p.text())).find()) {
                f.at(p, "wording", Text.squeeze(Text.nfc(p.text())));
            }
            if (!p.bold()) {
                f.fixable(p, List.of(new Fix.SetFormat(p.index(), Fix.Format.BOLD, true)), "notBold");
            }
            wrongSize(ctx, p, "quocHieu").ifPresent(s -> f.at(p, "size", fmt(s), ctx.profile().size("quocHieu")));
            if (!onTheRight(ctx, p)) {
                f.at(p, "position");
            }
        }
    }

    static final class TieuNgu extends BaseRule {
        private static final Pattern DASHES = Pattern.compile("\\s*[–—‒−‐‑-]\\s*");

        TieuNgu() {
            super("ND30.HEADER.TIEU_NGU");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            Optional<Paragraph> t = ctx.structure().tieuNgu();
            if (t.isEmpty()) {
                f.document("missing");
                return;
            }
            Paragraph p = t.get();
            // U+2010 and U+2011 (Word's non-breaking hyphen) print as the hyphen
            // a double space ("Tự  do") is nothing a reader sees
            String text = Text.squeeze(Text.visible(p.trimmed())).replace('\u2010', '-').replace('\u2011', '-');
            if (!text.equals(TIEU_NGU)) {
                // a line of a paragraph gets no fix: Findings drops fixes on a part of a paragraph
                f.fixable(p, dashFixes(p), "wording", TIEU_NGU);
            }
            if (!p.bold()) {
                f.fixable(p, List.of(new Fix.SetFormat(p.index(), Fix.Format.BOLD, true)), "notBold");
            }
            Optional<Double> wrong = wrongSize(ctx, p, "tieuNgu");
            wrong.ifPresent(s -> f.at(p, "size", fmt(s), ctx.profile().size("tieuNgu")));
            Optional<Paragraph> q = ctx.structure().quocHieu();
            if (q.isPresent()) {
                if (p.index() < q.get().index()) {
                    f.at(p, "order");
                }
                if (wrong.isEmpty() && p.size().isPresent() && q.get().size().isPresent()
                        && Math.abs(p.size().get() - q.get().size().get() - 1) > ctx.profile().tolerancePt()) {
                    f.at(p, "oneSizeAbove", fmt(p.size().get()), fmt(q.get().size().get()));
                }
            }
        }

        /** Rewrites the separators between the three words as " - ", leaving the words alone. */
        private static List<Fix> dashFixes(Paragraph p) {
            String text = p.text();
            if (!Text.nfc(DASHES.matcher(text).replaceAll(" - ").strip()).equals(TIEU_NGU)) {
                return List.of();
            }
            List<Fix> fixes = new ArrayList<>();
            Matcher m = DASHES.matcher(text);
            while (m.find()) {
                if (!m.group().equals(" - ")) {
                    fixes.add(0, new Fix.ReplaceText(p.index(), m.start(), m.end(), " - "));
                }
            }
            return fixes;
        }
    }

    /** A character typed before the agency's first word: "DUBND TỈNH LÀO CAI". */
    private static final Pattern STRAY = Pattern.compile(
            "^\\s*(\\p{Lu})(?=(?:UBND|ỦY BAN|UỶ BAN|SỞ|BỘ|BAN|TRƯỜNG|CÔNG AN|HỘI|TỔNG|CỤC|VIỆN|VĂN PHÒNG|HĐND)(?![\\p{L}]))");

    static final class CoQuan extends BaseRule {
        CoQuan() {
            super("ND30.HEADER.CO_QUAN");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            Structure s = ctx.structure();
            List<Paragraph> lines = s.agency();
            if (lines.isEmpty()) {
                f.document("missing");
                return;
            }
            // The issuing agency is the bold block at the end; lines above it name the parent agency.
            int firstBold = lines.size();
            for (int i = lines.size() - 1; i >= 0 && lines.get(i).anyBold(); i--) {
                firstBold = i;
            }
            if (firstBold == lines.size()) {
                Paragraph last = lines.get(lines.size() - 1);
                f.fixable(last, List.of(new Fix.SetFormat(last.index(), Fix.Format.BOLD, true)), "notBold");
            }
            boolean sized = false;
            Optional<Paragraph> q = s.quocHieu();
            for (int i = 0; i < lines.size(); i++) {
                Paragraph p = lines.get(i);
                if (!Text.isUpperCase(p.text())) {
                    f.at(p, "notUpper");
                }
                Matcher stray = STRAY.matcher(p.text());
                if (stray.lookingAt()) {
                    int at = stray.start(1);
                    f.fixable(p, List.of(new Fix.ReplaceText(p.index(), at, at + 1, "")), "strayChar", stray.group(1),
                            p.trimmed().substring(1));
                }
                if (i < firstBold && p.anyBold()) {
                    f.fixable(p, List.of(new Fix.SetFormat(p.index(), Fix.Format.BOLD, false)), "parentBold");
                }
                Optional<Double> size = wrongSize(ctx, p, "coQuan");
                if (size.isPresent() && !sized) {
                    f.at(p, "size", fmt(size.get()), ctx.profile().size("coQuan")); // the block is typed in one size
                    sized = true;
                }
                // Writer may split a Word header table into more columns than Word shows: compare with the Quốc hiệu
                if (q.isPresent() && p.place().inTable() && q.get().place().table() == p.place().table()
                        && q.get().place().row() == p.place().row() && p.place().column() >= q.get().place().column()) {
                    f.at(p, "position");
                }
            }
        }
    }
}
