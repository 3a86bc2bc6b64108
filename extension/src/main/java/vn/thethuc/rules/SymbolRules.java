package vn.thethuc.rules;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thethuc.document.Paragraph;
import vn.thethuc.recognize.Structure;
import vn.thethuc.recognize.Text;

/** Số, ký hiệu of the document and of the documents it cites (Phụ lục I, II.3; Điều 15). */
final class SymbolRules {
    /**
     * One group of a ký hiệu: letters and digits, "&" as real unit codes have it (BTP-KTVB&QLXLVPHC), and
     * a parenthesised unit as the police write it (CAT(PC04)).
     */
    static final String GROUP = "[\\p{L}\\d&]+(?:\\([\\p{L}\\d&]+\\))?";
    /**
     * "Số: 05/KH-UBND", "Số: 125/2021/NĐ-CP", or the draft's "Số:      /KH-UBND"; "Số:09/2010/QĐ-UBND" without
     * the space is a slip of no consequence.
     */
    static final Pattern STRICT = Pattern.compile(
            "^Số:\\s*(?<n>\\d+|[\\s\\u00A0._…]*)/(?<y>\\d{4}/)?(?<sym>" + GROUP + "(?:-" + GROUP + ")*)$");
    static final Pattern LOOSE = Pattern.compile(
            "^Số\\s*:?\\s*(?<n>\\d*)[\\s\\u00A0._…]*/\\s*(?:\\d{4}\\s*/\\s*)?(?<sym>.+)$");

    private SymbolRules() {
    }

    /** The groups of the ký hiệu after the number: "KH-UBND" → [KH, UBND]. */
    static Optional<List<String>> groups(Paragraph so) {
        Matcher m = LOOSE.matcher(Text.squeeze(Text.nfc(so.text())));
        if (!m.find()) {
            return Optional.empty();
        }
        // "KH – UBND" is one defect, its dash (ND30.SO_KY_HIEU.FORMAT): its groups are still KH and UBND
        return Optional.of(List.of(m.group("sym").replaceAll("\\s", "").split("[-–—‒−]")));
    }

    /**
     * The official spelling of a ký hiệu group when {@code group} is not it: upper case, except the
     * official mixed-case codes (TTr, QyĐ, TTg …). Empty when the group is well cased.
     */
    static Optional<String> officialCase(CheckContext ctx, String group) {
        Optional<String> mixed = ctx.profile().mixedCaseCodes().stream().filter(c -> c.equalsIgnoreCase(group)).findFirst();
        String official = mixed.orElse(Text.upper(group));
        return official.equals(group) ? Optional.empty() : Optional.of(official);
    }

    static final class Format extends BaseRule {
        Format() {
            super("ND30.SO_KY_HIEU.FORMAT");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            Optional<Paragraph> so = ctx.structure().soKyHieu();
            if (so.isEmpty()) {
                f.document("missing");
                return;
            }
            Paragraph p = so.get();
            String text = Text.nfc(p.trimmed());
            Matcher m = STRICT.matcher(text);
            if (!m.find()) {
                f.fixable(p, spacingFix(p), "malformed", text);
                return;
            }
            String n = m.group("n");
            if (n.isBlank() || !n.chars().allMatch(Character::isDigit)) {
                if (ctx.issuing()) {
                    f.at(p, "blankNumber");
                }
            } else if (n.length() == 1 && !n.equals("0")) {
                int start = p.text().indexOf(n, p.text().indexOf(':'));
                f.fixable(p, List.of(new Fix.ReplaceText(p.index(), start, start + 1, "0" + n)), "leadingZero", n);
            } else if (n.length() > 1 && n.startsWith("0") && Integer.parseInt(n) >= 10) {
                f.at(p, "extraZero", n);
            }
            for (String g : m.group("sym").split("-")) {
                officialCase(ctx, g).ifPresent(official -> f.at(p, "case", g, official));
            }
        }

        /** "Số: 70 /KH-UBND" → "Số: 70/KH-UBND": only spaces around "/" and after ":" are touched. */
        private static List<Fix> spacingFix(Paragraph p) {
            String t = p.text();
            Matcher m = Pattern.compile("^(\\s*Số)\\s*:\\s*(\\d+)\\s*/\\s*((?:\\d{4}\\s*/\\s*)?)(\\S+)\\s*$").matcher(t);
            if (!m.find()) {
                return List.of();
            }
            String fixed = "Số: " + m.group(2) + "/" + m.group(3).replaceAll("\\s", "") + m.group(4);
            if (!STRICT.matcher(Text.nfc(fixed)).find()) {
                return List.of();
            }
            return List.of(new Fix.ReplaceText(p.index(), m.end(1) - 2, t.length(), fixed));
        }
    }

    static final class Loai extends BaseRule {
        Loai() {
            super("ND30.SO_KY_HIEU.LOAI");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            Structure s = ctx.structure();
            Optional<Paragraph> so = s.soKyHieu();
            if (so.isEmpty()) {
                return;
            }
            Optional<List<String>> groups = groups(so.get());
            if (groups.isEmpty() || groups.get().isEmpty()) {
                return;
            }
            String first = groups.get().get(0);
            if (s.typeName().isPresent()) {
                String expected = ctx.profile().codeOfTitle(s.typeName().get()).orElse(null);
                if (!first.equals(expected)) {
                    f.at(so.get(), "mismatch", first, s.typeName().get(), expected);
                }
            } else if (s.isCongVan() && ctx.profile().typeCodes().containsValue(first) && groups.get().size() > 1) {
                f.at(so.get(), "congVanWithCode", first);
            }
        }
    }

    /**
     * The số ký hiệu of the documents the body cites (II.3, II.6.b). A cited symbol ends where the symbol
     * ends — a period, a comma or the next word is not part of "32/2024/NĐ-CP." — and it is judged only
     * where it is broken as a văn thư would see it: a space around "/" or "-" ("107/KH- UBND"), a code split
     * by a space ("912/LĐT BXH-BĐG"), or an official mixed-case code written otherwise ("QĐ-TTG").
     * Numbers of companies and other bodies ("05/2026/VLN/CV-LV") are quoted as they are.
     */
    static final class Citation extends BaseRule {
        /** What introduces a cited document: "số", or its type name. */
        private static final String INTRO = "(?:[Ss]ố|Nghị định|Nghị quyết|Quyết định|Công văn|Văn bản|Thông tư|Chỉ thị|"
                + "Kế hoạch|Tờ trình|Báo cáo|Thông báo|Công điện|Kết luận|Hướng dẫn|Luật)";
        private static final String CODE = "[\\p{Lu}\\d][\\p{L}\\d&]*(?:\\([\\p{L}\\d&]+\\))?";
        /** A group of capitals and digits: what may follow a hyphen typed with spaces on both sides ("QĐ - CTY"). */
        private static final String CAPS = "\\p{Lu}[\\p{Lu}\\d&]*(?![\\p{Ll}])";
        private static final Pattern CITED = Pattern.compile("(?<![\\p{L}\\d])" + INTRO + "\\s*:?\\s+(?:số\\s*:?\\s+)?"
                + "(?<num>\\d+)(?<slash>\\s*/\\s*)(?<year>\\d{4}\\s*/\\s*)?"
                + "(?<code>" + CODE + "(?:(?:-\\s*|\\s*-)" + CODE + "|\\s+-\\s+" + CAPS + ")*)"
                + "(?<split>\\s+\\p{Lu}{2,}(?:-" + CODE + ")+)?(?<after>/?)");

        Citation() {
            super("ND30.CITATION.SYMBOL");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            for (Paragraph p : ctx.structure().body()) {
                String text = Text.nfc(p.text()).replace('\u00A0', ' ');
                if (text.indexOf('/') < 0) {
                    continue; // every cited number has its "/": no need to run the pattern
                }
                Matcher m = CITED.matcher(text);
                while (m.find()) {
                    if (!m.group("after").isEmpty() || m.group("code").matches("\\d+")) {
                        continue; // another slash: a company's or a foreign numbering, quoted as it is; or a date
                    }
                    String code = m.group("code");
                    String split = m.group("split") == null ? "" : m.group("split");
                    String sym = m.group("num") + m.group("slash") + (m.group("year") == null ? "" : m.group("year"))
                            + code + (code.contains("-") ? "" : split);
                    if (!m.group("slash").equals("/") || m.group("year") != null && !m.group("year").matches("\\d{4}/")
                            || !code.matches("[^\\s]*") || !code.contains("-") && !split.isEmpty()) {
                        f.at(p, "spaces", sym.strip());
                        continue;
                    }
                    for (String g : code.split("-")) {
                        mixedCase(ctx, g).ifPresent(official -> f.at(p, "case", sym, g, official));
                    }
                }
            }
        }

        /** A group that is an official mixed-case code written in another case ("TTG" for "TTg"). */
        private static Optional<String> mixedCase(CheckContext ctx, String group) {
            return ctx.profile().mixedCaseCodes().stream()
                    .filter(c -> c.equalsIgnoreCase(group) && !c.equals(group)).findFirst();
        }
    }
}
