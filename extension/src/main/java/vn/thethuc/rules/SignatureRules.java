package vn.thethuc.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.thethuc.document.Paragraph;
import vn.thethuc.recognize.Text;

/** Thẩm quyền, chức vụ, họ tên người ký (Điều 13; Phụ lục I, II.7). */
final class SignatureRules {
    static final Pattern SLASHED = Pattern.compile("^(T/M|K/T|T/L|T/UQ|TUQ/)\\b");
    static final Pattern PREFIX = Pattern.compile("^(TM|KT|TL|TUQ|Q)\\.\\s");

    private SignatureRules() {
    }

    /**
     * A line of the signature block, with the paragraph it belongs to (line breaks split paragraphs);
     * {@code title}: an authority or title line, in capitals as it should be, or typed in sentence case
     * ("TL. Hiệu trưởng" / "Phó Hiệu trưởng"), which Format reports.
     */
    record Line(String text, Paragraph paragraph, boolean title) {
        boolean upper() {
            return Text.isUpperCase(text);
        }
    }

    /** "TL. Hiệu trưởng": an authority in whatever case. */
    private static final Pattern ANY_CASE_PREFIX = Pattern.compile("^(TM|KT|TL|TUQ|Q)\\.\\s*\\p{L}");
    /** "(Đã ký)", "(ký, ghi rõ họ tên)": neither a title nor the name. */
    private static final Pattern REMARK = Pattern.compile("^\\(.*\\)$");

    static List<Line> lines(CheckContext ctx) {
        List<String> texts = new ArrayList<>();
        List<Paragraph> of = new ArrayList<>();
        for (Paragraph p : ctx.structure().signature()) {
            // line breaks, and the long runs of spaces some type to push "KT. CHỦ TỊCH" onto the next line
            for (String l : p.text().split("[\\n\\r\\u2028]|[ \\u00A0]{6,}")) {
                String t = Text.squeeze(Text.visible(l));
                if (!t.isBlank() && !Text.isDecoration(t) && !REMARK.matcher(t).matches()) {
                    texts.add(t);
                    of.add(p);
                }
            }
        }
        List<Line> lines = new ArrayList<>();
        boolean sentenceCase = !texts.isEmpty() && !Text.isUpperCase(texts.get(0)) && ANY_CASE_PREFIX.matcher(texts.get(0)).find();
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            // typed in sentence case, the title lines are the authority's and those under it but the last (the name)
            boolean title = Text.isUpperCase(t) || sentenceCase && i < texts.size() - 1
                    && (i == 0 || lines.get(i - 1).title() && !lines.get(i - 1).upper() && i <= 2);
            lines.add(new Line(t, of.get(i), title));
        }
        return lines;
    }

    static List<Line> titleLines(CheckContext ctx) {
        return lines(ctx).stream().filter(Line::title).toList();
    }

    /**
     * The signer's name: the last line that is not a title, after the title lines. A title written
     * again under the name ("PHÓ GIÁM ĐỐC SỞ CÔNG THƯƠNG") does not hide it.
     */
    static Optional<Line> name(CheckContext ctx) {
        List<Line> l = lines(ctx);
        for (int i = l.size() - 1; i > 0; i--) {
            if (!l.get(i).title()) {
                return l.subList(0, i).stream().anyMatch(Line::title) ? Optional.of(l.get(i)) : Optional.empty();
            }
        }
        return l.size() == 1 && !l.get(0).title() ? Optional.of(l.get(0)) : Optional.empty();
    }

    static boolean isDeputy(String line) {
        String title = Text.upper(line);
        return title.startsWith("PHÓ ") || title.equals("THỨ TRƯỞNG") || title.startsWith("THỨ TRƯỞNG ");
    }

    static final class Present extends BaseRule {
        Present() {
            super("ND30.SIGN.PRESENT");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            if (titleLines(ctx).isEmpty() || name(ctx).isEmpty()) {
                f.document(titleLines(ctx).isEmpty() && name(ctx).isEmpty() ? "missing" : "incomplete");
            }
        }
    }

    static final class Authority extends BaseRule {
        Authority() {
            super("ND30.SIGN.AUTHORITY");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            List<Line> titles = titleLines(ctx);
            if (titles.isEmpty()) {
                return;
            }
            for (Line l : titles) {
                var m = SLASHED.matcher(l.text());
                if (m.find()) {
                    f.at(l.paragraph(), "slashed", m.group(1), m.group(1).replace("/", "") + ".");
                }
            }
            // the title lines above the space left for the signature are judged; a title written again
            // under that space (PHÓ CHỦ TỊCH UBND TỈNH just above the name) is not
            for (int i = 0; i < titles.size(); i++) {
                Line l = titles.get(i);
                if (i > 0 && l.paragraph().index() - titles.get(i - 1).paragraph().index() > 1) {
                    break;
                }
                if (PREFIX.matcher(Text.upper(l.text())).find() || SLASHED.matcher(l.text()).find()) {
                    continue;
                }
                if (isDeputy(l.text()) && (i == 0 || !Text.upper(titles.get(i - 1).text()).startsWith("KT."))) {
                    f.at(l.paragraph(), "deputyWithoutKt", l.text());
                    break;
                }
            }
            String first = Text.upper(titles.get(0).text());
            if (!first.startsWith("TM.") && !first.startsWith("TL.") && !first.startsWith("TUQ.") && collective(ctx)) {
                f.at(titles.get(0).paragraph(), "collectiveWithoutTm", collectiveSuffix(ctx).orElse(""));
            }
        }

        /**
         * A document in which the collective body itself speaks, so that it is signed TM. of it: a Quyết định
         * whose authority line under the title is the body ("ỦY BAN NHÂN DÂN TỈNH …", not "CHỦ TỊCH …"),
         * or a text that says, as its own act, "UBND tỉnh … ban hành Kế hoạch" or "Ủy ban nhân dân tỉnh …
         * báo cáo". Anything less sure — a công văn the chairman's deputy signs KT. CHỦ TỊCH — is not judged.
         */
        static boolean collective(CheckContext ctx) {
            if (collectiveSuffix(ctx).isEmpty()) {
                return false;
            }
            String symbol = ctx.structure().soKyHieu().map(p -> Text.nfc(p.text())).orElse("");
            if (symbol.contains("CTUBND") || symbol.contains("CT.UBND")) {
                return false;
            }
            List<Paragraph> body = ctx.structure().body();
            for (Paragraph p : body.subList(0, Math.min(3, body.size()))) {
                String t = Text.squeeze(Text.nfc(p.text()));
                if (Text.isUpperCase(t) && (t.startsWith("ỦY BAN NHÂN DÂN") || t.startsWith("UỶ BAN NHÂN DÂN")
                        || t.startsWith("HỘI ĐỒNG NHÂN DÂN"))) {
                    return true;
                }
                if (Text.isUpperCase(t) && t.startsWith("CHỦ TỊCH")) {
                    return false; // issued by the chairman in person
                }
            }
            for (Paragraph p : body) {
                if (SPEAKS.matcher(Text.squeeze(Text.nfc(p.text()))).find()) {
                    return true;
                }
            }
            return false;
        }

        /** The body as the subject of a clause, doing this document's act. */
        private static final Pattern SPEAKS = Pattern.compile("(?:^|[,:;.]\\s)(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|"
                + "Hội đồng nhân dân|HĐND)\\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|đặc khu)"
                + "(?:\\s+\\p{Lu}\\p{L}*){0,3}\\s+(?:ban hành\\s+(?:Kế hoạch|Chương trình|Đề án|Quyết định)|báo cáo\\s+(?!Ban\\s|Thường|Bộ\\s|Chính phủ|Tỉnh ủy|HĐND|Hội đồng))");

        static Optional<String> collectiveSuffix(CheckContext ctx) {
            return ctx.structure().soKyHieu().flatMap(SymbolRules::groups)
                    .map(g -> g.get(g.size() - 1))
                    .filter(last -> ctx.profile().collectiveBodies().contains(last));
        }
    }

    static final class Format extends BaseRule {
        Format() {
            super("ND30.SIGN.FORMAT");
        }

        /** Boldness line by line; the size once for the block (the lines are typed together). */
        @Override
        public void check(CheckContext ctx, Findings f) {
            List<Paragraph> seen = new ArrayList<>();
            List<Paragraph> lines = new ArrayList<>();
            boolean lowerReported = false;
            for (Line l : titleLines(ctx)) {
                Paragraph p = l.paragraph();
                if (seen.contains(p)) {
                    continue;
                }
                seen.add(p);
                lines.add(p);
                if (!l.upper()) {
                    if (!lowerReported) { // the block typed in sentence case: one finding, the lines said together
                        List<String> typed = titleLines(ctx).stream().filter(x -> !x.upper()).map(Line::text).toList();
                        f.at(p, "titleNotUpper", String.join(" / ", typed),
                                String.join(" / ", typed.stream().map(Text::upper).toList()));
                        lowerReported = true;
                    }
                } else if (!p.bold()) {
                    f.fixable(p, List.of(new Fix.SetFormat(p.index(), Fix.Format.BOLD, true)), "titleNotBold", l.text());
                }
            }
            name(ctx).ifPresent(n -> {
                Paragraph p = n.paragraph();
                if (!seen.contains(p)) {
                    lines.add(p);
                    if (!p.bold()) {
                        f.fixable(p, List.of(new Fix.SetFormat(p.index(), Fix.Format.BOLD, true)), "nameNotBold", n.text());
                    }
                }
            });
            for (Paragraph p : lines) {
                Optional<Double> size = wrongSize(ctx, p, "sign");
                if (size.isPresent()) {
                    f.at(p, "size", fmt(size.get()), ctx.profile().size("sign"));
                    break;
                }
            }
        }
    }

    /**
     * The authority and title lines and the signer's name on one page (the name alone at the top of the
     * next page is a signature that can be taken away from the text it signs). Read from the layout: silent
     * where the pages were not read.
     */
    static final class Keep extends BaseRule {
        Keep() {
            super("ND30.SIGN.KEEP");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            List<Line> titles = titleLines(ctx);
            Optional<Line> name = name(ctx);
            if (titles.isEmpty() || name.isEmpty()) {
                return;
            }
            Paragraph first = titles.get(0).paragraph();
            Paragraph last = name.get().paragraph();
            Optional<Integer> from = ctx.document().page(first.index());
            Optional<Integer> to = ctx.document().pageEnd(last.index());
            if (from.isPresent() && to.isPresent() && !from.equals(to)) {
                f.fixable(first, List.of(new Fix.KeepTogether(first.index(), last.index())), "split", from.get(), to.get());
            }
        }
    }

    static final class Name extends BaseRule {
        Name() {
            super("ND30.SIGN.NAME");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            name(ctx).ifPresent(n -> ctx.profile().academicTitles().stream()
                    .filter(t -> n.text().startsWith(t))
                    .findFirst()
                    .ifPresent(t -> f.at(n.paragraph(), "academicTitle", t)));
        }
    }
}
