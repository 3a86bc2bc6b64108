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

    /**
     * No two packages use each other, directly or round a loop, inside {@code uno} as everywhere: each package can
     * become a module of its own (Maven refuses cycles between modules). Names in strings (the Java-8 boot part loads
     * the rest by name, once Java 21 is confirmed) and in comments are not uses.
     */
    @Test
    void noPackagesFormACycle() {
        java.util.regex.Pattern use = java.util.regex.Pattern.compile("\\bvn\\.thethuc\\.((?:[a-z0-9]+\\.)*?[a-z0-9]+)\\.[A-Z]");
        java.util.Map<String, java.util.Set<String>> uses = new java.util.TreeMap<>();
        for (Path p : Sources.mainJava()) {
            String pkg = Sources.MAIN_JAVA.relativize(p.getParent()).toString().replace('/', '.').substring("vn.thethuc".length());
            pkg = pkg.isEmpty() ? "" : pkg.substring(1);
            String code = Sources.read(p).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "")
                    .replaceAll("\"(?:[^\"\\\\\\n]|\\\\.)*\"", "\"\"");
            java.util.Set<String> used = uses.computeIfAbsent(pkg, k -> new java.util.TreeSet<>());
            java.util.regex.Matcher m = use.matcher(code);
            while (m.find()) {
                if (!m.group(1).equals(pkg)) {
                    used.add(m.group(1));
                }
            }
        }
        assertFalse(uses.getOrDefault("uno.cli", java.util.Set.of()).isEmpty(), "the uses were read");
        List<String> cycles = new java.util.ArrayList<>();
        for (String start : uses.keySet()) {
            // a path from start back to itself, by breadth first search
            java.util.Map<String, String> from = new java.util.HashMap<>();
            java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(uses.get(start));
            uses.get(start).forEach(u -> from.put(u, start));
            while (!queue.isEmpty()) {
                String at = queue.poll();
                if (at.equals(start)) {
                    List<String> loop = new java.util.ArrayList<>(List.of(start));
                    for (String b = from.get(start); !b.equals(start); b = from.get(b)) {
                        loop.add(0, b);
                    }
                    loop.add(0, start);
                    cycles.add(String.join(" → ", loop));
                    break;
                }
                for (String next : uses.getOrDefault(at, java.util.Set.of())) {
                    if (!from.containsKey(next)) {
                        from.put(next, at);
                        queue.add(next);
                    }
                }
            }
        }
        assertEquals(List.of(), cycles, "packages that use each other");
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
