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
     * The other way round: every variant a rule emits ({@code f.at(p, "notBold")} in a rule whose constructor says
     * {@code super("ND30.X")}) has its message {@code rule.ND30.X.notBold} in both languages, so renaming a variant
     * at its call cannot show a user a raw key. A variant that is not a literal must be one of the literals of its
     * expression (a conditional) or a parameter whose callers pass literals, which are checked the same way.
     */
    @Test
    void everyVariantARuleEmitsHasItsMessage() {
        Set<String> vi = Bundle.of(Bundle.VI).keys();
        Set<String> en = Bundle.of(Bundle.EN).keys();
        Set<String> missing = new TreeSet<>();
        int calls = 0;
        for (java.nio.file.Path file : Sources.mainJava()) {
            if (!file.toString().contains("/rules/") && !file.toString().contains("/feed/")) {
                continue;
            }
            for (Emitted e : Emitted.in(Sources.read(file))) {
                calls++;
                for (String variant : e.variants()) {
                    String key = "rule." + e.rule() + "." + variant;
                    if (!vi.contains(key) || !en.contains(key)) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertTrue(calls > 100, "the calls were found: " + calls);
        assertEquals(Set.of(), missing);
    }

    /** A call that emits a finding, in the rule class it stands in, with the variants it may name. */
    record Emitted(String rule, List<String> variants) {
        private static final java.util.regex.Pattern RULE = java.util.regex.Pattern.compile("super\\(\"([A-Z0-9_.]+)\"");
        private static final java.util.regex.Pattern CALL = java.util.regex.Pattern
                .compile("\\bf\\.(document|at|fixable|fixableDocument|advice)\\(");
        private static final java.util.regex.Pattern LITERAL = java.util.regex.Pattern.compile("\"([A-Za-z0-9]+)\"");
        private static final java.util.Map<String, Integer> POSITION = java.util.Map.of("document", 0, "at", 1,
                "fixable", 2, "fixableDocument", 1, "advice", 1);

        static List<Emitted> in(String code) {
            List<Emitted> out = new java.util.ArrayList<>();
            java.util.regex.Matcher r = RULE.matcher(code);
            List<int[]> starts = new java.util.ArrayList<>();
            List<String> ids = new java.util.ArrayList<>();
            while (r.find()) {
                starts.add(new int[] {r.start()});
                ids.add(r.group(1));
            }
            java.util.regex.Matcher c = CALL.matcher(code);
            while (c.find()) {
                String rule = null;
                for (int i = 0; i < starts.size() && starts.get(i)[0] < c.start(); i++) {
                    rule = ids.get(i);
                }
                if (rule == null) {
                    throw new AssertionError("a finding emitted outside a rule: " + code.substring(c.start(), c.end() + 40));
                }
                List<String> args = arguments(code, c.end());
                String variant = args.get(POSITION.get(c.group(1)));
                out.add(new Emitted(rule, variants(code, variant)));
            }
            return out;
        }

        /** The literals a variant expression may take: itself, a conditional's branches, or a helper's callers'. */
        private static List<String> variants(String code, String expression) {
            java.util.regex.Matcher l = LITERAL.matcher(expression);
            List<String> found = new java.util.ArrayList<>();
            while (l.find()) {
                found.add(l.group(1));
            }
            if (!found.isEmpty()) {
                return found;
            }
            // a parameter of a helper, or a field its constructor sets: the literals its callers pass in that position
            expression = expression.substring(expression.lastIndexOf('.') + 1);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\w+)\\(([^()]*\\bString " + java.util.regex.Pattern.quote(expression)
                    + "\\b[^()]*)\\)\\s*\\{").matcher(code);
            if (!m.find()) {
                // a local variable: the literals it is given, and those of the variables it is made of
                locals(code, expression, found, new java.util.HashSet<>());
                if (found.isEmpty()) {
                    throw new AssertionError("a variant neither a literal, a variable nor a helper's parameter: "
                            + expression);
                }
                return found;
            }
            String helper = m.group(1);
            int position = 0;
            for (String param : m.group(2).split(",")) {
                if (param.strip().endsWith(" " + expression)) {
                    break;
                }
                position++;
            }
            java.util.regex.Matcher call = java.util.regex.Pattern.compile("\\b" + helper + "\\(").matcher(code);
            while (call.find()) {
                if (call.start() == m.start()) {
                    continue;
                }
                List<String> args = arguments(code, call.end());
                if (args.size() > position) {
                    java.util.regex.Matcher lit = LITERAL.matcher(args.get(position));
                    while (lit.find()) {
                        found.add(lit.group(1));
                    }
                }
            }
            if (found.isEmpty()) {
                throw new AssertionError("no caller of " + helper + " names its " + expression);
            }
            return found;
        }

        private static void locals(String code, String name, List<String> found, Set<String> seen) {
            if (!seen.add(name)) {
                return;
            }
            java.util.regex.Matcher a = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(name)
                    + "\\s*=(?!=)([^;]*);").matcher(code);
            while (a.find()) {
                java.util.regex.Matcher lit = LITERAL.matcher(a.group(1));
                while (lit.find()) {
                    found.add(lit.group(1));
                }
                java.util.regex.Matcher id = java.util.regex.Pattern.compile("(?<![\\w.\"])([a-z]\\w*)\\b(?![\\w(\"])")
                        .matcher(a.group(1).replaceAll("\"[^\"]*\"", ""));
                while (id.find()) {
                    locals(code, id.group(1), found, seen);
                }
            }
        }

        /** The top-level arguments of a call whose '(' ends just before {@code from}. */
        private static List<String> arguments(String code, int from) {
            List<String> args = new java.util.ArrayList<>();
            int depth = 0;
            boolean quoted = false;
            StringBuilder arg = new StringBuilder();
            for (int i = from; i < code.length(); i++) {
                char ch = code.charAt(i);
                if (quoted) {
                    arg.append(ch);
                    if (ch == '\\') {
                        arg.append(code.charAt(++i));
                    } else if (ch == '"') {
                        quoted = false;
                    }
                    continue;
                }
                if (ch == '"') {
                    quoted = true;
                } else if (ch == '(' || ch == '[' || ch == '{') {
                    depth++;
                } else if (ch == ')' || ch == ']' || ch == '}') {
                    if (depth == 0) {
                        args.add(arg.toString().strip());
                        return args;
                    }
                    depth--;
                } else if (ch == ',' && depth == 0) {
                    args.add(arg.toString().strip());
                    arg.setLength(0);
                    continue;
                }
                arg.append(ch);
            }
            throw new AssertionError("an unclosed call");
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
        vn.thethuc.uno.cli.Help.COMMANDS.forEach(c -> {
            derived.add("help." + c + ".synopsis");
            derived.add("help." + c + ".text");
        });
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
