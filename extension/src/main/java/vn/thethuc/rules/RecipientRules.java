package vn.thethuc.rules;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.thethuc.document.Paragraph;
import vn.thethuc.recognize.Structure;
import vn.thethuc.recognize.Text;

/** Kính gửi and Nơi nhận (Phụ lục I, II.9). */
final class RecipientRules {
    static final Pattern LUU = Pattern.compile("^-\\s*Lưu\\s*:\\s*VT(?![\\p{L}\\d])");

    private RecipientRules() {
    }

    static final class KinhGui extends BaseRule {
        KinhGui() {
            super("ND30.KINH_GUI.FORMAT");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            List<Paragraph> k = ctx.structure().kinhGui();
            if (k.isEmpty()) {
                return;
            }
            Paragraph first = k.get(0);
            if (!Text.nfc(first.trimmed()).matches("^Kính gửi:.*")) {
                f.at(first, "colon");
            }
            for (int i = 1; i < k.size(); i++) {
                Paragraph p = k.get(i);
                String end = i == k.size() - 1 ? "." : ";";
                if (!p.trimmed().startsWith("- ") || !p.trimmed().endsWith(end)) {
                    f.at(p, "item", end);
                }
            }
        }
    }

    static final class Present extends BaseRule {
        Present() {
            super("ND30.NOI_NHAN.PRESENT");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            if (ctx.structure().noiNhan().isEmpty()) {
                f.document("missing");
            }
        }
    }

    static final class Label extends BaseRule {
        Label() {
            super("ND30.NOI_NHAN.LABEL");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            Optional<Paragraph> n = ctx.structure().noiNhan();
            if (n.isEmpty()) {
                return;
            }
            Paragraph p = n.get();
            double size = ctx.profile().size("noiNhanLabel").min();
            boolean sizeOk = wrongSize(ctx, p, "noiNhanLabel").isEmpty();
            boolean colon = Text.nfc(p.trimmed()).startsWith("Nơi nhận:");
            if (!p.bold() || !p.italic() || !sizeOk || !colon) {
                List<Fix> fixes = new java.util.ArrayList<>(List.of(
                        new Fix.SetFormat(p.index(), Fix.Format.BOLD, true),
                        new Fix.SetFormat(p.index(), Fix.Format.ITALIC, true),
                        new Fix.SetFormat(p.index(), Fix.Format.CHAR_SIZE_PT, size)));
                if (!colon) {
                    int end = p.text().indexOf("nhận") + "nhận".length();
                    int after = end;
                    while (after < p.text().length() && (p.text().charAt(after) == ' ' || p.text().charAt(after) == ':')) {
                        after++;
                    }
                    fixes.add(0, new Fix.ReplaceText(p.index(), end, after, ":"));
                }
                f.fixable(p, fixes, "format", BaseRule.fmt(size));
            }
        }
    }

    static final class Items extends BaseRule {
        Items() {
            super("ND30.NOI_NHAN.ITEMS");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            Structure s = ctx.structure();
            List<Paragraph> items = s.noiNhanItems();
            double size = ctx.profile().size("noiNhanItems").min();
            for (int i = 0; i < items.size(); i++) {
                Paragraph p = items.get(i);
                boolean last = i == items.size() - 1;
                if (last && LUU.matcher(Text.nfc(p.trimmed())).find()) {
                    continue;
                }
                String t = p.text();
                String trimmed = t.stripTrailing();
                if (!trimmed.stripLeading().startsWith("- ")) {
                    f.at(p, "dash");
                } else if (!last && !trimmed.endsWith(";")) {
                    int end = trimmed.length();
                    int start = trimmed.endsWith(".") || trimmed.endsWith(",") ? end - 1 : end;
                    f.fixable(p, List.of(new Fix.ReplaceText(p.index(), start, end, ";")), "semicolon");
                }
                if (wrongSize(ctx, p, "noiNhanItems").isPresent()) {
                    f.fixable(p, List.of(new Fix.SetFormat(p.index(), Fix.Format.CHAR_SIZE_PT, size)), "size",
                            BaseRule.fmt(p.size().orElse(0.0)), BaseRule.fmt(size));
                }
            }
        }
    }

    static final class Luu extends BaseRule {
        Luu() {
            super("ND30.NOI_NHAN.LUU");
        }

        @Override
        public void check(CheckContext ctx, Findings f) {
            List<Paragraph> items = ctx.structure().noiNhanItems();
            if (ctx.structure().noiNhan().isEmpty()) {
                return;
            }
            if (items.isEmpty()) {
                f.at(ctx.structure().noiNhan().get(), "missing");
                return;
            }
            Paragraph last = items.get(items.size() - 1);
            String t = Text.nfc(last.text()).stripTrailing();
            if (!LUU.matcher(t.stripLeading()).find()) {
                f.at(last, "missing");
                return;
            }
            if (!t.endsWith(".")) {
                int end = t.length();
                boolean safe = t.endsWith(";") || t.endsWith(",") || Character.isLetter(t.charAt(end - 1))
                        || t.endsWith(")");
                if (safe && !t.matches(".*\\)\\s*\\S+$")) {
                    int start = t.endsWith(";") || t.endsWith(",") ? end - 1 : end;
                    f.fixable(last, List.of(new Fix.ReplaceText(last.index(), start, end, ".")), "period");
                } else {
                    f.at(last, "period");
                }
            }
        }
    }
}
