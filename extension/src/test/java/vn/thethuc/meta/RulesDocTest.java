package vn.thethuc.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thethuc.i18n.Bundle;
import vn.thethuc.profile.Nd30Profile;
import vn.thethuc.profile.RuleInfo;

/**
 * docs/RULES.md is generated from the catalogue (nd30.json: id, severity, clause, why a rule was added)
 * and the messages (vi, en): the rule table is written nowhere else. The test fails when the file differs;
 * {@code -Dthethuc.rules.write=true} rewrites it.
 */
class RulesDocTest {
    static final Path DOC = Sources.BASEDIR.resolve("docs/RULES.md");
    static final Path CATALOGUE = Sources.BASEDIR.resolve("extension/src/main/resources/vn/thethuc/profile/nd30.json");

    static String generate() {
        JsonObject rules = JsonParser.parseString(Sources.read(CATALOGUE)).getAsJsonObject().getAsJsonObject("rules");
        Bundle vi = Bundle.of(Bundle.VI);
        Bundle en = Bundle.of(Bundle.EN);
        StringBuilder md = new StringBuilder();
        md.append("# The rules the check reports\n\n");
        md.append("Generated from the catalogue (`extension/src/main/resources/vn/thethuc/profile/nd30.json`: id, severity,\n")
                .append("clause) and the messages (`messages_vi.properties`, `messages_en.properties`) by `RulesDocTest`;\n")
                .append("do not edit by hand: `mvn test -Dtest=RulesDocTest -Dthethuc.rules.write=true` rewrites it. The ids are\n")
                .append("those of `../shared/ND30-RULES.md`; rules marked *added* are the project's, with the reason.\n")
                .append("Turn a rule off by its id (Tools › Options › Thể Thức, or an agency's policy).\n\n");
        md.append("| id | severity | clause | what the check says (vi / en) |\n|---|---|---|---|\n");
        for (Map.Entry<String, RuleInfo> e : Nd30Profile.standard().rules().entrySet()) {
            RuleInfo info = e.getValue();
            JsonObject raw = rules.getAsJsonObject(e.getKey());
            StringBuilder says = new StringBuilder();
            String prefix = "rule." + e.getKey() + ".";
            for (String key : vi.keys()) {
                if (key.startsWith(prefix)) {
                    if (says.length() > 0) {
                        says.append("<br>");
                    }
                    says.append('`').append(key.substring(prefix.length())).append("`: ")
                            .append(cell(vi.text(key))).append(" / ").append(cell(en.text(key)));
                }
            }
            String added = raw != null && raw.has("added") ? " *(added: " + cell(raw.get("added").getAsString()) + ")*" : "";
            String severity = info.severity().name().toLowerCase(java.util.Locale.ROOT) + (info.issueSeverity() == null ? ""
                    : " (" + info.issueSeverity().name().toLowerCase(java.util.Locale.ROOT) + " in issue mode)");
            md.append("| ").append(e.getKey()).append(added).append(" | ").append(severity)
                    .append(" | ").append(cell(info.clause())).append(" | ").append(says).append(" |\n");
        }
        return md.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    @Test
    void theRuleTableIsGeneratedFromTheCatalogue() throws IOException {
        String expected = generate();
        if (Boolean.getBoolean("thethuc.rules.write")) {
            Files.writeString(DOC, expected);
        }
        assertEquals(expected, Files.exists(DOC) ? Files.readString(DOC) : "",
                "docs/RULES.md is out of date: run mvn test -Dtest=RulesDocTest -Dthethuc.rules.write=true");
    }
}
