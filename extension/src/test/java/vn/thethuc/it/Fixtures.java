package vn.thethuc.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import vn.thethuc.uno.office.Office;
import vn.thethuc.uno.office.OfficeException;
import vn.thethuc.uno.office.Profile;

/** What the integration tests work with: the built .oxt, the shared corpus, throwaway profiles. */
final class Fixtures {
    static final Path OXT = Path.of(System.getProperty("thethuc.oxt", "target/thethuc.oxt"));
    static final Path SHARED = Path.of(System.getProperty("thethuc.shared", "../shared"));
    static final Path CORPUS = SHARED.resolve("corpus");
    static final Path BASEDIR = Path.of(System.getProperty("thethuc.basedir", "."));
    static final Path JAVA = Path.of(System.getProperty("java.home"));

    private Fixtures() {
    }

    static List<Path> corpus() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".odt") || p.toString().endsWith(".docx"))
                    .sorted().toList();
            assertTrue(files.size() >= 10, "expected the ten corpus files in " + CORPUS);
            return files;
        }
    }

    /** A fresh profile with the .oxt installed, and an office started on it afresh. */
    static Office officeWithExtension(Path java) throws IOException, OfficeException {
        Path profile = Files.createTempDirectory("thethuc-it-").resolve("profile");
        new Profile(profile).ensureInstalled(OXT, JAVA);
        return Office.start(profile, java);
    }
}
