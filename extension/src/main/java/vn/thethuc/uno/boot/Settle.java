package vn.thethuc.uno.boot;

import com.sun.star.lib.util.AsynchronousFinalizer;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Releases the LibreOffice objects the extension's Java code has let go of, now, while their
 * document is still open.
 *
 * <p>Each Java proxy of a Writer object holds one reference to it until Java's garbage collector
 * finds the proxy and LibreOffice's finalizer thread (the bridge's {@code AsynchronousFinalizer})
 * releases it, taking the SolarMutex. Left to chance, that happens whenever the next collection
 * comes: after the document has closed, when some Writer objects' destructors touch freed memory
 * and LibreOffice 7.4 aborts (SfxListener::EndListening), or while a thread closing a document
 * holds the SolarMutex and disposes the Java environment, which waits for the finalizer, which
 * waits for the SolarMutex: a deadlock (seen closing Word 97 files with macros).
 *
 * <p>{@link #now} collects, waits until Java has queued and run the finalizers of what it found,
 * and waits until the bridge's finalizer thread has worked through everything queued before it:
 * every Writer object the extension dropped is released on return. It must run on a thread that
 * does not hold the SolarMutex (never the office's main thread while it handles an event), so
 * commands answer from a thread of their own after it.
 * Java 8 source: the protocol handler uses it.
 */
public final class Settle {
    private static final long TIMEOUT_MS = 10_000;

    private Settle() {
    }

    /**
     * Collects and waits for the bridge's finalizer to release what was collected (at most 10 s).
     * {@code anyProxy}: any Java proxy of a LibreOffice object (the component context), through
     * which the finalizer is found. Returns whether the finalizer was seen to finish in time.
     */
    public static boolean now(Object anyProxy) {
        return now(Proxies.bridge(), anyProxy);
    }

    /** {@link #now(Object)} with the proxies' state {@code bridge} (tests give their own). */
    static boolean now(Proxies bridge, Object anyProxy) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MS);
        try {
            // every proxy alive now gets a working queue before it is collected (see Proxies.sweep)
            bridge.takeOverQueue(anyProxy);
            bridge.sweep();
            // One collection finds them all (a proxy's handler, the finalizable part, refers to no other
            // proxy); the second proves the first's handed on.
            if (!collected(deadline) || !collected(deadline)) {
                return false;
            }
            runFinalization();
            if (!finalizerIdle(deadline)) {
                return false;
            }
            // the extension's own queue, LibreOffice's taken over (see Proxies)
            AsynchronousFinalizer finalizer = bridge.queueFor(anyProxy, deadline);
            if (finalizer == null) {
                return false;
            }
            final CountDownLatch reached = new CountDownLatch(1);
            finalizer.add(new AsynchronousFinalizer.Job() {
                @Override
                public void run() {
                    reached.countDown();
                }
            });
            return reached.await(left(deadline), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * A full collection, returned from once Java's reference handler has handed on what it found.
     * {@code System.gc()} returns before that: the handler queues the finalizable objects a collection
     * found on a thread of its own, later, and {@code runFinalization} runs only what is queued already,
     * so a proxy's release could come after the caller had closed its document. The handler takes each
     * collection's references in one batch and finishes a batch before the next: the canary of a second
     * collection arriving proves the first collection's references all queued (hence two calls).
     */
    private static boolean collected(long deadline) throws InterruptedException {
        ReferenceQueue<Object> arrived = new ReferenceQueue<Object>();
        WeakReference<Object> canary = new WeakReference<Object>(new Object(), arrived);
        System.gc();
        while (arrived.poll() != canary) {
            long ms = TimeUnit.NANOSECONDS.toMillis(left(deadline));
            if (ms <= 0) {
                return false;
            }
            if (arrived.remove(Math.min(ms, 50)) == canary) {
                return true;
            }
            System.gc();
        }
        return true;
    }

    /**
     * Waits while Java's finalizer thread is running a finalizer: {@code runFinalization} drains the
     * queue on a thread of its own and returns while the regular one may still be in the middle of one
     * (a proxy about to hand its release to the bridge's queue).
     */
    private static boolean finalizerIdle(long deadline) throws InterruptedException {
        Thread finalizer = finalizerThread();
        if (finalizer == null) {
            return true;
        }
        while (finalizer.getState() != Thread.State.WAITING && finalizer.isAlive()) {
            if (left(deadline) <= 0) {
                return false;
            }
            Thread.sleep(1);
        }
        return true;
    }

    private static volatile Thread javaFinalizer;

    private static Thread finalizerThread() {
        Thread t = javaFinalizer;
        if (t == null) {
            for (Thread candidate : Thread.getAllStackTraces().keySet()) {
                if ("Finalizer".equals(candidate.getName()) && candidate.isDaemon()) {
                    t = candidate;
                    javaFinalizer = t;
                    break;
                }
            }
        }
        return t;
    }

    private static long left(long deadline) {
        return deadline - System.nanoTime();
    }

    /** Runs {@code then} on a new thread after {@link #now}: how a command answers without holding the main thread. */
    public static void thenRun(final Object anyProxy, final Runnable then) {
        Thread t = new Thread(new Runnable() {
            @Override
            public void run() {
                try {
                    now(anyProxy);
                } finally {
                    then.run();
                }
            }
        }, "thethuc-settle");
        t.setDaemon(true);
        t.start();
    }

    @SuppressWarnings("deprecation")
    private static void runFinalization() {
        // Deprecated with finalization itself; the UNO bridge still releases its proxies through it.
        System.runFinalization();
    }
}
