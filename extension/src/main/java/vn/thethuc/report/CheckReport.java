package vn.thethuc.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thethuc.i18n.Bundle;
import vn.thethuc.profile.Severity;
import vn.thethuc.rules.Finding;
import vn.thethuc.rules.Report;

/**
 * The check of one document as it is told: its findings with their messages in one language, the counts,
 * and what else the check was asked to add (timings, the snapshot). The value every reader of a check
 * takes — the text, JSON and SARIF renderings, the sign gate, the server; its JSON form
 * ({@code {"file", "mode", "documentType", "findings": [...], "summary": {...}}}) is made and read here
 * only, where the report crosses from LibreOffice's process to the launcher.
 */
public record CheckReport(String file, String mode, String documentType, List<Item> findings, Summary summary,
        Map<String, JsonElement> extra) {
    private static final Set<String> KNOWN = Set.of("file", "mode", "documentType", "findings", "summary");

    /**
     * One finding, told: rule id as in ND30-RULES.md, severity (error|warning|info), paragraph (0-based, -1: none),
     * the part of the document it is in ({@link vn.thethuc.recognize.Part#id()}: "header", "body" …).
     */
    public record Item(String rule, String severity, String message, String clause, int paragraph, String text,
            boolean fixable, String part) {
        public Item {
            part = part == null ? vn.thethuc.recognize.Part.DOCUMENT.id() : part;
        }

        public Item(String rule, String severity, String message, String clause, int paragraph, String text,
                boolean fixable) {
            this(rule, severity, message, clause, paragraph, text, fixable, null);
        }
    }

    public record Summary(int errors, int warnings, int infos) {
    }

    public CheckReport {
        findings = List.copyOf(findings);
        extra = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    /** {@code report} told in {@code texts}' language; {@code file} may be null (a document in Writer). */
    public static CheckReport of(String file, Report report, Bundle texts) {
        List<Item> items = new ArrayList<>();
        for (Finding f : report.findings()) {
            items.add(new Item(f.rule(), ReportJson.severity(f.severity()), ReportJson.message(f, texts), f.clause(),
                    f.paragraph(), f.text(), f.fixable(), f.part().id()));
        }
        return new CheckReport(file, report.mode().name().toLowerCase(java.util.Locale.ROOT), report.documentType(),
                items, new Summary((int) report.count(Severity.ERROR), (int) report.count(Severity.WARNING),
                        (int) report.count(Severity.INFO)), Map.of());
    }

    /** The same report under another name (the file as the caller named it). */
    public CheckReport named(String name) {
        return new CheckReport(name, mode, documentType, findings, summary, extra);
    }

    /** The same report with one more field in its JSON (a timing, the snapshot). */
    public CheckReport with(String field, JsonElement value) {
        if (KNOWN.contains(field)) {
            throw new IllegalArgumentException(field);
        }
        Map<String, JsonElement> more = new LinkedHashMap<>(extra);
        more.put(field, value);
        return new CheckReport(file, mode, documentType, findings, summary, more);
    }

    /** The same report without {@code item}, the counts told again. */
    public CheckReport without(Item item) {
        List<Item> rest = new ArrayList<>(findings);
        if (!rest.remove(item)) {
            return this;
        }
        int errors = (int) rest.stream().filter(f -> f.severity().equals("error")).count();
        int warnings = (int) rest.stream().filter(f -> f.severity().equals("warning")).count();
        int infos = (int) rest.stream().filter(f -> f.severity().equals("info")).count();
        return new CheckReport(file, mode, documentType, rest, new Summary(errors, warnings, infos), extra);
    }

    public int errors() {
        return summary.errors();
    }

    public int warnings() {
        return summary.warnings();
    }

    /** The first {@code limit} findings of {@code severity}, in the report's order. */
    public List<Item> first(String severity, int limit) {
        return findings.stream().filter(f -> f.severity().equals(severity)).limit(limit).toList();
    }

    public JsonObject toJson() {
        JsonObject o = new JsonObject();
        if (file != null) {
            o.addProperty("file", file);
        }
        o.addProperty("mode", mode);
        o.addProperty("documentType", documentType);
        JsonArray all = new JsonArray();
        for (Item f : findings) {
            JsonObject j = new JsonObject();
            j.addProperty("rule", f.rule());
            j.addProperty("severity", f.severity());
            j.addProperty("message", f.message());
            j.addProperty("clause", f.clause());
            j.addProperty("paragraph", f.paragraph());
            j.addProperty("text", f.text());
            j.addProperty("fixable", f.fixable());
            j.addProperty("part", f.part());
            all.add(j);
        }
        o.add("findings", all);
        JsonObject s = new JsonObject();
        s.addProperty("errors", summary.errors());
        s.addProperty("warnings", summary.warnings());
        s.addProperty("infos", summary.infos());
        o.add("summary", s);
        extra.forEach(o::add);
        return o;
    }

    /** The report that {@link #toJson()} wrote; a malformed one is an {@link IllegalArgumentException}. */
    public static CheckReport fromJson(String json) {
        try {
            JsonObject o = JsonParser.parseString(json).getAsJsonObject();
            List<Item> items = new ArrayList<>();
            for (JsonElement e : o.getAsJsonArray("findings")) {
                JsonObject f = e.getAsJsonObject();
                items.add(new Item(f.get("rule").getAsString(), f.get("severity").getAsString(),
                        f.get("message").getAsString(), f.get("clause").getAsString(), f.get("paragraph").getAsInt(),
                        f.get("text").getAsString(), f.get("fixable").getAsBoolean(),
                        f.has("part") ? f.get("part").getAsString() : null));
            }
            JsonObject s = o.getAsJsonObject("summary");
            Map<String, JsonElement> extra = new LinkedHashMap<>();
            o.entrySet().stream().filter(e -> !KNOWN.contains(e.getKey())).forEach(e -> extra.put(e.getKey(), e.getValue()));
            return new CheckReport(o.has("file") ? o.get("file").getAsString() : null, o.get("mode").getAsString(),
                    o.get("documentType").getAsString(), items, new Summary(s.get("errors").getAsInt(),
                            s.get("warnings").getAsInt(), s.get("infos").getAsInt()), extra);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a check report: " + e.getMessage(), e);
        }
    }
}
