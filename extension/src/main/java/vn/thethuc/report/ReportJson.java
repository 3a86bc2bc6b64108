package vn.thethuc.report;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Locale;
import vn.thethuc.i18n.Bundle;
import vn.thethuc.rules.Finding;
import vn.thethuc.rules.Report;
import vn.thethuc.profile.Severity;

/**
 * The check's JSON: {@code {"file", "mode", "documentType", "findings": [...], "summary": {...}}},
 * rule ids exactly as in ND30-RULES.md, messages in the bundle's language.
 */
public final class ReportJson {
    public static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private ReportJson() {
    }

    public static JsonObject of(String file, Report report, Bundle texts) {
        JsonObject o = new JsonObject();
        if (file != null) {
            o.addProperty("file", file);
        }
        o.addProperty("mode", report.mode().name().toLowerCase(Locale.ROOT));
        o.addProperty("documentType", report.documentType());
        JsonArray findings = new JsonArray();
        for (Finding f : report.findings()) {
            JsonObject j = new JsonObject();
            j.addProperty("rule", f.rule());
            j.addProperty("severity", severity(f.severity()));
            j.addProperty("message", message(f, texts));
            j.addProperty("clause", f.clause());
            j.addProperty("paragraph", f.paragraph());
            j.addProperty("text", f.text());
            j.addProperty("fixable", f.fixable());
            findings.add(j);
        }
        o.add("findings", findings);
        JsonObject summary = new JsonObject();
        summary.addProperty("errors", report.count(Severity.ERROR));
        summary.addProperty("warnings", report.count(Severity.WARNING));
        summary.addProperty("infos", report.count(Severity.INFO));
        o.add("summary", summary);
        return o;
    }

    public static String severity(Severity s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    public static String message(Finding f, Bundle texts) {
        return texts.text(f.messageKey(), f.args().toArray());
    }

    public static String toJson(JsonElement e) {
        return GSON.toJson(e);
    }
}
