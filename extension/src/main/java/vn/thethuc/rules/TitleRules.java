package vn.thethuc.rules;

import java.util.List;
import java.util.Optional;
import vn.thethuc.document.Alignment;
import vn.thethuc.document.Paragraph;
import vn.thethuc.recognize.Structure;
import vn.thethuc.recognize.Text;

/** Tên loại and trích yếu, or V/v for a công văn (Phụ lục I, II.5). */
final class TitleRules {
    private TitleRules() {
    }

    /** A title of a type NĐ30 does not lay out (Nghị định, Giấy phép …). */
    static boolean otherType(CheckContext ctx) {
        return ctx.structure().typeName().map(n -> !ctx.profile().typeCodes().containsKey(n)).orElse(false);
    }

    static final class Type extends BaseRule {
        Type() {
            super("ND30.TITLE.TYPE");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            Structure s = ctx.structure();
            Optional<Paragraph> title = s.title();
            if (title.isEmpty()) {
                if (!s.isCongVan()) {
                    f.document("missing", s.typeCode());
                }
                return;
            }
            if (otherType(ctx)) {
                return; // a Giấy phép, a Nghị định: forms of their own, not NĐ30's
            }
            Paragraph p = title.get();
            String written = Text.squeeze(Text.nfc(p.text()));
            // a Giấy phép names what it permits on its title line; an NĐ30 type's line holds the type alone
            if (s.typeName().isPresent() && !written.equals(s.typeName().get())
                    && ctx.profile().typeCodes().containsKey(s.typeName().get())) {
                f.at(p, "extraWords", written, s.typeName().get());
            }
            if (!p.bold()) {
                f.fixable(p, List.of(new Fix.SetFormat(p.index(), Fix.Format.BOLD, true)), "notBold");
            }
            wrongSize(ctx, p, "title").ifPresent(sz -> f.at(p, "size", fmt(sz), ctx.profile().size("title")));
            if (p.alignment() != Alignment.CENTER) {
                f.fixable(p, List.of(new Fix.SetFormat(p.index(), Fix.Format.ALIGNMENT, Alignment.CENTER)), "notCentred");
            }
        }
    }

    static final class TrichYeu extends BaseRule {
        TrichYeu() {
            super("ND30.TITLE.TRICH_YEU");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            Structure s = ctx.structure();
            if (s.isCongVan()) {
                checkVv(ctx, s, f);
                return;
            }
            if (s.title().isEmpty() || otherType(ctx)) {
                return;
            }
            if (s.trichYeu().isEmpty()) {
                if (!ctx.profile().trichYeuOptional().contains(s.typeCode())) {
                    f.at(s.title().get(), "missing");
                }
                return;
            }
            for (Paragraph p : s.trichYeu()) {
                if (Text.isUpperCase(p.text())) {
                    f.at(p, "upper");
                }
                if (!p.bold()) {
                    f.fixable(p, List.of(new Fix.SetFormat(p.index(), Fix.Format.BOLD, true)), "notBold");
                }
                wrongSize(ctx, p, "trichYeu").ifPresent(sz -> f.at(p, "size", fmt(sz), ctx.profile().size("trichYeu")));
                commonNoun(p, f);
            }
        }

        /**
         * "việc chấp hành Quy định của pháp luật": "quy định" there is the common noun, not a document's name
         * (which the trích yếu capitalises: "Ban hành Quy định về …"). Only that sure case is judged.
         */
        private static final java.util.regex.Pattern COMMON = java.util.regex.Pattern.compile(
                "(?<=\\p{L}\\s)(Quy định|Quy chế)(?=\\s+(?:của\\s+)?pháp\\s+luật|\\s+hiện\\s+hành)");

        private static void commonNoun(Paragraph p, Findings f) {
            java.util.regex.Matcher m = COMMON.matcher(Text.nfc(p.text()));
            if (m.find()) {
                String lower = Text.nfc(p.text()).equals(p.text()) ? m.group(1).toLowerCase(java.util.Locale.forLanguageTag("vi")) : null;
                if (lower != null) {
                    f.fixable(p, List.of(new Fix.ReplaceText(p.index(), m.start(1), m.start(1) + 1, lower.substring(0, 1))),
                            "commonNoun", m.group(1), lower);
                } else {
                    f.at(p, "commonNoun", m.group(1), m.group(1).toLowerCase(java.util.Locale.forLanguageTag("vi")));
                }
            }
        }

        private static void checkVv(CheckContext ctx, Structure s, Findings f) {
            if (s.vv().isEmpty()) {
                if (s.soKyHieu().isPresent()) {
                    f.at(s.soKyHieu().get(), "vvMissing");
                }
                return;
            }
            Paragraph p = s.vv().get();
            if (p.anyBold()) {
                f.fixable(p, List.of(new Fix.SetFormat(p.index(), Fix.Format.BOLD, false)), "vvBold");
            }
            wrongSize(ctx, p, "vv").ifPresent(sz -> f.at(p, "vvSize", fmt(sz), ctx.profile().size("vv")));
        }
    }
}
