package vn.thethuc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thethuc.Version;

/** bin/thethuc as a person runs it. */
class LauncherIT {
    record Run(int exit, String out, String err) {
    }

    static Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Fixtures.BASEDIR.resolve("bin/thethuc").toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        return new Run(p.waitFor(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void versionPrintsTheVersion() throws Exception {
        Run r = run(Map.of(), "version");
        assertEquals(0, r.exit());
        assertEquals("Thể Thức " + Version.get(), r.out().trim());
    }

    @Test
    void helpListsTheSubcommandsInBothLanguages() throws Exception {
        Run vi = run(Map.of("THETHUC_LANG", "vi"), "help");
        assertEquals(0, vi.exit());
        for (String sub : List.of("demo", "test", "install", "writer", "version")) {
            assertTrue(vi.out().contains(sub), vi.out());
        }
        assertTrue(vi.out().contains("Cách dùng"), vi.out());
        Run en = run(Map.of("THETHUC_LANG", "en"), "help");
        assertTrue(en.out().contains("Usage"), en.out());
    }

    @Test
    void reservedNamesAnswerNotYetAvailable() throws Exception {
        for (String sub : List.of("new", "sign", "policy", "bench")) {
            Run r = run(Map.of("THETHUC_LANG", "vi"), sub);
            assertEquals(2, r.exit(), sub);
            assertTrue(r.err().contains("chưa có"), r.err());
        }
    }

    @Test
    void anUnknownSubcommandFails() throws Exception {
        Run r = run(Map.of("THETHUC_LANG", "en"), "frobnicate");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("Unknown command"), r.err());
    }

    @Test
    void writerWithoutADisplaySaysSo() throws Exception {
        Run r = run(Map.of("THETHUC_LANG", "en", "DISPLAY", "", "WAYLAND_DISPLAY", ""), "writer");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("No display"), r.err());
    }
}
