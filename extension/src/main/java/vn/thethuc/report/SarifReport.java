package vn.thethuc.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.thethuc.Version;
import vn.thethuc.profile.Nd30Profile;
import vn.thethuc.profile.RuleInfo;

/**
 * SARIF 2.1.0 for code-review and document-server tooling: one run, every rule of the profile as a
 * reporting descriptor, one result per finding. A paragraph is reported as the region's line
 * (paragraph number, from 1); findings about the whole document have no region.
 */
public final class SarifReport {
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifReport() {
    }

    /** {@code reports}: the checks, each with its "file". */
    public static JsonObject of(List<CheckReport> reports, Nd30Profile profile) {
        List<String> ids = new ArrayList<>(profile.rules().keySet());
        JsonArray rules = new JsonArray();
        for (RuleInfo r : profile.rules().values()) {
            JsonObject d = new JsonObject();
            d.addProperty("id", r.id());
            d.add("shortDescription", text(r.id() + " — " + r.clause()));
            JsonObject config = new JsonObject();
            config.addProperty("level", level(r.severity().name().toLowerCase(Locale.ROOT)));
            d.add("defaultConfiguration", config);
            JsonObject props = new JsonObject();
            props.addProperty("clause", r.clause());
            d.add("properties", props);
            rules.add(d);
        }
        JsonObject driver = new JsonObject();
        driver.addProperty("name", "Thể Thức");
        driver.addProperty("version", Version.get());
        driver.addProperty("informationUri", "https://thethuc.vn");
        driver.add("rules", rules);
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);

        JsonArray results = new JsonArray();
        for (CheckReport report : reports) {
            String uri = Path.of(report.file()).toAbsolutePath().toUri().toString();
            for (CheckReport.Item f : report.findings()) {
                JsonObject r = new JsonObject();
                r.addProperty("ruleId", f.rule());
                if (ids.contains(f.rule())) {
                    r.addProperty("ruleIndex", ids.indexOf(f.rule()));
                }
                r.addProperty("level", level(f.severity()));
                r.add("message", text(f.message()));
                JsonObject physical = new JsonObject();
                JsonObject artifact = new JsonObject();
                artifact.addProperty("uri", uri);
                physical.add("artifactLocation", artifact);
                if (f.paragraph() >= 0) {
                    JsonObject region = new JsonObject();
                    region.addProperty("startLine", f.paragraph() + 1);
                    region.add("snippet", text(f.text()));
                    physical.add("region", region);
                }
                JsonObject location = new JsonObject();
                location.add("physicalLocation", physical);
                JsonArray locations = new JsonArray();
                locations.add(location);
                r.add("locations", locations);
                JsonObject props = new JsonObject();
                props.addProperty("clause", f.clause());
                props.addProperty("paragraph", f.paragraph());
                props.addProperty("fixable", f.fixable());
                props.addProperty("mode", report.mode());
                r.add("properties", props);
                results.add(r);
            }
        }
        JsonObject run = new JsonObject();
        run.add("tool", tool);
        run.add("results", results);
        run.addProperty("columnKind", "utf16CodeUnits");
        JsonArray runs = new JsonArray();
        runs.add(run);
        JsonObject sarif = new JsonObject();
        sarif.addProperty("$schema", SCHEMA);
        sarif.addProperty("version", "2.1.0");
        sarif.add("runs", runs);
        return sarif;
    }

    private static String level(String severity) {
        return switch (severity) {
            case "error" -> "error";
            case "warning" -> "warning";
            default -> "note";
        };
    }

    private static JsonObject text(String s) {
        JsonObject o = new JsonObject();
        o.addProperty("text", s);
        return o;
    }
}
