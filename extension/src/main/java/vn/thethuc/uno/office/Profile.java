package vn.thethuc.uno.office;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A LibreOffice profile kept for headless work, with the .oxt installed in it. The stamp file
 * remembers which .oxt (by SHA-256) was installed, so a rebuilt .oxt is installed again.
 */
public final class Profile {
    private final Path dir;

    public Profile(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    private Path stamp() {
        return dir.resolveSibling(dir.getFileName() + ".installed");
    }

    public boolean isCurrent(Path oxt) throws OfficeException {
        try {
            return Files.exists(stamp()) && Files.readString(stamp()).trim().equals(sha256(oxt));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Installs {@code oxt} unless this very file is installed already. Uses an office of its own and
     * stops it, so that the next office started on this profile loads the extension afresh.
     * Returns the installed version, or null when nothing had to be done.
     */
    public String ensureInstalled(Path oxt, Path java) throws OfficeException {
        if (isCurrent(oxt)) {
            return null;
        }
        String version;
        try (Office office = Office.start(dir, java)) {
            version = new Extensions(office).install(oxt, "user");
        }
        writeStamp(oxt);
        return version;
    }

    private void writeStamp(Path oxt) throws OfficeException {
        try {
            vn.thethuc.document.AtomicFile.write(stamp(), (sha256(oxt) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    true);
        } catch (IOException e) {
            throw new OfficeException("cannot write " + stamp(), e);
        }
    }

    static String sha256(Path file) throws OfficeException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[65536];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new OfficeException("cannot read " + file, e);
        }
    }

    /** The most LibreOffice profiles that commands running at the same time use side by side. */
    static final int MAX_PROFILES = 16;

    /**
     * A profile no other command uses, with {@code oxt} installed: {@code base} when it is free, else
     * {@code base-2}, {@code base-3}… (installed at their first use). Two LibreOffice processes on one
     * profile are one: the second passes its work to the first and exits, so a command started while
     * another runs must never share its profile. The lock is the operating system's and goes with
     * the process, also when it is killed.
     */
    public static Lease lease(Path base, Path oxt, Path java) throws OfficeException {
        for (int i = 1; i <= MAX_PROFILES; i++) {
            Path dir = i == 1 ? base : base.resolveSibling(base.getFileName() + "-" + i);
            FileChannel channel;
            FileLock lock;
            try {
                Files.createDirectories(dir.getParent());
                channel = FileChannel.open(dir.resolveSibling(dir.getFileName() + ".lock"),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null;
                }
            } catch (IOException e) {
                throw new OfficeException("cannot lock the profile " + dir, e);
            }
            if (lock == null) {
                close(channel);
                continue;
            }
            Lease lease = new Lease(dir, channel);
            try {
                new Profile(dir).ensureInstalled(oxt, java);
            } catch (OfficeException | RuntimeException e) {
                lease.close();
                throw e;
            }
            return lease;
        }
        throw new OfficeException("all " + MAX_PROFILES + " LibreOffice profiles beside " + base + " are in use");
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing held
        }
    }

    /** A profile held by this process until {@link #close()} (or its end). */
    public static final class Lease implements AutoCloseable {
        private final Path dir;
        private final FileChannel channel;

        Lease(Path dir, FileChannel channel) {
            this.dir = dir;
            this.channel = channel;
        }

        public Path dir() {
            return dir;
        }

        @Override
        public void close() {
            Profile.close(channel);
        }
    }
}
