package vn.thethuc.uno.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A subcommand's options: {@code --name value} for the names it declares (with their defaults),
 * {@code --flag} for its flags, the rest as operands. Anything else is {@link Bad}.
 */
public final class Options {
    /** Options the subcommand does not take, or a value that is not what it must be. */
    public static final class Bad extends Exception {
        private static final long serialVersionUID = 1L;

        public Bad(String what) {
            super(what);
        }
    }

    private final Map<String, String> values;
    private final Set<String> flags;
    private final List<String> operands;

    private Options(Map<String, String> values, Set<String> flags, List<String> operands) {
        this.values = values;
        this.flags = flags;
        this.operands = operands;
    }

    /** The options taking a value, as {@code name, default} pairs (a null default: none). */
    public static Map<String, String> valued(String... nameThenDefault) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < nameThenDefault.length; i += 2) {
            m.put(nameThenDefault[i], nameThenDefault[i + 1]);
        }
        return m;
    }

    /** {@code valued}: the options taking a value, each with its default (null: none). */
    public static Options parse(String[] args, Map<String, String> valued, Set<String> flagNames) throws Bad {
        Map<String, String> values = new LinkedHashMap<>(valued);
        Set<String> flags = new java.util.HashSet<>();
        List<String> operands = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (valued.containsKey(a)) {
                if (i + 1 >= args.length) {
                    throw new Bad(a);
                }
                values.put(a, args[++i]);
            } else if (flagNames.contains(a)) {
                flags.add(a);
            } else if (a.startsWith("--")) {
                throw new Bad(a);
            } else {
                operands.add(a);
            }
        }
        return new Options(values, flags, operands);
    }

    public String value(String name) {
        return values.get(name);
    }

    /** The value as a path, or null when not given. */
    public java.nio.file.Path path(String name) {
        String v = values.get(name);
        return v == null ? null : java.nio.file.Path.of(v);
    }

    /** The value, which must be one of {@code allowed}. */
    public String oneOf(String name, java.util.Collection<String> allowed) throws Bad {
        String v = values.get(name);
        if (v == null || !allowed.contains(v)) {
            throw new Bad(name);
        }
        return v;
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    public List<String> operands() {
        return operands;
    }

    /** The value as a whole number in [min, max]. */
    public int integer(String name, int min, int max) throws Bad {
        String v = values.get(name);
        try {
            int n = Integer.parseInt(v == null ? "" : v.strip());
            if (n < min || n > max) {
                throw new Bad(name);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new Bad(name);
        }
    }
}
