package vn.thethuc.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.thethuc.command.Command;
import vn.thethuc.i18n.Bundle;

class BundleTest {
    @Test
    void bothLanguagesHaveExactlyTheSameKeys() {
        assertEquals(Bundle.of(Bundle.VI).keys(), Bundle.of(Bundle.EN).keys());
    }

    @Test
    void everyTextIsNfcAndNotBlank() {
        for (String lang : List.of(Bundle.VI, Bundle.EN)) {
            Properties p = Bundle.load(lang);
            for (String key : p.stringPropertyNames()) {
                String v = p.getProperty(key);
                assertTrue(!v.isBlank(), lang + ":" + key + " is blank");
                assertTrue(Normalizer.isNormalized(v, Normalizer.Form.NFC), lang + ":" + key + " is not NFC");
            }
        }
    }

    /**
     * Keys are used literally, or composed: command titles, {@code report.severity.<level>},
     * {@code report.mode.<mode>}, and {@code rule.<ID>.<variant>} where the rule is in the catalog and
     * its variant is a string literal in the rules package.
     */
    @Test
    void noKeyIsUnused() {
        String code = Sources.mainJava().stream().map(Sources::read).collect(Collectors.joining("\n"));
        String rulesCode = Sources.mainJava().stream()
                .filter(p -> p.toString().contains("/rules/") || p.toString().contains("/feed/"))
                .map(Sources::read).collect(Collectors.joining("\n"));
        Set<String> derived = new java.util.HashSet<>(
                Arrays.stream(Command.values()).map(Command::titleKey).collect(Collectors.toSet()));
        Arrays.stream(vn.thethuc.profile.Severity.values())
                .forEach(s -> derived.add("report.severity." + s.name().toLowerCase(java.util.Locale.ROOT)));
        Arrays.stream(vn.thethuc.plan.DocType.values()).forEach(t -> derived.add("doctype." + t.name()));
        Arrays.stream(vn.thethuc.recognize.Part.values()).forEach(p -> derived.add("part." + p.id()));
        Arrays.stream(vn.thethuc.uno.insert.InsertDialog.FIELDS).forEach(f -> derived.add("dialog.insert." + f));
        vn.thethuc.policy.PolicyPack.KEYS.keySet().forEach(k -> derived.add("options." + k));
        vn.thethuc.policy.PolicyPack.KEYS.keySet().forEach(k -> vn.thethuc.policy.PolicyPack.choices(k)
                .forEach(c -> derived.add("options." + k + "." + c)));
        java.util.stream.Stream.of("section", "closing", "recipients", "signature")
                .forEach(p -> derived.add("insert.part." + p));
        Arrays.stream(vn.thethuc.rules.CheckMode.values())
                .forEach(m -> derived.add("report.mode." + m.name().toLowerCase(java.util.Locale.ROOT)));
        // the DocMDP levels of ISO 32000-1 (12.8.2.2) that verify names
        java.util.stream.IntStream.rangeClosed(1, 3).forEach(p -> derived.add("verify.docMdp." + p));
        java.util.List.of("signature-block", "over-signer-left-third", "top-right", "elsewhere")
                .forEach(w -> derived.add("verify.where." + w));
        Set<String> ruleIds = java.util.stream.Stream.concat(vn.thethuc.rules.Catalog.all().stream(),
                vn.thethuc.feed.FeedRules.all().stream()).map(vn.thethuc.rules.Rule::id).collect(Collectors.toSet());
        ruleIds.forEach(id -> derived.add("ruleName." + id));
        Set<String> unused = new TreeSet<>();
        for (String key : Bundle.of(Bundle.VI).keys()) {
            if (key.startsWith("rule.")) {
                String rest = key.substring("rule.".length());
                String id = rest.substring(0, rest.lastIndexOf('.'));
                String variant = rest.substring(rest.lastIndexOf('.') + 1);
                if (!ruleIds.contains(id) || !rulesCode.contains("\"" + variant + "\"")) {
                    unused.add(key);
                }
            } else if (!derived.contains(key) && !code.contains("\"" + key + "\"")) {
                unused.add(key);
            }
        }
        assertEquals(Set.of(), unused);
    }

    /** A person is told a rule's name, not its id (the findings, "Tắt quy tắc này"). */
    @Test
    void everyRuleHasANameInBothLanguages() {
        java.util.stream.Stream.concat(vn.thethuc.rules.Catalog.all().stream(), vn.thethuc.feed.FeedRules.all().stream())
                .map(vn.thethuc.rules.Rule::id).forEach(id -> {
                    assertTrue(Bundle.of(Bundle.VI).has("ruleName." + id), id);
                    assertTrue(Bundle.of(Bundle.EN).has("ruleName." + id), id);
                });
    }

    @Test
    void languageFollowsTheLocale() {
        assertEquals(Bundle.VI, Bundle.languageOf("vi-VN"));
        assertEquals(Bundle.VI, Bundle.languageOf("vi"));
        assertEquals(Bundle.EN, Bundle.languageOf("en-US"));
        assertEquals(Bundle.EN, Bundle.languageOf("fr"));
        assertEquals(Bundle.EN, Bundle.languageOf(null));
    }

    @Test
    void argumentsAreFilledIn() {
        assertEquals("Thể Thức không có lệnh «xyz».", Bundle.of(Bundle.VI).text("cmd.unknown", "xyz"));
    }
}
