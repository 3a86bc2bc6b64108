package vn.thethuc.meta;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The project's own files, for the meta-tests. */
final class Sources {
    static final Path BASEDIR = Path.of(System.getProperty("thethuc.basedir", "."));
    static final Path MAIN_JAVA = BASEDIR.resolve("extension/src/main/java");

    private Sources() {
    }

    static List<Path> mainJava() {
        try (Stream<Path> s = Files.walk(MAIN_JAVA)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
