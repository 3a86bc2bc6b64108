package vn.thethuc.rules;

import java.util.List;
import vn.thethuc.document.Paragraph;
import vn.thethuc.recognize.Heading;
import vn.thethuc.recognize.Text;

/** The sections officials expect in a Kế hoạch [practice, seeds]. */
final class PlanRules {
    private PlanRules() {
    }

    static final class Sections extends BaseRule {
        Sections() {
            super("KH.SECTIONS");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            if (!"KH".equals(ctx.structure().typeCode())) {
                return;
            }
            List<String> parts = ctx.structure().headings().stream()
                    .filter(h -> h.level() == Heading.Level.ROMAN)
                    .map(h -> Text.upper(ctx.document().paragraph(h.paragraph()).text()))
                    .toList();
            Paragraph where = ctx.structure().title().orElse(null);
            if (parts.stream().noneMatch(t -> t.contains("MỤC ĐÍCH") || t.contains("YÊU CẦU") || t.contains("MỤC TIÊU"))) {
                report(f, where, "purpose");
            }
            if (parts.stream().noneMatch(t -> t.contains("NỘI DUNG") || t.contains("NHIỆM VỤ"))) {
                report(f, where, "content");
            }
            if (parts.stream().noneMatch(t -> t.contains("TỔ CHỨC THỰC HIỆN"))) {
                report(f, where, "organisation");
            }
            if (parts.stream().noneMatch(t -> t.contains("KINH PHÍ"))) {
                f.advice(where, "funding");
            }
        }

        private static void report(Findings f, Paragraph where, String variant) {
            if (where == null) {
                f.document(variant);
            } else {
                f.at(where, variant);
            }
        }
    }
}
