package vn.thethuc.uno.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The PINs the launcher hands over outside the environment, so that no office or worker started from here
 * inherits them (#24): bin/thethuc takes each PIN variable out of the environment and writes {@code NAME=value}
 * lines to the descriptor {@code THETHUC_SECRETS_FD} names, read once here. A caller that is not the launcher
 * (a test, a script calling the jar) still has its variable read.
 */
public final class Secrets {
    private static Map<String, String> handed;

    private Secrets() {
    }

    public static synchronized String get(String name) {
        if (handed == null) {
            handed = read(System.getenv("THETHUC_SECRETS_FD"));
        }
        String v = handed.get(name);
        return v != null ? v : System.getenv(name);
    }

    private static Map<String, String> read(String fd) {
        Map<String, String> out = new HashMap<>();
        if (fd == null || !fd.matches("\\d{1,3}")) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/dev/fd", fd), StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    out.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        } catch (IOException e) {
            // nothing handed over: the variables, if any, are read as they are
        }
        return out;
    }
}
