package vn.thethuc.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pure core never talks to LibreOffice: only the uno package imports its API. */
class ArchitectureTest {
    private static boolean inUno(Path p) {
        return Sources.MAIN_JAVA.relativize(p).toString().startsWith("vn/thethuc/uno/");
    }

    /** LibreOffice's API packages; spelt in two parts so that this file is not itself taken for a user of them. */
    static final String UNO_API = "com.sun" + ".star";

    @Test
    void onlyTheUnoPackageImportsComSunStar() {
        List<Path> all = Sources.mainJava();
        assertFalse(all.isEmpty(), "no sources found under " + Sources.MAIN_JAVA);
        List<String> leaks = all.stream()
                .filter(p -> !inUno(p))
                .filter(p -> Sources.read(p).contains(UNO_API))
                .map(p -> Sources.MAIN_JAVA.relativize(p).toString())
                .toList();
        assertEquals(List.of(), leaks, "classes outside vn.thethuc.uno that use " + UNO_API);
    }

    /** One time zone for the whole code (VietnamTime): never the machine's, never spelt out again. */
    @Test
    void everyDateAndTimeIsVietnamsFromOnePlace() {
        java.util.regex.Pattern machine = java.util.regex.Pattern
                .compile("\\b(LocalDate|LocalDateTime|ZonedDateTime|LocalTime|OffsetDateTime)\\.now\\(\\)|systemDefault\\(\\)"
                        + "|TimeZone\\.getDefault|Asia/" + "Ho_Chi_Minh");
        List<String> uses = Sources.mainJava().stream()
                .filter(p -> !p.endsWith("document/VietnamTime.java"))
                .filter(p -> machine.matcher(Sources.read(p)).find())
                .map(p -> Sources.MAIN_JAVA.relativize(p).toString()).toList();
        assertEquals(List.of(), uses, "dates and times not taken from VietnamTime");
    }

    @Test
    void theUnoPackageIsReallyUsedForUno() {
        // Guards the test above against a renamed package that would make it vacuous.
        long unoFiles = Sources.mainJava().stream().filter(ArchitectureTest::inUno)
                .filter(p -> Sources.read(p).contains("import " + UNO_API)).count();
        assertFalse(unoFiles == 0, "expected UNO glue under vn/thethuc/uno");
    }

    /**
     * The core's packages in layers, lowest first: a package uses only its own layer and those below, so
     * that no arrow runs back up (the NĐ30 profile, used by every capability, sits below recognition).
     */
    static final List<String> LAYERS = List.of("i18n", "document", "profile", "recognize", "rules", "plan", "feed",
            "report", "sign", "verify", "issue", "policy", "command", "uno");

    @Test
    void noPackageUsesALayerAboveIt() {
        java.util.regex.Pattern use = java.util.regex.Pattern.compile("vn\\.thethuc\\.([a-z0-9]+)\\.[A-Za-z]");
        List<String> upward = new java.util.ArrayList<>();
        for (Path p : Sources.mainJava()) {
            String rel = Sources.MAIN_JAVA.relativize(p).toString();
            String[] parts = rel.split("/");
            if (parts.length < 4) {
                continue; // vn/thethuc/Version.java
            }
            int own = LAYERS.indexOf(parts[2]);
            assertFalse(own < 0, "a package outside the layers: " + rel);
            java.util.regex.Matcher m = use.matcher(Sources.read(p));
            while (m.find()) {
                int used = LAYERS.indexOf(m.group(1));
                if (used > own) {
                    upward.add(rel + " → " + m.group(1));
                }
            }
        }
        assertEquals(List.of(), upward.stream().distinct().toList(), "uses of a higher layer");
    }

    /**
     * The launcher's own packages: the CLI, the server, the benchmarks, the verification of signed PDFs (with
     * the EU's DSS library), the records office's issuing. They do not ship in the .oxt.
     */
    static final List<String> LAUNCHER_ONLY = List.of("vn/thethuc/uno/cli/", "vn/thethuc/uno/serve/",
            "vn/thethuc/uno/bench/", "vn/thethuc/verify/", "vn/thethuc/issue/");

    @Test
    void whatShipsInTheOxtNeverUsesTheLaunchersPackages() {
        java.util.regex.Pattern use = java.util.regex.Pattern.compile("vn\\.thethuc\\.(uno\\.cli|uno\\.serve|uno\\.bench|verify|issue)\\.");
        List<String> uses = Sources.mainJava().stream()
                .filter(p -> LAUNCHER_ONLY.stream().noneMatch(Sources.MAIN_JAVA.relativize(p).toString()::startsWith))
                .filter(p -> use.matcher(Sources.read(p)).find())
                .map(p -> Sources.MAIN_JAVA.relativize(p).toString())
                .toList();
        assertEquals(List.of(), uses, "classes of the .oxt that use the launcher's packages");
    }
}
