package vn.thethuc.document;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files written whole or not at all: through a hidden temporary file beside the target, then renamed. The temporary
 * file carries the writer's process id, so that what a run killed before its rename left behind ({@code kill -9}
 * while signing) is removed by the next write beside it, and a file another live run is writing is left alone.
 */
public final class AtomicFile {
    private static final Pattern OURS = Pattern.compile("\\.(.+)\\.p(\\d+)-\\d+\\.(tmp|unsigned)");

    private AtomicFile() {
    }

    /** An empty temporary file beside {@code target} ("{@code .name.p<pid>-<random><suffix>}"). */
    public static Path temp(Path target, String suffix) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        removeLeftovers(dir);
        return Files.createTempFile(dir, "." + target.getFileName() + ".p" + ProcessHandle.current().pid() + "-", suffix);
    }

    /** {@code bytes} to {@code target}; an existing file is replaced only when {@code replace} says so. */
    public static void write(Path target, byte[] bytes, boolean replace) throws IOException {
        Path tmp = temp(target, ".tmp");
        try {
            Files.write(tmp, bytes);
            move(tmp, target, replace);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The finished temporary file renamed to {@code target} (atomically where the file system can). */
    public static void move(Path tmp, Path target, boolean replace) throws IOException {
        if (!replace) {
            Files.move(tmp, target);
            return;
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Our temporary files in {@code dir} whose writer is no longer running. */
    static void removeLeftovers(Path dir) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*.p*-*")) {
            for (Path f : files) {
                Matcher m = OURS.matcher(f.getFileName().toString());
                if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(2))).map(p -> !p.isAlive()).orElse(true)) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a folder we may not list or a file we may not remove: the write itself goes on
        }
    }
}
