package vn.thethuc.report;

import com.google.gson.JsonArray;
import java.util.List;
import java.util.Set;
import vn.thethuc.i18n.Bundle;
import vn.thethuc.profile.Nd30Profile;

/** The reports of a check printed as {@code thethuc check --format} prints them, and as the server answers. */
public final class Reports {
    public static final Set<String> FORMATS = Set.of("text", "json", "sarif");

    private Reports() {
    }

    /**
     * {@code reports} in {@code format}: JSON is one object when one file was asked for ({@code single}),
     * an array otherwise; SARIF is one log with a run; text is each report in turn.
     */
    public static String render(String format, List<CheckReport> reports, boolean single, Bundle texts) {
        return switch (format) {
            case "sarif" -> ReportJson.toJson(SarifReport.of(reports, Nd30Profile.standard())) + "\n";
            case "json" -> {
                if (single && reports.size() == 1) {
                    yield ReportJson.toJson(reports.get(0).toJson()) + "\n";
                }
                JsonArray all = new JsonArray();
                reports.forEach(r -> all.add(r.toJson()));
                yield ReportJson.toJson(all) + "\n";
            }
            default -> {
                StringBuilder text = new StringBuilder();
                reports.forEach(r -> text.append(TextReport.render(r, texts)));
                yield text.toString();
            }
        };
    }
}
