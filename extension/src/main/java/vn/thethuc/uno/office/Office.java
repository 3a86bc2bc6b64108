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
import java.util.concurrent.TimeUnit;

/**
 * A headless LibreOffice of our own: started on loopback with a given profile and JVM, reached
 * over a UNO socket bridge, and always stopped by whoever started it ({@link #close()}).
 */
public final class Office implements AutoCloseable {
    /** soffice.bin asks its wrapper for a restart with this code, e.g. after a profile's first start. */
    private static final int RESTART_REQUESTED = 81;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(90);

    private final Path soffice;
    private final Path profile;
    private final Path java;
    private final Path log;
    private Process process;
    private XComponentContext context;
    private Thread shutdownHook;

    private Office(Path soffice, Path profile, Path java) {
        this.soffice = soffice;
        this.profile = profile;
        this.java = java;
        this.log = profile.resolveSibling(profile.getFileName() + ".log");
    }

    public static Office start(Path profile, Path java) throws OfficeException {
        return start(Installation.soffice(), profile, java);
    }

    public static Office start(Path soffice, Path profile, Path java) throws OfficeException {
        Office office = new Office(soffice, profile, java);
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
            int port = freePort();
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
        List<String> cmd = new ArrayList<>(List.of(
                soffice.toString(),
                "--headless", "--invisible", "--nologo", "--norestore", "--nodefault", "--nolockcheck",
                "-env:UserInstallation=" + profile.toUri(),
                "-env:UNO_JAVA_JFW_JREHOME=" + java.toUri(),
                "--accept=socket,host=127.0.0.1,port=" + port + ";urp;StarOffice.ComponentContext"));
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().put("JAVA_HOME", java.toString());
        pb.environment().put("SAL_USE_VCLPLUGIN", "svp");
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

    private static int freePort() throws OfficeException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new OfficeException("no free loopback port", e);
        }
    }

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

    public <T> T service(Class<T> type, String name) throws OfficeException {
        try {
            return UnoRuntime.queryInterface(type, context.getServiceManager().createInstanceWithContext(name, context));
        } catch (com.sun.star.uno.Exception e) {
            throw new OfficeException("no service " + name, e);
        }
    }

    /**
     * Opens a document hidden and read-only: no lock is taken or needed, so a file a user has open,
     * or a stale lock left by a crash, does not stop a check, and nothing can be saved over the
     * file. Changes (fixes in tests and the demo) stay in memory. The caller closes it with
     * {@link #closeDocument}.
     */
    public XComponent open(Path file) throws OfficeException {
        if (!Files.isReadable(file)) {
            throw new OfficeException("cannot read " + file);
        }
        try {
            XComponentLoader loader = UnoRuntime.queryInterface(XComponentLoader.class, desktop());
            XComponent doc = loader.loadComponentFromURL(file.toAbsolutePath().toUri().toString(), "_blank", 0,
                    new PropertyValue[] {property("Hidden", true), property("ReadOnly", true)});
            if (doc == null) {
                throw new OfficeException("LibreOffice could not open " + file);
            }
            return doc;
        } catch (com.sun.star.io.IOException | com.sun.star.lang.IllegalArgumentException e) {
            throw new OfficeException("LibreOffice could not open " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens a document hidden and editable, as a user has it in Writer (the dispatched commands of
     * Writer work on it); a lock file is written beside it while it is open. Nothing saves it.
     */
    public XComponent openForEditing(Path file) throws OfficeException {
        try {
            XComponentLoader loader = UnoRuntime.queryInterface(XComponentLoader.class, desktop());
            XComponent doc = loader.loadComponentFromURL(file.toAbsolutePath().toUri().toString(), "_blank", 0,
                    new PropertyValue[] {property("Hidden", true)});
            if (doc == null) {
                throw new OfficeException("LibreOffice could not open " + file);
            }
            return doc;
        } catch (com.sun.star.io.IOException | com.sun.star.lang.IllegalArgumentException e) {
            throw new OfficeException("LibreOffice could not open " + file + ": " + e.getMessage(), e);
        }
    }

    /** A new, empty, hidden Writer document. The caller closes it with {@link #closeDocument}. */
    public XComponent newTextDocument() throws OfficeException {
        try {
            XComponentLoader loader = UnoRuntime.queryInterface(XComponentLoader.class, desktop());
            return loader.loadComponentFromURL("private:factory/swriter", "_blank", 0,
                    new PropertyValue[] {property("Hidden", true)});
        } catch (com.sun.star.io.IOException | com.sun.star.lang.IllegalArgumentException e) {
            throw new OfficeException("LibreOffice could not create a text document: " + e.getMessage(), e);
        }
    }

    public static void closeDocument(XComponent doc) {
        XCloseable closeable = UnoRuntime.queryInterface(XCloseable.class, doc);
        try {
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
                desktop().terminate();
            }
        } catch (OfficeException | RuntimeException e) {
            // the bridge drops as the office quits
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

    public boolean isAlive() {
        return process != null && process.isAlive();
    }
}
