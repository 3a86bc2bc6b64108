package vn.thethuc.uno.serve;

import com.sun.star.lang.XComponent;
import com.sun.star.uno.XComponentContext;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jodconverter.core.office.OfficeContext;
import org.jodconverter.core.task.OfficeTask;
import org.jodconverter.local.office.LocalOfficeContext;
import org.jodconverter.local.office.LocalOfficeManager;
import vn.thethuc.i18n.Refusal;
import vn.thethuc.uno.office.Office;
import vn.thethuc.uno.office.OfficeException;
import vn.thethuc.uno.office.Session;

/**
 * The server's pool of headless LibreOffice processes, each with its own copy of a profile that has
 * the extension installed. JODConverter starts them, gives each task a free one, stops a task past
 * its time and restarts that process, replaces a process that died, and restarts one after a number
 * of tasks. A task whose process died under it is tried once more on another.
 */
final class Workers implements AutoCloseable {
    /** What a task does with the office it is given; may refuse its input. */
    @FunctionalInterface
    interface Work<T> {
        T run(Session office) throws OfficeException, Refusal;
    }

    /** The task ran past its time; its process was stopped and is being restarted. */
    static final class TimedOut extends Exception {
        private static final long serialVersionUID = 1L;

        TimedOut(Throwable cause) {
            super(cause);
        }
    }

    /** The task could not be done, also on a second process. */
    static final class Failed extends Exception {
        private static final long serialVersionUID = 1L;

        Failed(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    private final LocalOfficeManager manager;
    private final int count;
    private final Duration taskTimeout;
    /** Places for the requests in: one a worker, the rest the queue. */
    private final Semaphore places;
    private final int placeCount;
    private final AtomicInteger busy = new AtomicInteger();
    /**
     * A small number for each office process seen, for the log: keyed by its component context's identity,
     * so that no proxy of a process outlives it here.
     */
    private final Map<Integer, Integer> names = new ConcurrentHashMap<>();
    private final AtomicInteger named = new AtomicInteger();

    Workers(Path officeHome, Path templateProfile, Path workingDir, int[] ports, Duration taskTimeout,
            int maxTasksPerProcess, int maxQueue) {
        this.count = ports.length;
        this.taskTimeout = taskTimeout;
        this.placeCount = ports.length + maxQueue;
        this.places = new Semaphore(placeCount);
        this.manager = LocalOfficeManager.builder()
                .officeHome(officeHome.toFile())
                .templateProfileDir(templateProfile.toFile())
                .workingDir(workingDir.toFile())
                .portNumbers(ports)
                .taskExecutionTimeout(taskTimeout.toMillis())
                // a request admitted to the queue waits until every task before it has had its time
                .taskQueueTimeout(taskTimeout.toMillis() * (maxQueue / Math.max(1, ports.length) + 2))
                .maxTasksPerProcess(maxTasksPerProcess)
                .processTimeout(120_000L)
                .disableOpengl(true)
                // start() waits until every worker runs and is connected (JODConverter's default only
                // submits the starts): /health answers after that, and a LibreOffice that cannot start
                // stops the server with the reason instead of failing the first requests
                .startFailFast(true)
                .build();
    }

    void start() throws OfficeException {
        try {
            manager.start();
        } catch (org.jodconverter.core.office.OfficeException e) {
            throw new OfficeException("the LibreOffice workers did not start: " + e.getMessage(), e);
        }
    }

    int count() {
        return count;
    }

    int busy() {
        return busy.get();
    }

    int inFlight() {
        return placeCount - places.availablePermits();
    }

    /** Takes a place in line, or says no when the workers and the queue are full. */
    boolean admit() {
        return places.tryAcquire();
    }

    void leave() {
        places.release();
    }

    /** The answer of {@code work} on a free worker, and which worker gave it. */
    record Done<T>(T value, int worker) {
    }

    /**
     * Runs {@code work} on a free worker. A worker that died under it (a crash, a kill) costs one more try
     * on the process that replaces it; a task a restarting worker never began (JODConverter cancels it) is
     * handed on until the task's time has passed.
     */
    <T> Done<T> run(Work<T> work) throws Refusal, TimedOut, Failed, InterruptedException {
        Exception first = null;
        int failures = 0;
        long deadline = System.nanoTime() + taskTimeout.toNanos();
        while (true) {
            Task<T> task = new Task<>(work);
            try {
                manager.execute(task);
                if (task.refusal != null) {
                    throw task.refusal;
                }
                if (task.failure == null) {
                    return new Done<>(task.value, task.worker);
                }
                first = first == null ? task.failure : first;
            } catch (org.jodconverter.core.office.OfficeException e) {
                if (hasCause(e, TimeoutException.class) && task.started) {
                    throw new TimedOut(e);
                }
                first = first == null ? e : first;
            }
            if (task.started) {
                failures++;
            }
            if (failures >= 2 || System.nanoTime() > deadline) {
                throw new Failed(first);
            }
            Thread.sleep(task.started ? 100 : 250);
        }
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        try {
            manager.stop();
        } catch (org.jodconverter.core.office.OfficeException e) {
            // the processes are gone or going
        }
    }

    /** One request's work in one office process. */
    private final class Task<T> implements OfficeTask {
        private final Work<T> work;
        T value;
        Refusal refusal;
        Exception failure;
        int worker;
        volatile boolean started;

        Task(Work<T> work) {
            this.work = work;
        }

        @Override
        public void execute(OfficeContext context) {
            started = true;
            LocalOfficeContext local = (LocalOfficeContext) context;
            worker = names.computeIfAbsent(System.identityHashCode(local.getComponentContext()),
                    c -> named.incrementAndGet());
            busy.incrementAndGet();
            try {
                value = work.run(new Pooled(local, taskTimeout));
            } catch (Refusal e) {
                refusal = e;
            } catch (OfficeException | RuntimeException e) {
                failure = e;
            } finally {
                busy.decrementAndGet();
            }
        }
    }

    /** A worker process seen as a {@link Session}: its time limit is the task's, kept by JODConverter. */
    private static final class Pooled implements Session {
        private final LocalOfficeContext context;
        private final Duration timeout;

        Pooled(LocalOfficeContext context, Duration timeout) {
            this.context = context;
            this.timeout = timeout;
        }

        @Override
        public XComponentContext context() {
            return context.getComponentContext();
        }

        @Override
        public Duration callTimeout() {
            return timeout;
        }

        @Override
        public <T> T within(String what, Office.Call<T> call) throws OfficeException {
            try {
                return call.call();
            } catch (OfficeException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new OfficeException(what + ": " + e.getMessage(), e);
            }
        }

        @Override
        public XComponent open(Path file) throws OfficeException {
            return Office.load(context.getComponentLoader(), file.toAbsolutePath().toUri().toString(), "open " + file,
                    Office.property("Hidden", true), Office.property("ReadOnly", true));
        }

        @Override
        public XComponent newTextDocument() throws OfficeException {
            return Office.load(context.getComponentLoader(), Office.NEW_TEXT, "create a text document",
                    Office.property("Hidden", true));
        }

        @Override
        public void closeDoc(XComponent doc) {
            if (doc != null) {
                Office.closeDocument(doc);
            }
        }
    }
}
