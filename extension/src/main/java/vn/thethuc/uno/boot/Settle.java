package vn.thethuc.uno.boot;

import com.sun.star.lib.util.AsynchronousFinalizer;
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
 * <p>{@link #now} collects, runs the finalizers, and waits until the finalizer thread has worked
 * through everything queued before it: every Writer object the extension dropped is released on
 * return. It must run on a thread that does not hold the SolarMutex (never the office's main
 * thread while it handles an event), so commands answer from a thread of their own after it.
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
        // One collection finds them all: a proxy's handler (the finalizable part) refers to no other proxy.
        System.gc();
        runFinalization();
        // LibreOffice's queue, or ours once LibreOffice has stopped its own (see Proxies)
        AsynchronousFinalizer finalizer = Proxies.queueFor(anyProxy);
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
        try {
            return reached.await(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
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
