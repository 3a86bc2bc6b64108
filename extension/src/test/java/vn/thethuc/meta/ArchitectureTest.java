package vn.thethuc.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pure core never talks to LibreOffice: only the uno package imports com.sun.star. */
class ArchitectureTest {
    private static boolean inUno(Path p) {
        return Sources.MAIN_JAVA.relativize(p).toString().startsWith("vn/thethuc/uno/");
    }

    @Test
    void onlyTheUnoPackageImportsComSunStar() {
        List<Path> all = Sources.mainJava();
        assertFalse(all.isEmpty(), "no sources found under " + Sources.MAIN_JAVA);
        List<String> leaks = all.stream()
                .filter(p -> !inUno(p))
                .filter(p -> Sources.read(p).contains("com.sun.star"))
                .map(p -> Sources.MAIN_JAVA.relativize(p).toString())
                .toList();
        assertEquals(List.of(), leaks, "classes outside vn.thethuc.uno that use com.sun.star");
    }

    @Test
    void theUnoPackageIsReallyUsedForUno() {
        // Guards the test above against a renamed package that would make it vacuous.
        long unoFiles = Sources.mainJava().stream().filter(ArchitectureTest::inUno)
                .filter(p -> Sources.read(p).contains("import com.sun.star")).count();
        assertFalse(unoFiles == 0, "expected UNO glue under vn/thethuc/uno");
    }
}
