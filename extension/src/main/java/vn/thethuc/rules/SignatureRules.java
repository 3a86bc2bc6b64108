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

    /** A line of the signature block, with the paragraph it belongs to (line breaks split paragraphs). */
    record Line(String text, Paragraph paragraph) {
        boolean upper() {
            return Text.isUpperCase(text);
        }
    }

    static List<Line> lines(CheckContext ctx) {
        List<Line> lines = new ArrayList<>();
        for (Paragraph p : ctx.structure().signature()) {
            for (String l : p.text().split("[\\n\\r\\u2028]")) {
                if (!l.isBlank() && !Text.isDecoration(l)) {
                    lines.add(new Line(Text.squeeze(Text.nfc(l)), p));
                }
            }
        }
        return lines;
    }

    static List<Line> titleLines(CheckContext ctx) {
        return lines(ctx).stream().filter(Line::upper).toList();
    }

    static Optional<Line> name(CheckContext ctx) {
        List<Line> l = lines(ctx);
        return l.isEmpty() || l.get(l.size() - 1).upper() ? Optional.empty() : Optional.of(l.get(l.size() - 1));
    }

    static boolean isDeputy(String title) {
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
            for (int i = 0; i < titles.size(); i++) {
                Line l = titles.get(i);
                if (isDeputy(l.text()) && (i == 0 || !titles.get(i - 1).text().startsWith("KT."))) {
                    f.at(l.paragraph(), "deputyWithoutKt", l.text());
                }
            }
            if (collective(ctx) && !titles.get(0).text().startsWith("TM.")) {
                f.at(titles.get(0).paragraph(), "collectiveWithoutTm", collectiveSuffix(ctx).orElse(""));
            }
        }

        /** A document of a collective body (ký hiệu ending -UBND, -HĐND) that its chairman does not issue in person. */
        static boolean collective(CheckContext ctx) {
            if (collectiveSuffix(ctx).isEmpty()) {
                return false;
            }
            String symbol = ctx.structure().soKyHieu().map(p -> Text.nfc(p.text())).orElse("");
            if (symbol.contains("CTUBND") || symbol.contains("CT.UBND")) {
                return false;
            }
            // A Quyết định whose authority line under the title names the chairman: issued in person.
            return ctx.structure().body().stream().limit(3)
                    .noneMatch(p -> Text.isUpperCase(p.text()) && Text.nfc(p.text()).startsWith("CHỦ TỊCH"));
        }

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

        @Override
        public void check(CheckContext ctx, Findings f) {
            List<Paragraph> seen = new ArrayList<>();
            for (Line l : titleLines(ctx)) {
                Paragraph p = l.paragraph();
                if (seen.contains(p)) {
                    continue;
                }
                seen.add(p);
                if (!p.bold()) {
                    f.fixable(p, List.of(new Fix.SetFormat(p.index(), Fix.Format.BOLD, true)), "titleNotBold", l.text());
                }
                wrongSize(ctx, p, "sign").ifPresent(s -> f.at(p, "size", fmt(s), ctx.profile().size("sign")));
            }
            name(ctx).ifPresent(n -> {
                Paragraph p = n.paragraph();
                if (!seen.contains(p)) {
                    if (!p.bold()) {
                        f.fixable(p, List.of(new Fix.SetFormat(p.index(), Fix.Format.BOLD, true)), "nameNotBold", n.text());
                    }
                    wrongSize(ctx, p, "sign").ifPresent(s -> f.at(p, "size", fmt(s), ctx.profile().size("sign")));
                }
            });
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
