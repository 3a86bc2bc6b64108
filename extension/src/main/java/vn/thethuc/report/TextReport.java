package vn.thethuc.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;

/** The check's report for a person reading a terminal, from its JSON form. */
public final class TextReport {
    private TextReport() {
    }

    public static String render(JsonObject report, vn.thethuc.i18n.Bundle texts) {
        StringBuilder sb = new StringBuilder();
        sb.append(texts.text("report.header", report.get("file").getAsString(), report.get("documentType").getAsString(),
                texts.text("report.mode." + report.get("mode").getAsString()))).append('\n');
        JsonArray findings = report.getAsJsonArray("findings");
        for (String severity : List.of("error", "warning", "info")) {
            for (JsonElement e : findings) {
                JsonObject f = e.getAsJsonObject();
                if (!f.get("severity").getAsString().equals(severity)) {
                    continue;
                }
                int paragraph = f.get("paragraph").getAsInt();
                sb.append("  ").append(texts.text("report.severity." + severity)).append(' ')
                        .append(f.get("rule").getAsString())
                        .append(paragraph >= 0 ? " ¶" + (paragraph + 1) : "")
                        .append(": ").append(f.get("message").getAsString())
                        .append(' ').append(bracketed(f.get("clause").getAsString()));
                if (f.get("fixable").getAsBoolean()) {
                    sb.append(' ').append(texts.text("report.fixable"));
                }
                sb.append('\n');
                String text = f.get("text").getAsString();
                if (!text.isEmpty()) {
                    sb.append("      «").append(text.length() > 90 ? text.substring(0, 90) + "…" : text).append("»\n");
                }
            }
        }
        JsonObject s = report.getAsJsonObject("summary");
        sb.append(texts.text("report.summary", s.get("errors").getAsInt(), s.get("warnings").getAsInt(),
                s.get("infos").getAsInt())).append('\n');
        return sb.toString();
    }

    /** "[Phụ lục I, II.9.b]"; a clause already in brackets ("[practice]") as it is. */
    private static String bracketed(String clause) {
        return clause.startsWith("[") ? clause : "[" + clause + "]";
    }
}
