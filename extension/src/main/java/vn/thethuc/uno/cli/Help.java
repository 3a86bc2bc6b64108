package vn.thethuc.uno.cli;

import java.util.ArrayList;
import java.util.List;
import vn.thethuc.i18n.Bundle;

/**
 * The one help of {@code bin/thethuc}: each command's synopsis and what it does, from the bundles
 * ({@code help.<command>.synopsis}, {@code help.<command>.text}). The launcher prints it ({@code help [COMMAND]}),
 * a wrong call prints the command's synopsis, and README's reference is generated from it (HelpDocTest).
 */
public final class Help {
    /** In the order the page lists them; {@code bench.check} is {@code bench check}. */
    public static final List<String> COMMANDS = List.of("demo", "test", "install", "writer", "check", "new", "sign",
            "issue", "verify", "policy", "serve", "bench.check", "bench.feed", "bench.sign", "bench.serve",
            "bench.accuracy", "version", "help");
    private static final int WIDTH = 118;
    private static final int TEXT_COLUMN = 23;

    private Help() {
    }

    /** The whole page, or one command's part ({@code bench}: all its measures); null for no such command. */
    public static String page(Bundle texts, String version, String command) {
        List<String> chosen = command == null ? COMMANDS : of(command);
        if (chosen.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        if (command == null) {
            out.append(texts.text("help.title", version)).append("\n\n").append(texts.text("help.usage")).append('\n');
        }
        for (String c : chosen) {
            entry(out, synopsis(texts, c), texts.text("help." + c + ".text"));
        }
        return out.toString();
    }

    /** The commands a name stands for: itself, or {@code bench}'s measures. */
    static List<String> of(String command) {
        if (COMMANDS.contains(command)) {
            return List.of(command);
        }
        return COMMANDS.stream().filter(c -> c.startsWith(command + ".")).toList();
    }

    public static String synopsis(Bundle texts, String command) {
        return texts.text("help." + command + ".synopsis");
    }

    /** "Usage: bin/thethuc …" for a wrong call of a command (the measures of bench joined by " | "). */
    public static String usage(Bundle texts, String command) {
        return texts.text("cli.usage", String.join(" | ", of(command).stream().map(c -> synopsis(texts, c)).toList()));
    }

    /** The names a person types, for the message on an unknown one. */
    public static String names() {
        return String.join(", ", COMMANDS.stream().map(c -> c.replace('.', ' ')).toList());
    }

    private static void entry(StringBuilder out, String synopsis, String text) {
        List<String> lines = wrap(units(synopsis), WIDTH - 2, "      ");
        for (int i = 0; i < lines.size(); i++) {
            out.append(i == 0 ? "  " : "").append(lines.get(i));
            if (i < lines.size() - 1) {
                out.append('\n');
            }
        }
        int used = 2 + lines.get(0).length();
        if (lines.size() == 1 && used < TEXT_COLUMN - 1) {
            out.append(" ".repeat(TEXT_COLUMN - used));
        } else {
            out.append('\n').append(" ".repeat(TEXT_COLUMN));
        }
        List<String> words = wrap(List.of(text.split(" ")), WIDTH - TEXT_COLUMN, "");
        out.append(String.join("\n" + " ".repeat(TEXT_COLUMN), words)).append('\n');
    }

    /** Lines of at most {@code width} characters, broken between words; continuation lines start with {@code indent}. */
    static List<String> wrap(List<String> words, int width, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(indent);
            }
            if (line.length() > 0 && !line.toString().equals(indent)) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** The words of a text; an option's bracketed group ("[--tsa URL]") is one word, never broken. */
    private static List<String> units(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder unit = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == ' ' && depth == 0) {
                out.add(unit.toString());
                unit.setLength(0);
                continue;
            }
            depth += c == '[' || c == '(' ? 1 : c == ']' || c == ')' ? -1 : 0;
            unit.append(c);
        }
        out.add(unit.toString());
        return out;
    }

    /** README's reference: a table of the commands (Markdown, '|' escaped). */
    public static String table(Bundle texts) {
        StringBuilder out = new StringBuilder("| " + texts.text("help.table.command") + " | " + texts.text("help.table.what")
                + " |\n|---|---|\n");
        for (String c : COMMANDS) {
            out.append("| `").append(synopsis(texts, c).replace("|", "\\|")).append("` | ")
                    .append(texts.text("help." + c + ".text").replace("|", "\\|")).append(" |\n");
        }
        return out.toString();
    }
}
