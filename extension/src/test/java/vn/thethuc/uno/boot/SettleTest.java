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
    static final AtomicInteger RELEASED = new AtomicInteger();

    /** What the bridge's proxy does: its finalizer hands the release to the bridge's queue. */
    static final class FakeProxy {
        private final AsynchronousFinalizer queue;
        @SuppressWarnings("unused")
        private final byte[] weight = new byte[64];

        FakeProxy(AsynchronousFinalizer queue) {
            this.queue = queue;
        }

        @Override
        @SuppressWarnings({"deprecation", "removal"})
        protected void finalize() {
            queue.add(RELEASED::incrementAndGet);
        }
    }

    @Test
    void everythingDroppedBeforeIsReleasedOnReturn() {
        Object notAProxy = new Object();
        // Without a bridge's proxy, the extension's own queue is the one waited for (see Proxies).
        AsynchronousFinalizer queue = Proxies.ours();
        for (int round = 0; round < 20; round++) {
            RELEASED.set(0);
            int made = 20_000;
            for (int i = 0; i < made; i++) {
                new FakeProxy(queue);
            }
            assertTrue(Settle.now(notAProxy), "round " + round + ": timed out");
            assertEquals(made, RELEASED.get(), "round " + round + ": released after Settle returned");
        }
    }
}
