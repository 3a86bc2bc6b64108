package vn.thethuc.uno.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.star.lib.util.AsynchronousFinalizer;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link Settle#now} returns only after every object dropped before it has been released: found by the
 * collector, its finalizer run by Java, its release run by the bridge's queue — the path of a Java proxy
 * of a Writer object. A release arriving after the caller has closed the document is what crashed or
 * deadlocked LibreOffice (ServeIT's Word 97 check after a run of checks, docs/ROBUSTNESS.md).
 */
class SettleTest {
    /** What the bridge's proxy does: its finalizer hands the release to the bridge's queue. */
    static final class FakeProxy {
        private final AsynchronousFinalizer queue;
        private final AtomicInteger released;
        @SuppressWarnings("unused")
        private final byte[] weight = new byte[64];

        FakeProxy(AsynchronousFinalizer queue, AtomicInteger released) {
            this.queue = queue;
            this.released = released;
        }

        @Override
        @SuppressWarnings({"deprecation", "removal"})
        protected void finalize() {
            queue.add(released::incrementAndGet);
        }
    }

    @Test
    void everythingDroppedBeforeIsReleasedOnReturn() {
        Object notAProxy = new Object();
        // Without a bridge's proxy, the extension's own queue is the one waited for (see Proxies); a state of
        // the test's own, so that no other test's take-over or rescuing thread is involved.
        Proxies state = new Proxies(false);
        AsynchronousFinalizer queue = state.ours();
        for (int round = 0; round < 20; round++) {
            AtomicInteger released = new AtomicInteger();
            int made = 20_000;
            for (int i = 0; i < made; i++) {
                new FakeProxy(queue, released);
            }
            assertTrue(Settle.now(state, notAProxy), "round " + round + ": timed out");
            assertEquals(made, released.get(), "round " + round + ": released after Settle returned");
        }
    }
}
