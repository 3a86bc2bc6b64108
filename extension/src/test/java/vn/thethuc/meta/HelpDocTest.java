package vn.thethuc.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.thethuc.i18n.Bundle;
import vn.thethuc.uno.cli.Help;

/**
 * The commands' help is written once, in the messages: {@code bin/thethuc help} prints it and README's two tables
 * are generated from it ({@code -Dthethuc.help.write=true} rewrites them); every option a command reads is in its
 * synopsis, so the help cannot drift from the code either.
 */
class HelpDocTest {
    static final Path README = Sources.BASEDIR.resolve("README.md");
    private static final Pattern BLOCK = Pattern.compile("(<!-- help:(vi|en) [^\\n]*-->\\n)(.*?)(<!-- /help -->)",
            Pattern.DOTALL);

    static String generate(String readme) {
        Matcher m = BLOCK.matcher(readme);
        StringBuilder out = new StringBuilder();
        int blocks = 0;
        while (m.find()) {
            blocks++;
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + Help.table(Bundle.of(m.group(2))) + m.group(4)));
        }
        m.appendTail(out);
        assertEquals(2, blocks, "README's two generated tables (vi, en)");
        return out.toString();
    }

    @Test
    void readmesReferenceIsTheHelp() throws IOException {
        String readme = Sources.read(README);
        String expected = generate(readme);
        if (Boolean.getBoolean("thethuc.help.write")) {
            Files.writeString(README, expected);
            return;
        }
        assertEquals(expected, readme, "README's commands differ from the help: -Dthethuc.help.write=true rewrites them");
    }

    /** Each option a command's class reads ("--mode") stands in its synopsis, in both languages. */
    @Test
    void everyOptionACommandReadsIsInItsHelp() {
        Pattern option = Pattern.compile("\"(--[a-z][a-z0-9-]*)\"");
        List<String[]> commands = List.of(new String[] {"check", "uno/cli/CheckCli.java"},
                new String[] {"new", "uno/cli/NewCli.java"}, new String[] {"sign", "uno/cli/SignCli.java"},
                new String[] {"issue", "uno/cli/IssueCli.java"},
                new String[] {"verify", "uno/cli/VerifyCli.java"}, new String[] {"policy", "uno/cli/PolicyCli.java"},
                new String[] {"serve", "uno/serve/ServeCommand.java"});
        // read but not for people: the tests' snapshot of what the check read
        Set<String> internal = Set.of("--snapshot");
        Set<String> missing = new TreeSet<>();
        for (String[] c : commands) {
            String code = Sources.read(Sources.MAIN_JAVA.resolve("vn/thethuc").resolve(c[1]));
            List<String> read = new java.util.ArrayList<>();
            Matcher m = option.matcher(code);
            while (m.find()) {
                if (!m.group(1).endsWith("-") && !internal.contains(m.group(1))) {
                    read.add(m.group(1));
                }
            }
            assertTrue(!read.isEmpty(), "options read in " + c[1]);
            missing.addAll(absent(c[0], read));
        }
        // the key's options, read with the prefix each command gives them ("--" for sign and issue, "--issue-" for serve)
        Matcher key = Pattern.compile("prefix \\+ \"([a-z0-9-]+)\"").matcher(
                Sources.read(Sources.MAIN_JAVA.resolve("vn/thethuc/uno/cli/KeyOptions.java")));
        List<String> names = new java.util.ArrayList<>();
        while (key.find()) {
            names.add(key.group(1));
        }
        assertTrue(names.size() >= 6, "the key's options: " + names);
        for (String[] c : List.of(new String[] {"sign", "--"}, new String[] {"issue", "--"},
                new String[] {"serve", "--issue-"})) {
            missing.addAll(absent(c[0], names.stream().map(n -> c[1] + n).toList()));
        }
        assertEquals(Set.of(), missing);
    }

    private static List<String> absent(String command, List<String> options) {
        List<String> out = new java.util.ArrayList<>();
        for (String o : options) {
            for (String lang : List.of(Bundle.VI, Bundle.EN)) {
                if (!Pattern.compile(Pattern.quote(o) + "(?![a-z-])").matcher(Help.synopsis(Bundle.of(lang), command)).find()) {
                    out.add(command + " " + o + " (" + lang + ")");
                }
            }
        }
        return out;
    }
}
