package vn.thethuc.uno.office;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
            Path tmp = Files.createTempFile(dir.getParent(), "stamp", ".tmp");
            Files.writeString(tmp, sha256(oxt) + "\n");
            Files.move(tmp, stamp(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
}
