package vn.thethuc.verify;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.thethuc.i18n.Bundle;

/** What {@code thethuc verify} prints: JSON for programs, text for a person. */
public final class VerifyReport {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    private VerifyReport() {
    }

    /** All there and none broken or followed by a change its document does not allow. */
    public static boolean allValid(List<Verifier.Signature> signatures) {
        return !signatures.isEmpty() && signatures.stream().allMatch(Verifier.Signature::valid);
    }

    public static JsonObject json(String file, List<Verifier.Signature> signatures) {
        JsonObject o = new JsonObject();
        o.addProperty("file", file);
        JsonArray all = new JsonArray();
        for (Verifier.Signature s : signatures) {
            JsonObject j = new JsonObject();
            j.addProperty("field", s.field());
            j.addProperty("signer", s.signer());
            j.addProperty("organisation", s.organisation());
            j.addProperty("time", s.time() == null ? null : s.time().atZone(vn.thethuc.document.VietnamTime.ZONE).toOffsetDateTime().toString());
            j.addProperty("kind", s.kind());
            j.addProperty("docMdp", s.docMdp());
            j.addProperty("level", s.level());
            j.addProperty("subFilter", s.subFilter());
            j.addProperty("intact", s.intact());
            j.addProperty("changesAllowed", s.changesAllowed());
            JsonArray changes = new JsonArray();
            s.changes().forEach(changes::add);
            j.add("changes", changes);
            j.addProperty("trusted", s.trusted());
            JsonObject a = new JsonObject();
            a.addProperty("visible", s.placement().visible());
            a.addProperty("where", s.placement().where());
            if (s.placement().visible()) {
                a.addProperty("page", s.placement().page());
                JsonArray rect = new JsonArray();
                for (float v : new float[] {s.placement().llx(), s.placement().lly(), s.placement().urx(),
                    s.placement().ury()}) {
                    rect.add(Math.round(v * 10) / 10.0);
                }
                a.add("rect", rect);
            }
            j.add("appearance", a);
            j.addProperty("valid", s.valid());
            all.add(j);
        }
        o.add("signatures", all);
        o.addProperty("valid", allValid(signatures));
        return o;
    }

    public static String text(String file, List<Verifier.Signature> signatures, Bundle texts) {
        StringBuilder sb = new StringBuilder();
        sb.append(texts.text("verify.header", file, signatures.size())).append('\n');
        int n = 1;
        for (Verifier.Signature s : signatures) {
            String kind = s.docMdp() > 0 ? texts.text("verify.certification", s.docMdp(),
                    texts.text("verify.docMdp." + s.docMdp())) : texts.text("verify.approval");
            sb.append(texts.text("verify.signature", n++, s.field(), kind, s.level(), s.subFilter())).append('\n');
            sb.append("   ").append(texts.text("verify.signer", s.signer(),
                    s.organisation().isEmpty() ? "—" : s.organisation())).append('\n');
            sb.append("   ").append(texts.text("verify.time",
                    s.time() == null ? "—" : TIME.format(s.time().atZone(vn.thethuc.document.VietnamTime.ZONE)))).append('\n');
            sb.append("   ").append(texts.text("verify.state", yes(s.intact(), texts),
                    s.changes().isEmpty() ? texts.text("verify.noChanges")
                            : String.join(", ", s.changes()) + " — " + (s.changesAllowed()
                                    ? texts.text("verify.allowed") : texts.text("verify.notAllowed")),
                    s.trusted() == null ? texts.text("verify.noAnchor") : yes(s.trusted(), texts))).append('\n');
            sb.append("   ").append(s.placement().visible()
                    ? texts.text("verify.visible", s.placement().page(), Math.round(s.placement().llx()),
                            Math.round(s.placement().lly()), Math.round(s.placement().urx()),
                            Math.round(s.placement().ury())) + " — " + texts.text("verify.where." + s.placement().where())
                    : texts.text("verify.invisible")).append('\n');
            sb.append("   ").append(texts.text(s.valid() ? "verify.valid" : "verify.invalid")).append('\n');
        }
        sb.append(texts.text(signatures.isEmpty() ? "verify.none" : allValid(signatures) ? "verify.allValid"
                : "verify.notAllValid")).append('\n');
        return sb.toString();
    }

    private static String yes(boolean b, Bundle texts) {
        return texts.text(b ? "verify.yes" : "verify.no");
    }
}
