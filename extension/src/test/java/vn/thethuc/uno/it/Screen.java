package vn.thethuc.uno.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A screen for the UI tests: an X server of its own (Xvfb, 1600 × 1000, only for the clients that hold its
 * cookie), a window manager (openbox: title bars, focus, Alt+F4 as on a desktop), and a person's hands on
 * it — the mouse and the keyboard through the X server (xdotool), as real input reaches LibreOffice — and
 * eyes: screenshots ({@code import}). Needs Debian's xvfb, xauth, openbox, xdotool and imagemagick, which
 * {@code bin/thethuc test} installs.
 */
final class Screen implements AutoCloseable {
    static final int WIDTH = 1600;
    static final int HEIGHT = 1000;
    private final int number;
    private final Path auth;
    private final Process server;
    private final Process manager;
    /** What every click and key press of the test was, for the "how many clicks" count. */
    private int clicks;

    private Screen(int number, Path auth, Process server, Process manager) {
        this.number = number;
        this.auth = auth;
        this.server = server;
        this.manager = manager;
    }

    static boolean available() {
        for (String tool : List.of("Xvfb", "xauth", "openbox", "xdotool", "import")) {
            if (!onPath(tool)) {
                return false;
            }
        }
        return true;
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    static Screen start() throws IOException, InterruptedException {
        int n = 90;
        while (Files.exists(Path.of("/tmp/.X11-unix/X" + n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
            n++;
        }
        Path dir = Files.createTempDirectory("thethuc-screen-");
        Path auth = dir.resolve("Xauthority");
        byte[] cookie = new byte[16];
        new SecureRandom().nextBytes(cookie);
        run(List.of("xauth", "-f", auth.toString(), "add", ":" + n, ".", HexFormat.of().formatHex(cookie)), Map.of());
        Process server = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", WIDTH + "x" + HEIGHT + "x24", "-nolisten", "tcp",
                "-auth", auth.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("xvfb.log").toFile()).start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
            if (!server.isAlive() || System.nanoTime() > until) {
                throw new IOException("Xvfb did not start: " + Files.readString(dir.resolve("xvfb.log")));
            }
            Thread.sleep(50);
        }
        Map<String, String> env = Map.of("DISPLAY", ":" + n, "XAUTHORITY", auth.toString());
        ProcessBuilder wm = new ProcessBuilder("openbox", "--sm-disable").redirectErrorStream(true)
                .redirectOutput(dir.resolve("openbox.log").toFile());
        wm.environment().putAll(env);
        Screen screen = new Screen(n, auth, server, wm.start());
        Thread.sleep(500);
        return screen;
    }

    /** DISPLAY and XAUTHORITY: what a client of this screen needs (the visible LibreOffice). */
    Map<String, String> env() {
        return Map.of("DISPLAY", ":" + number, "XAUTHORITY", auth.toString());
    }

    /** A real mouse click (moved there first) at a point of the screen. */
    void click(int x, int y) throws IOException, InterruptedException {
        clicks++;
        xdotool("mousemove", "--sync", String.valueOf(x), String.valueOf(y), "click", "1");
    }

    /** Keys pressed on the keyboard, as xdotool names them ("Tab", "Escape", "ctrl+z", "ctrl+alt+shift+k"). */
    void key(String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("key", "--delay", "60"));
        args.addAll(List.of(keys));
        xdotool(args.toArray(String[]::new));
    }

    /** Text typed on the keyboard, key by key (ASCII: paths, PINs). */
    void type(String text) throws IOException, InterruptedException {
        xdotool("type", "--delay", "20", text);
    }

    int clicks() {
        return clicks;
    }

    void resetClicks() {
        clicks = 0;
    }

    /** What the screen shows now, as a PNG. */
    void shot(Path png) throws IOException, InterruptedException {
        Files.createDirectories(png.getParent());
        run(List.of("import", "-window", "root", png.toString()), env());
    }

    private void xdotool(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("xdotool"));
        cmd.addAll(List.of(args));
        run(cmd, env());
    }

    private static void run(List<String> cmd, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException(cmd + " failed: " + out);
        }
    }

    @Override
    public void close() {
        manager.destroy();
        server.destroy();
        try {
            manager.waitFor(10, TimeUnit.SECONDS);
            server.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        manager.destroyForcibly();
        server.destroyForcibly();
    }
}
