package vn.thethuc.feed;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.thethuc.i18n.Refusal;

/**
 * Reads a feed (FEED.md, version 1) and checks it: every refusal names the problem and where it is
 * (key path, task id), and nothing is made of a feed that has one. Text is kept as plain text (NFC).
 */
public final class FeedReader {
    public static final String FORMAT = "thethuc.parent-plan";
    public static final int VERSION = 1;
    /** A body larger than this is refused (and a download stops reading there). */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private FeedReader() {
    }

    public static Feed read(byte[] body) throws Refusal {
        if (body.length > MAX_BYTES) {
            throw new Refusal("feed.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new Refusal("feed.notUtf8");
        }
        return read(text);
    }

    public static Feed read(String json) throws Refusal {
        JsonElement root;
        try {
            root = JsonParser.parseString(json);
        } catch (JsonParseException e) {
            throw new Refusal("feed.notJson", e.getMessage());
        }
        JsonObject o = object(root, "$");
        String format = string(o, "format", "$");
        if (!FORMAT.equals(format)) {
            throw new Refusal("feed.format", format, FORMAT);
        }
        JsonElement v = o.get("version");
        if (v == null || v.isJsonNull()) {
            throw new Refusal("feed.missing", "$.version");
        }
        if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isNumber() || v.getAsDouble() != Math.rint(v.getAsDouble())) {
            throw new Refusal("feed.notInteger", "$.version");
        }
        int version = v.getAsInt();
        if (version > VERSION) {
            throw new Refusal("feed.tooNew", version, VERSION);
        }
        Feed.Plan plan = plan(object(required(o, "plan", "$"), "$.plan"));
        List<Feed.Agency> agencies = new ArrayList<>();
        JsonArray as = array(required(o, "agencies", "$"), "$.agencies");
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < as.size(); i++) {
            String at = "$.agencies[" + i + "]";
            JsonObject a = object(as.get(i), at);
            String code = string(a, "code", at);
            if (!codes.add(code)) {
                throw new Refusal("feed.duplicateAgency", at + ".code", code);
            }
            agencies.add(new Feed.Agency(code, string(a, "name", at), strings(a, "members", at, false)));
        }
        for (int i = 0; i < agencies.size(); i++) {
            for (String m : agencies.get(i).members()) {
                known(codes, m, "$.agencies[" + i + "].members", null);
            }
        }
        JsonArray ts = array(required(o, "tasks", "$"), "$.tasks");
        List<Feed.Task> tasks = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < ts.size(); i++) {
            String at = "$.tasks[" + i + "]";
            JsonObject t = object(ts.get(i), at);
            String id = string(t, "id", at);
            if (!ids.add(id)) {
                throw new Refusal("feed.duplicateTask", at + ".id", id);
            }
            List<String> lead = strings(t, "lead", at, true);
            if (lead.isEmpty()) {
                throw new Refusal("feed.noLead", at + ".lead", id);
            }
            List<String> support = strings(t, "support", at, false);
            for (String c : lead) {
                known(codes, c, at + ".lead", id);
            }
            for (String c : support) {
                known(codes, c, at + ".support", id);
            }
            List<Feed.Report> reports = new ArrayList<>();
            JsonArray rs = t.has("reports") ? array(t.get("reports"), at + ".reports") : new JsonArray();
            for (int r = 0; r < rs.size(); r++) {
                String rat = at + ".reports[" + r + "]";
                JsonObject ro = object(rs.get(r), rat);
                String to = optionalString(ro, "to", rat);
                if (to != null) {
                    known(codes, to, rat + ".to", id);
                }
                reports.add(new Feed.Report(string(ro, "name", rat), date(ro, "due", rat, true), to));
            }
            List<Feed.Indicator> indicators = new ArrayList<>();
            JsonArray is = t.has("indicators") ? array(t.get("indicators"), at + ".indicators") : new JsonArray();
            for (int n = 0; n < is.size(); n++) {
                String iat = at + ".indicators[" + n + "]";
                JsonObject io = object(is.get(n), iat);
                indicators.add(new Feed.Indicator(string(io, "name", iat), optionalString(io, "target", iat)));
            }
            tasks.add(new Feed.Task(id, string(t, "section", at), string(t, "text", at), lead, support,
                    date(t, "due", at, false), List.copyOf(reports), List.copyOf(indicators)));
        }
        return new Feed(version, plan, List.copyOf(agencies), List.copyOf(tasks));
    }

    private static Feed.Plan plan(JsonObject p) throws Refusal {
        String at = "$.plan";
        JsonObject issuer = object(required(p, "issuer", at), at + ".issuer");
        Feed.Signer signer = null;
        if (p.has("signer") && !p.get("signer").isJsonNull()) {
            JsonObject s = object(p.get("signer"), at + ".signer");
            signer = new Feed.Signer(optionalString(s, "authority", at + ".signer"),
                    optionalString(s, "title", at + ".signer"), optionalString(s, "name", at + ".signer"));
        }
        Integer year = null;
        if (p.has("year") && !p.get("year").isJsonNull()) {
            JsonElement y = p.get("year");
            if (!y.isJsonPrimitive() || !y.getAsJsonPrimitive().isNumber()) {
                throw new Refusal("feed.notInteger", at + ".year");
            }
            year = y.getAsInt();
        }
        return new Feed.Plan(string(p, "id", at), string(p, "kind", at), string(p, "number", at),
                date(p, "issued", at, true), optionalString(p, "place", at),
                new Feed.Issuer(string(issuer, "code", at + ".issuer"), string(issuer, "name", at + ".issuer"),
                        string(issuer, "shortName", at + ".issuer")),
                string(p, "title", at), year, signer, optionalString(p, "source", at));
    }

    private static void known(Set<String> codes, String code, String at, String taskId) throws Refusal {
        if (!codes.contains(code)) {
            throw taskId == null ? new Refusal("feed.unknownCode", at, code)
                    : new Refusal("feed.unknownCodeInTask", at, code, taskId);
        }
    }

    private static JsonElement required(JsonObject o, String key, String at) throws Refusal {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            throw new Refusal("feed.missing", at + "." + key);
        }
        return e;
    }

    private static JsonObject object(JsonElement e, String at) throws Refusal {
        if (!e.isJsonObject()) {
            throw new Refusal("feed.notObject", at);
        }
        return e.getAsJsonObject();
    }

    private static JsonArray array(JsonElement e, String at) throws Refusal {
        if (!e.isJsonArray()) {
            throw new Refusal("feed.notArray", at);
        }
        return e.getAsJsonArray();
    }

    private static String string(JsonObject o, String key, String at) throws Refusal {
        return text(required(o, key, at), at + "." + key);
    }

    private static String optionalString(JsonObject o, String key, String at) throws Refusal {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? null : text(e, at + "." + key);
    }

    private static String text(JsonElement e, String at) throws Refusal {
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw new Refusal("feed.notString", at);
        }
        return Normalizer.normalize(e.getAsString().strip(), Normalizer.Form.NFC);
    }

    private static List<String> strings(JsonObject o, String key, String at, boolean required) throws Refusal {
        JsonElement e = required ? required(o, key, at) : o.get(key);
        if (e == null || e.isJsonNull()) {
            return List.of();
        }
        JsonArray a = array(e, at + "." + key);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            out.add(text(a.get(i), at + "." + key + "[" + i + "]"));
        }
        return List.copyOf(out);
    }

    private static LocalDate date(JsonObject o, String key, String at, boolean required) throws Refusal {
        String s = required ? string(o, key, at) : optionalString(o, key, at);
        if (s == null) {
            return null;
        }
        try {
            if (!s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException(s, s, 0);
            }
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new Refusal("feed.date", at + "." + key, s);
        }
    }
}
