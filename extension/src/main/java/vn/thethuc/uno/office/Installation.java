package vn.thethuc.uno.office;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where LibreOffice and a Java 21+ are on this machine. The launcher passes what it found in
 * {@code THETHUC_SOFFICE} and {@code THETHUC_OFFICE_JAVA}; otherwise the usual places are searched.
 */
public final class Installation {
    private Installation() {
    }

    /** The {@code soffice.bin} program (not the wrapper script, so that its process is ours to stop). */
    public static Path soffice() throws OfficeException {
        List<Path> candidates = new ArrayList<>();
        String given = System.getenv("THETHUC_SOFFICE");
        if (given != null && !given.isBlank()) {
            candidates.add(Path.of(given));
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty()) {
                candidates.add(Path.of(dir, "soffice"));
            }
        }
        candidates.add(Path.of("/usr/lib/libreoffice/program/soffice.bin"));
        try (Stream<Path> opt = Files.exists(Path.of("/opt")) ? Files.list(Path.of("/opt")) : Stream.empty()) {
            opt.filter(p -> p.getFileName().toString().startsWith("libreoffice"))
                    .sorted()
                    .forEach(p -> candidates.add(p.resolve("program/soffice.bin")));
        } catch (IOException ignored) {
            // /opt unreadable: the other candidates remain
        }
        for (Path c : candidates) {
            Optional<Path> bin = binOf(c);
            if (bin.isPresent()) {
                return bin.get();
            }
        }
        throw new OfficeException("LibreOffice (soffice) not found");
    }

    private static Optional<Path> binOf(Path candidate) {
        if (!Files.exists(candidate)) {
            return Optional.empty();
        }
        try {
            Path real = candidate.toRealPath();
            Path bin = real.getFileName().toString().equals("soffice.bin") ? real : real.resolveSibling("soffice.bin");
            return Files.isExecutable(bin) ? Optional.of(bin) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The JDK LibreOffice should run the extension with: THETHUC_OFFICE_JAVA, else this JVM's home. */
    public static Path officeJava() {
        String given = System.getenv("THETHUC_OFFICE_JAVA");
        return given != null && !given.isBlank() ? Path.of(given) : Path.of(System.getProperty("java.home"));
    }
}
