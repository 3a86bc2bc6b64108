package vn.thethuc.sign;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Base64;
import java.util.List;

/**
 * A SoftHSM2 token made for a test with the tools of its packages ({@code softhsm2-util},
 * {@code pkcs11-tool}): a key and its certificate under one id, as on an agency's USB token. Its
 * configuration lives where {@code SOFTHSM2_CONF} points (set by the build for the test JVM).
 */
public final class SoftHsm {
    public static final Path MODULE = List.of(Path.of("/usr/lib/softhsm/libsofthsm2.so"),
            Path.of("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so")).stream().filter(Files::isRegularFile)
            .findFirst().orElse(Path.of("/usr/lib/softhsm/libsofthsm2.so"));
    public static final String PIN = "123456";
    public static final String LABEL = "thethuc";

    private SoftHsm() {
    }

    public static boolean available() {
        return Files.isRegularFile(MODULE) && onPath("softhsm2-util") && onPath("pkcs11-tool");
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** The configuration file SoftHSM reads, for this JVM and for the processes it starts. */
    public static Path conf() {
        String c = System.getenv("SOFTHSM2_CONF");
        if (c == null) {
            throw new IllegalStateException("SOFTHSM2_CONF is not set for the tests (see pom.xml)");
        }
        return Path.of(c);
    }

    /** A fresh token labelled {@value #LABEL} holding {@code keys} and {@code certificate} (DER) under id 01. */
    public static void token(KeyPair keys, byte[] certificate) throws Exception {
        Path conf = conf();
        Path dir = conf.getParent();
        Path tokens = dir.resolve("tokens");
        if (Files.isDirectory(tokens)) {
            try (var s = Files.walk(tokens)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(tokens);
        Files.writeString(conf, "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n");
        run("softhsm2-util", "--init-token", "--free", "--label", LABEL, "--so-pin", "12345678", "--pin", PIN);
        Path key = dir.resolve("key.pem");
        Files.writeString(key, "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes())
                .encodeToString(keys.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n", StandardCharsets.US_ASCII);
        Path cert = dir.resolve("cert.der");
        Files.write(cert, certificate);
        try {
            run("softhsm2-util", "--import", key.toString(), "--token", LABEL, "--label", "signer", "--id", "01",
                    "--pin", PIN);
            run("pkcs11-tool", "--module", MODULE.toString(), "--token-label", LABEL, "--login", "--pin", PIN,
                    "--write-object", cert.toString(), "--type", "cert", "--id", "01", "--label", "signer");
        } finally {
            Files.deleteIfExists(key);
        }
    }

    private static void run(String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("SOFTHSM2_CONF", conf().toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
    }
}
