package vn.thethuc.uno.boot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.star.lib.util.AsynchronousFinalizer;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Once LibreOffice's finalizer queue is stopped (by the extension's take-over, or by LibreOffice closing a
 * Word 97 file), what other proxies still hand to it is released by the extension's queue within a second —
 * not only when the extension next settles: another Java extension's proxies are not left to the next command.
 */
class ProxiesTest {
    @Test
    void whatIsLeftOnAStoppedQueueIsReleasedSoon() throws Exception {
        AsynchronousFinalizer theirs = new AsynchronousFinalizer();
        theirs.drain();
        Proxies.STOPPED.add(theirs);
        Proxies.startRescuing();
        CountDownLatch released = new CountDownLatch(1);
        theirs.add(released::countDown);
        assertTrue(released.await(3, TimeUnit.SECONDS), "left on the stopped queue");
    }
}
