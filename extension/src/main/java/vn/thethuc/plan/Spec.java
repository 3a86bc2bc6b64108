package vn.thethuc.plan;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a new document says about its issuer, number, date, subject and signer: the fields of the
 * insert dialog, of {@code thethuc new --spec}, and (same key names) of the agency settings.
 */
public record Spec(String parentAgency, String agencyName, String agencyCode, String unitCode, String place,
        LocalDate date, String number, String title, String signerAuthority, String headTitle, String signerTitle,
        String signerName, String collectiveBody, List<String> recipients, List<String> basis) {

    public static final Set<String> AUTHORITIES = Set.of("", "TM.", "KT.", "TL.", "TUQ.", "Q.");
    public static final Set<String> KEYS = Set.of("parentAgency", "agencyName", "agencyCode", "unitCode", "place",
            "date", "number", "title", "signerAuthority", "headTitle", "signerTitle", "signerName", "collectiveBody",
            "recipients", "basis");

    /** A bad spec: the message key of the bundle and its arguments, for a Vietnamese (or English) message. */
    public static final class Invalid extends vn.thethuc.i18n.Refusal {
        private static final long serialVersionUID = 1L;

        Invalid(String key, Object... args) {
            super(key, args);
        }
    }

    /** Sample values, so that a document made without a spec is complete and passes the check. */
    public static Spec sample(LocalDate today) {
        return new Spec("UBND TỈNH THÁI NGUYÊN", "SỞ Y TẾ", "SYT", "VP", "Thái Nguyên", today, "",
                "Thực hiện công tác bình đẳng giới năm " + today.getYear(), "KT.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
                "Nguyễn Văn An", "ỦY BAN NHÂN DÂN", List.of("UBND tỉnh (b/c)", "Các phòng chức năng"),
                List.of("Luật Bình đẳng giới ngày 29 tháng 11 năm 2006"));
    }

    /** The sample, with the fields {@code json} gives. Unknown keys and wrong values are refused. */
    public static Spec fromJson(String json, LocalDate today) throws Invalid {
        return fromJson(json, sample(today));
    }

    /** {@code base}, with the fields {@code json} gives. Unknown keys and wrong values are refused. */
    public static Spec fromJson(String json, Spec base) throws Invalid {
        JsonObject o;
        try {
            JsonElement e = JsonParser.parseString(json);
            if (!e.isJsonObject()) {
                throw new Invalid("spec.notObject");
            }
            o = e.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new Invalid("spec.malformed", e.getMessage());
        }
        for (String k : o.keySet()) {
            if (!KEYS.contains(k)) {
                throw new Invalid("spec.unknownKey", k, String.join(", ", KEYS.stream().sorted().toList()));
            }
        }
        Spec s = base;
        LocalDate date = s.date();
        if (o.has("date")) {
            try {
                date = LocalDate.parse(string(o, "date"));
            } catch (DateTimeParseException e) {
                throw new Invalid("spec.date", string(o, "date"));
            }
        }
        String authority = o.has("signerAuthority") ? string(o, "signerAuthority") : s.signerAuthority();
        if (!AUTHORITIES.contains(authority)) {
            throw new Invalid("spec.authority", authority);
        }
        String number = o.has("number") ? string(o, "number") : s.number();
        if (!number.isEmpty() && !number.matches("\\d+")) {
            throw new Invalid("spec.number", number);
        }
        return new Spec(or(o, "parentAgency", s.parentAgency()), or(o, "agencyName", s.agencyName()),
                or(o, "agencyCode", s.agencyCode()), or(o, "unitCode", s.unitCode()), or(o, "place", s.place()), date,
                number, or(o, "title", s.title()), authority, or(o, "headTitle", s.headTitle()),
                or(o, "signerTitle", s.signerTitle()), or(o, "signerName", s.signerName()),
                or(o, "collectiveBody", s.collectiveBody()), list(o, "recipients", s.recipients()),
                list(o, "basis", s.basis()));
    }

    private static String string(JsonObject o, String key) throws Invalid {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            return "";
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw new Invalid("spec.notText", key);
        }
        return Normalizer.normalize(e.getAsString().strip(), Normalizer.Form.NFC);
    }

    private static String or(JsonObject o, String key, String fallback) throws Invalid {
        return o.has(key) ? string(o, key) : fallback;
    }

    private static List<String> list(JsonObject o, String key, List<String> fallback) throws Invalid {
        if (!o.has(key)) {
            return fallback;
        }
        JsonElement e = o.get(key);
        if (!e.isJsonArray()) {
            throw new Invalid("spec.notList", key);
        }
        List<String> out = new ArrayList<>();
        JsonArray a = e.getAsJsonArray();
        for (JsonElement item : a) {
            if (!item.isJsonPrimitive() || !item.getAsJsonPrimitive().isString()) {
                throw new Invalid("spec.notList", key);
            }
            out.add(Normalizer.normalize(item.getAsString().strip(), Normalizer.Form.NFC));
        }
        return List.copyOf(out);
    }
}
