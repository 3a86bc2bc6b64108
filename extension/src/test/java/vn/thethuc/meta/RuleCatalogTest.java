package vn.thethuc.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.thethuc.rules.Catalog;
import vn.thethuc.profile.Nd30Profile;
import vn.thethuc.rules.Rule;
import vn.thethuc.profile.RuleInfo;
import vn.thethuc.profile.Severity;

/** Every rule id is unique, listed in ND30-RULES.md with the same severity, and carries its clause. */
class RuleCatalogTest {
    private static final Path RULES_MD = Path.of(System.getProperty("thethuc.shared", "../shared"), "ND30-RULES.md");
    /** Every rule: the catalog, and the three that need a parent feed. */
    private static List<Rule> all() {
        List<Rule> rules = new java.util.ArrayList<>(Catalog.all());
        rules.addAll(vn.thethuc.feed.FeedRules.all());
        return rules;
    }

    /** id → severity as the rules file states them. */
    private static java.util.Map<String, Severity> documented() {
        java.util.Map<String, Severity> ids = new java.util.LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^\\| ((?:ND30|KH)\\.[A-Z_.]+) \\|[^|]*\\| (error|warning|info) \\|")
                .matcher(Sources.read(RULES_MD));
        while (m.find()) {
            ids.put(m.group(1), Severity.valueOf(m.group(2).toUpperCase(java.util.Locale.ROOT)));
        }
        return ids;
    }

    /**
     * Rules the project added to the rules file's list, each with the reason in the catalogue
     * ({@code "added"} in nd30.json): real documents needed them.
     */
    private static java.util.Map<String, String> added() {
        com.google.gson.JsonObject rules = com.google.gson.JsonParser.parseString(Sources.read(
                Sources.BASEDIR.resolve("extension/src/main/resources/vn/thethuc/profile/nd30.json"))).getAsJsonObject()
                .getAsJsonObject("rules");
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        rules.entrySet().forEach(e -> {
            if (e.getValue().getAsJsonObject().has("added")) {
                out.put(e.getKey(), e.getValue().getAsJsonObject().get("added").getAsString());
            }
        });
        return out;
    }

    @Test
    void idsAreUniqueAndDocumented() {
        List<String> ids = all().stream().map(Rule::id).toList();
        assertEquals(ids.size(), new LinkedHashSet<>(ids).size(), "duplicate rule ids");
        Set<String> undocumented = ids.stream().filter(id -> !documented().containsKey(id) && !added().containsKey(id))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), undocumented);
        assertTrue(added().keySet().stream().noneMatch(documented()::containsKey), "an added rule is in the rules file now");
        added().values().forEach(why -> assertTrue(why.startsWith("issue #"), why));
    }

    @Test
    void everyDocumentedRuleIsImplemented() {
        Set<String> implemented = all().stream().map(Rule::id).collect(Collectors.toSet());
        Set<String> missing = documented().keySet().stream()
                .filter(id -> !implemented.contains(id))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), missing);
        assertTrue(documented().size() >= 40, "the rules file lists " + documented().size() + " rules");
    }

    @Test
    void theProfileGivesEachRuleItsDocumentedSeverityAndAClause() {
        Nd30Profile profile = Nd30Profile.standard();
        for (var e : documented().entrySet()) {
            RuleInfo info = profile.rule(e.getKey());
            assertEquals(e.getValue(), info.severity(), e.getKey());
            assertTrue(!info.clause().isBlank(), e.getKey() + " has no clause");
        }
        Set<String> expected = new LinkedHashSet<>(documented().keySet());
        expected.addAll(added().keySet());
        assertEquals(new TreeSet<>(expected), new TreeSet<>(profile.rules().keySet()));
    }

    @Test
    void rulesImportNothingFromFeedSignOrUno() {
        List<String> leaks = Sources.mainJava().stream()
                .filter(p -> p.toString().contains("/rules/") || p.toString().contains("/recognize/")
                        || p.toString().contains("/document/"))
                .filter(p -> Pattern.compile("import vn\\.thethuc\\.(feed|sign|uno)\\.").matcher(Sources.read(p)).find())
                .map(Path::toString).toList();
        assertEquals(List.of(), leaks);
    }
}
