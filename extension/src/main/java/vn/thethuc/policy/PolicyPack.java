package vn.thethuc.policy;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.thethuc.i18n.Refusal;

/**
 * The IT department's policy pack: a small extension whose configuration sets Thể Thức's settings
 * for every user of a machine and locks them ({@code oor:finalized}), so that officials configure
 * nothing and cannot weaken the signing gate.
 */
public final class PolicyPack {
    /** How a setting is written in the configuration schema (descriptors/Settings.xcs). */
    public enum Type { STRING, BOOLEAN, STRING_LIST, INTEGER }

    /** The range of {@code reportDaysEarlier}: how many days before the parent's deadline the units report. */
    public static final int MAX_DAYS_EARLIER = 30;

    /** Every setting, with the key names of Settings.xcs, of {@code thethuc new --spec} and of the policy file. */
    public static final Map<String, Type> KEYS = keys();

    /** The values a setting may take, in the order to offer them; empty when it is free text. */
    public static List<String> choices(String key) {
        return switch (key) {
            case "gatePolicy" -> List.of("block", "warn", "off");
            case "defaultMode" -> List.of("draft", "issue");
            case "signerAuthority" -> List.of("", "TM.", "KT.", "TL.", "TUQ.", "Q.");
            default -> List.of();
        };
    }

    private final Map<String, Object> values;

    private PolicyPack(Map<String, Object> values) {
        this.values = values;
    }

    private static Map<String, Type> keys() {
        Map<String, Type> k = new LinkedHashMap<>();
        for (String s : List.of("agencyName", "parentAgency", "agencyCode", "unitCode", "place", "signerAuthority",
                "headTitle", "signerTitle", "signerName", "collectiveBody", "feedUrl")) {
            k.put(s, Type.STRING);
        }
        k.put("allowHttp", Type.BOOLEAN);
        k.put("reportDaysEarlier", Type.INTEGER);
        for (String s : List.of("tsaUrl", "pkcs11Library", "signatureImage", "sealImage", "gatePolicy")) {
            k.put(s, Type.STRING);
        }
        k.put("certify", Type.BOOLEAN);
        k.put("disabledRules", Type.STRING_LIST);
        k.put("defaultMode", Type.STRING);
        return java.util.Collections.unmodifiableMap(k);
    }

    /** The settings a policy file gives; unknown keys, wrong types and values out of their choices are refused. */
    public static PolicyPack fromJson(String json) throws Refusal {
        JsonObject o;
        try {
            JsonElement e = JsonParser.parseString(json);
            if (!e.isJsonObject()) {
                throw new Refusal("policy.notObject");
            }
            o = e.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new Refusal("policy.malformed", e.getMessage());
        }
        if (o.isEmpty()) {
            throw new Refusal("policy.empty");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : o.entrySet()) {
            Type type = KEYS.get(e.getKey());
            if (type == null) {
                throw new Refusal("policy.unknownKey", e.getKey(), String.join(", ", KEYS.keySet()));
            }
            JsonElement v = e.getValue();
            switch (type) {
                case BOOLEAN -> {
                    if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isBoolean()) {
                        throw new Refusal("policy.notBoolean", e.getKey());
                    }
                    values.put(e.getKey(), v.getAsBoolean());
                }
                case INTEGER -> {
                    if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isNumber()
                            || v.getAsDouble() != Math.rint(v.getAsDouble()) || v.getAsDouble() < 0
                            || v.getAsDouble() > MAX_DAYS_EARLIER) {
                        throw new Refusal("policy.notDays", e.getKey(), MAX_DAYS_EARLIER);
                    }
                    values.put(e.getKey(), v.getAsInt());
                }
                case STRING_LIST -> {
                    if (!v.isJsonArray()) {
                        throw new Refusal("policy.notList", e.getKey());
                    }
                    List<String> items = new ArrayList<>();
                    for (JsonElement item : (JsonArray) v) {
                        if (!item.isJsonPrimitive() || !item.getAsJsonPrimitive().isString()) {
                            throw new Refusal("policy.notList", e.getKey());
                        }
                        items.add(nfc(item.getAsString()));
                    }
                    values.put(e.getKey(), List.copyOf(items));
                }
                case STRING -> {
                    if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isString()) {
                        throw new Refusal("policy.notText", e.getKey());
                    }
                    String s = nfc(v.getAsString());
                    List<String> choices = choices(e.getKey());
                    if (!choices.isEmpty() && !choices.contains(s)) {
                        throw new Refusal("policy.choice", e.getKey(), s,
                                String.join(", ", choices.stream().filter(c -> !c.isEmpty()).toList()));
                    }
                    values.put(e.getKey(), s);
                }
            }
        }
        return new PolicyPack(values);
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
    }

    public Map<String, Object> values() {
        return values;
    }

    /** The pack's extension identifier: one per agency, so that packs of two agencies never replace each other. */
    public String identifier() {
        String code = values.getOrDefault("agencyCode", "").toString();
        String slug = Normalizer.normalize(code, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd')
                .replace('Đ', 'D').toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return "vn.thethuc.policy." + (slug.isEmpty() ? "chung" : slug);
    }

    /** The configuration data: every given setting set and finalized. */
    public String xcu() {
        StringBuilder sb = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- Thể Thức policy pack: settings set by the administrator and locked (oor:finalized). -->
                <oor:component-data xmlns:oor="http://openoffice.org/2001/registry" \
                xmlns:xs="http://www.w3.org/2001/XMLSchema" oor:name="Settings" oor:package="vn.thethuc.writer">
                  <node oor:name="Settings">
                """);
        for (Map.Entry<String, Object> e : values.entrySet()) {
            sb.append("    <prop oor:name=\"").append(e.getKey()).append("\" oor:finalized=\"true\">");
            if (e.getValue() instanceof List<?> list) {
                sb.append("<value>");
                for (Object item : list) {
                    sb.append("<it>").append(escape(item.toString())).append("</it>");
                }
                sb.append("</value>");
            } else {
                sb.append("<value>").append(escape(e.getValue().toString())).append("</value>");
            }
            sb.append("</prop>\n");
        }
        return sb.append("  </node>\n</oor:component-data>\n").toString();
    }

    /** The description LibreOffice shows in the extension manager. */
    public String description(String version) {
        String agency = escape(values.getOrDefault("agencyName", values.getOrDefault("agencyCode", "")).toString());
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <description xmlns="http://openoffice.org/extensions/description/2006"
                             xmlns:d="http://openoffice.org/extensions/description/2006"
                             xmlns:lo="http://libreoffice.org/extensions/description/2011">
                  <identifier value="%s"/>
                  <version value="%s"/>
                  <platform value="all"/>
                  <dependencies>
                    <lo:LibreOffice-minimal-version value="7.4" d:name="LibreOffice 7.4"/>
                  </dependencies>
                  <display-name>
                    <name lang="vi">Thể Thức — chính sách của %s</name>
                    <name lang="en">Thể Thức — policy of %s</name>
                  </display-name>
                </description>
                """.formatted(identifier(), version, agency, agency);
    }

    /** The .oxt: description, manifest, and the locked settings. */
    public byte[] oxt(String version) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(zip, "description.xml", description(version));
            put(zip, "META-INF/manifest.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <manifest:manifest xmlns:manifest="http://openoffice.org/2001/manifest">
                      <manifest:file-entry manifest:full-path="Policy.xcu"
                                           manifest:media-type="application/vnd.sun.star.configuration-data"/>
                    </manifest:manifest>
                    """);
            put(zip, "Policy.xcu", xcu());
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
