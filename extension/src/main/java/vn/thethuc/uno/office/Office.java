package vn.thethuc.uno.office;

import com.sun.star.beans.PropertyValue;
import com.sun.star.bridge.UnoUrlResolver;
import com.sun.star.bridge.XUnoUrlResolver;
import com.sun.star.comp.helper.Bootstrap;
import com.sun.star.frame.XComponentLoader;
import com.sun.star.frame.XDesktop;
import com.sun.star.lang.DisposedException;
import com.sun.star.lang.XComponent;
import com.sun.star.uno.UnoRuntime;
import com.sun.star.uno.XComponentContext;
import com.sun.star.util.XCloseable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A headless LibreOffice of our own: started on loopback with a given profile and JVM, reached
 * over a UNO socket bridge, and always stopped by whoever started it ({@link #close()}).
 */
public final class Office implements AutoCloseable, Session {
    /** soffice.bin asks its wrapper for a restart with this code, e.g. after a profile's first start. */
    private static final int RESTART_REQUESTED = 81;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(90);
    /** The longest any one call may take (a load, a command, a close) unless THETHUC_TIMEOUT (seconds) says otherwise. */
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration QUIT_TIMEOUT = Duration.ofSeconds(20);
    /** Where a new, empty Writer document is loaded from. */
    public static final String NEW_TEXT = "private:factory/swriter";

    private final Path soffice;
    private final Path profile;
    private final Path java;
    private final Path log;
    private Process process;
    private XComponentContext context;
    private Thread shutdownHook;
    private final Duration callTimeout = callTimeout(System.getenv("THETHUC_TIMEOUT"));
    /** The X display of a visible office (its windows are a person's: the UI tests), null for a headless one. */
    private final Map<String, String> display;

    private Office(Path soffice, Path profile, Path java, Map<String, String> display) {
        this.soffice = soffice;
        this.profile = profile;
        this.java = java;
        this.display = display;
        this.log = profile.resolveSibling(profile.getFileName() + ".log");
    }

    /**
     * A LibreOffice with windows, on the X display {@code display} names ({@code DISPLAY}, {@code XAUTHORITY}):
     * what a person sees, for the tests that drive the dialogs by mouse and keyboard.
     */
    public static Office startVisible(Path profile, Path java, Map<String, String> display)
            throws OfficeException {
        Office office = new Office(Installation.soffice(), profile, java, Map.copyOf(display));
        office.launch();
        return office;
    }

    public boolean visible() {
        return display != null;
    }

    public static Office start(Path profile, Path java) throws OfficeException {
        return start(Installation.soffice(), profile, java);
    }

    public static Office start(Path soffice, Path profile, Path java) throws OfficeException {
        Office office = new Office(soffice, profile, java, null);
        office.launch();
        return office;
    }

    private void launch() throws OfficeException {
        try {
            Files.createDirectories(profile);
        } catch (IOException e) {
            throw new OfficeException("cannot create the profile " + profile, e);
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            int port = freePorts(1)[0];
            process = spawn(port);
            if (shutdownHook == null) {
                shutdownHook = new Thread(this::kill, "thethuc-office-stop");
                Runtime.getRuntime().addShutdownHook(shutdownHook);
            }
            context = connect(port);
            if (context != null) {
                return;
            }
        }
        kill();
        throw new OfficeException("LibreOffice did not start; see " + log);
    }

    private Process spawn(int port) throws OfficeException {
        List<String> cmd = new ArrayList<>(List.of(soffice.toString()));
        if (display == null) {
            cmd.addAll(List.of("--headless", "--invisible"));
        }
        cmd.addAll(List.of("--nologo", "--norestore", "--nodefault", "--nolockcheck",
                "-env:UserInstallation=" + profile.toUri(),
                "-env:UNO_JAVA_JFW_JREHOME=" + java.toUri(),
                "--accept=socket,host=127.0.0.1,port=" + port + ";urp;StarOffice.ComponentContext"));
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().put("JAVA_HOME", java.toString());
        if (display == null) {
            pb.environment().put("SAL_USE_VCLPLUGIN", "svp");
        } else {
            pb.environment().put("SAL_USE_VCLPLUGIN", "gen");
            pb.environment().putAll(display);
        }
        // glibc gives back what LibreOffice frees: two arenas, fixed thresholds (bin/thethuc, docs/ROBUSTNESS.md §6)
        pb.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
        pb.environment().putIfAbsent("MALLOC_MMAP_THRESHOLD_", "131072");
        pb.environment().putIfAbsent("MALLOC_TRIM_THRESHOLD_", "131072");
        try {
            return pb.start();
        } catch (IOException e) {
            throw new OfficeException("cannot run " + soffice, e);
        }
    }

    private XComponentContext connect(int port) throws OfficeException {
        Instant deadline = Instant.now().plus(CONNECT_TIMEOUT);
        Exception last = null;
        try {
            XComponentContext local = Bootstrap.createInitialComponentContext(null);
            XUnoUrlResolver resolver = UnoUrlResolver.create(local);
            String url = "uno:socket,host=127.0.0.1,port=" + port + ";urp;StarOffice.ComponentContext";
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    if (process.exitValue() == RESTART_REQUESTED) {
                        return null;
                    }
                    throw new OfficeException("LibreOffice exited with code " + process.exitValue() + "; see " + log);
                }
                try {
                    Object initial = resolver.resolve(url);
                    return UnoRuntime.queryInterface(XComponentContext.class, initial);
                } catch (com.sun.star.connection.NoConnectException e) {
                    last = e;
                    Thread.sleep(200);
                }
            }
        } catch (OfficeException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OfficeException("interrupted while starting LibreOffice", e);
        } catch (Exception e) {
            throw new OfficeException("cannot reach LibreOffice: " + e.getMessage(), e);
        }
        kill();
        throw new OfficeException("LibreOffice did not answer within " + CONNECT_TIMEOUT.toSeconds() + " s", last);
    }

    /** {@code n} different loopback ports free at this moment (each held until all are found). */
    public static int[] freePorts(int n) throws OfficeException {
        int[] ports = new int[n];
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                held.add(s);
                ports[i] = s.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new OfficeException("no free loopback port", e);
        } finally {
            for (ServerSocket s : held) {
                try {
                    s.close();
                } catch (IOException e) {
                    // closed
                }
            }
        }
    }

    static Duration callTimeout(String seconds) {
        try {
            long s = seconds == null ? 0 : Long.parseLong(seconds.strip());
            return s > 0 ? Duration.ofSeconds(s) : CALL_TIMEOUT;
        } catch (NumberFormatException e) {
            return CALL_TIMEOUT;
        }
    }

    @Override
    public Duration callTimeout() {
        return callTimeout;
    }

    /** A call over the bridge, given {@link #callTimeout()}. */
    @Override
    public <T> T within(String what, Call<T> call) throws OfficeException {
        return within(what, callTimeout, call);
    }

    /**
     * Runs {@code call} (calls on this office) and waits at most {@code limit}: a call over the UNO
     * bridge has no deadline of its own, and a LibreOffice stuck in a dialog nobody sees, a deadlock
     * or an endless layout would hold the command forever. On time out the office is killed (the call
     * then ends as the bridge drops) and {@link OfficeException.Timeout} says what was waited for;
     * {@link #restart} brings a fresh one.
     */
    public <T> T within(String what, Duration limit, Call<T> call) throws OfficeException {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(call::call);
        Thread worker = new Thread(task, "thethuc-office-call");
        worker.setDaemon(true);
        worker.start();
        try {
            return task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            dumpStacks(what);
            killNow();
            throw new OfficeException.Timeout(what, limit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OfficeException("interrupted while " + what, e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof OfficeException oe) {
                throw oe;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new OfficeException(what + ": " + cause.getMessage(), cause);
        }
    }

    /** A call on the office that may throw what UNO calls throw. */
    @FunctionalInterface
    public interface Call<T> {
        T call() throws Exception;
    }

    /** A new LibreOffice on the same profile, after this one was stopped (by a time out, say) or died. */
    public void restart() throws OfficeException {
        killNow();
        context = null;
        launch();
    }

    @Override
    public XComponentContext context() {
        return context;
    }

    public long pid() {
        return process.pid();
    }

    public Path profile() {
        return profile;
    }

    public XDesktop desktop() throws OfficeException {
        try {
            Object desktop = context.getServiceManager()
                    .createInstanceWithContext("com.sun.star.frame.Desktop", context);
            return UnoRuntime.queryInterface(XDesktop.class, desktop);
        } catch (com.sun.star.uno.Exception e) {
            throw new OfficeException("no Desktop service", e);
        }
    }

    /**
     * Opens a document hidden and read-only: no lock is taken or needed, so a file a user has open,
     * or a stale lock left by a crash, does not stop a check, and nothing can be saved over the
     * file. Changes (fixes in tests and the demo) stay in memory. The caller closes it with
     * {@link #closeDocument}.
     */
    @Override
    public XComponent open(Path file) throws OfficeException {
        if (!Files.isReadable(file)) {
            throw new OfficeException("cannot read " + file);
        }
        return load(file, new PropertyValue[] {property("Hidden", true), property("ReadOnly", true)});
    }

    private XComponent load(Path file, PropertyValue[] args) throws OfficeException {
        return within("opening " + file, () -> load(UnoRuntime.queryInterface(XComponentLoader.class, desktop()),
                file.toAbsolutePath().toUri().toString(), "open " + file, args));
    }

    /**
     * {@code url} loaded in a frame of its own through {@code loader}; a document LibreOffice will not
     * load is an {@link OfficeException} saying it could not {@code what}.
     */
    public static XComponent load(XComponentLoader loader, String url, String what, PropertyValue... args)
            throws OfficeException {
        try {
            XComponent doc = loader.loadComponentFromURL(url, "_blank", 0, args);
            if (doc == null) {
                throw new OfficeException("LibreOffice could not " + what);
            }
            return doc;
        } catch (com.sun.star.io.IOException | com.sun.star.lang.IllegalArgumentException e) {
            throw new OfficeException("LibreOffice could not " + what + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens a document hidden and editable, as a user has it in Writer (the dispatched commands of
     * Writer work on it); a lock file is written beside it while it is open. Nothing saves it.
     */
    public XComponent openForEditing(Path file) throws OfficeException {
        return load(file, new PropertyValue[] {property("Hidden", true)});
    }

    /** A document copy opened editable in a window of its own (a visible office: the UI tests). */
    public XComponent openInWindow(Path file) throws OfficeException {
        return load(file, new PropertyValue[] {});
    }

    /** A new, empty, hidden Writer document. The caller closes it with {@link #closeDocument}. */
    @Override
    public XComponent newTextDocument() throws OfficeException {
        return within("creating a text document", () -> load(UnoRuntime.queryInterface(XComponentLoader.class,
                desktop()), NEW_TEXT, "create a text document", property("Hidden", true)));
    }

    /** Closes {@code doc}, waiting at most {@link #callTimeout()} (closing a Word 97 file once hung for ever). */
    @Override
    public void closeDoc(XComponent doc) throws OfficeException {
        if (doc == null || !isAlive()) {
            return;
        }
        within("closing a document", () -> {
            closeDocument(doc);
            return null;
        });
    }

    public static void closeDocument(XComponent doc) {
        try {
            XCloseable closeable = UnoRuntime.queryInterface(XCloseable.class, doc);
            if (closeable != null) {
                closeable.close(true);
            } else {
                doc.dispose();
            }
        } catch (com.sun.star.util.CloseVetoException | DisposedException e) {
            // already gone, or LibreOffice took ownership and closes it itself
        }
    }

    public static PropertyValue property(String name, Object value) {
        PropertyValue p = new PropertyValue();
        p.Name = name;
        p.Value = value;
        return p;
    }

    /** Asks LibreOffice to quit, then makes sure its process is gone. */
    @Override
    public void close() {
        if (process == null) {
            return;
        }
        try {
            if (context != null && process.isAlive()) {
                within("quitting", QUIT_TIMEOUT, () -> desktop().terminate());
            }
        } catch (OfficeException | RuntimeException e) {
            // the bridge drops as the office quits; a time out has killed it
        }
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // already shutting down: the hook runs anyway
            }
            shutdownHook = null;
        }
    }

    private void kill() {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /**
     * What the office was doing when it stopped answering, for whoever looks into it: with
     * {@code -Dthethuc.office.stacks=DIR} (the tests set it), its Java threads (jcmd) and native threads
     * (gdb, when installed) go to a file there before it is killed.
     */
    private void dumpStacks(String what) {
        String dir = System.getProperty("thethuc.office.stacks");
        if (dir == null || process == null || !process.isAlive()) {
            return;
        }
        try {
            Path out = Path.of(dir, "office-timeout-" + process.pid() + ".txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, "timed out: " + what + "\n");
            String pid = Long.toString(process.pid());
            // the JDK the office's own JVM runs on, whose jcmd can attach to it
            Path own = java != null ? java.resolve("bin/jcmd") : Path.of(System.getProperty("java.home"), "bin", "jcmd");
            String jcmd = own.toString();
            for (List<String> command : List.of(List.of(jcmd, pid, "Thread.print"),
                    List.of("gdb", "-p", pid, "-batch", "-nx", "-ex", "thread apply all bt 30"))) {
                try {
                    Process p = new ProcessBuilder(command).redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile())).start();
                    if (!p.waitFor(90, TimeUnit.SECONDS)) {
                        p.destroyForcibly();
                    }
                } catch (IOException missing) {
                    // gdb is not installed everywhere
                }
            }
        } catch (IOException | InterruptedException e) {
            // a diagnostic only: the office is killed all the same
        }
    }

    /** Stopped at once (SIGKILL): an office that did not answer in time is not asked again. */
    void killNow() {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }
}
