package vn.thethuc.uno.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.star.bridges.jni_uno.JNI_proxy;

import com.sun.star.lib.util.AsynchronousFinalizer;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The proxies' state: what LibreOffice's stopped finalizer queue is left with moves to the extension's, and
 * every live proxy without a working queue gets the extension's. Each test has a state of its own, with no
 * background thread unless it starts one, so nothing another test did decides the outcome (#28).
 */
class ProxiesTest {
    /** Waits for an event that must come: long enough that only a broken release makes it fail. */
    private static final long EVENT_S = 30;

    private Proxies state;
    private Proxies before;

    @BeforeEach
    void freshState() {
        state = new Proxies(false);
        before = Proxies.replace(state);
    }

    @AfterEach
    void restore() throws InterruptedException {
        state.stopRescuing();
        Proxies.replace(before);
    }

    @Test
    void whatIsLeftOnAStoppedQueueMovesToOurs() throws Exception {
        AsynchronousFinalizer theirs = new AsynchronousFinalizer();
        theirs.drain();
        state.stopped.add(theirs);
        CountDownLatch released = new CountDownLatch(1);
        theirs.add(released::countDown);
        assertEquals(1, released.getCount(), "a stopped queue runs nothing");

        state.rescue();

        assertTrue(released.await(EVENT_S, TimeUnit.SECONDS), "run by our queue");
    }

    /**
     * Once LibreOffice's queue is stopped (by the extension's take-over, or by LibreOffice closing a Word 97
     * file), what other proxies still hand to it is released by the extension's queue without the extension
     * being called: another Java extension's proxies are not left to the next command.
     */
    @Test
    void theRescuingThreadMovesThemWithoutAnyCall() throws Exception {
        AsynchronousFinalizer theirs = new AsynchronousFinalizer();
        theirs.drain();
        state.stopped.add(theirs);
        state.startRescuing();
        CountDownLatch released = new CountDownLatch(1);
        theirs.add(released::countDown);
        assertTrue(released.await(EVENT_S, TimeUnit.SECONDS), "left on the stopped queue");
    }

    /**
     * After LibreOffice disposes its queue (a Word 97 file closed), the bridge makes proxies with none: they
     * would never be released. The sweep gives every live one the extension's queue — also one the extension
     * never passed through its queryInterface — and leaves alone a proxy whose queue still works.
     */
    @Test
    void everyLiveProxyWithoutAWorkingQueueIsGivenOurs() throws Exception {
        JNI_proxy.Environment env = new JNI_proxy.Environment();
        AsynchronousFinalizer theirs = new AsynchronousFinalizer();
        Object first = JNI_proxy.make(env, "a", theirs);
        Thread drain = state.takeOverQueue(first); // LibreOffice's queue stopped by the extension, as at the first settle
        Object orphan = JNI_proxy.make(env, "b", null);
        AsynchronousFinalizer another = new AsynchronousFinalizer();
        Object elsewhere = JNI_proxy.make(env, "c", another);
        assertNull(JNI_proxy.finalizerOf(orphan));

        state.sweep();

        assertSame(state.ours(), JNI_proxy.finalizerOf(orphan), "a proxy made with no queue");
        assertSame(state.ours(), JNI_proxy.finalizerOf(first), "a proxy whose queue was stopped");
        assertSame(another, JNI_proxy.finalizerOf(elsewhere), "a proxy whose queue still works");
        drain.join();
        another.drain();
    }

    /**
     * The take-over drains LibreOffice's queue on a thread of its own, which may take a while (a release
     * waiting for the office's lock): a proxy of that queue is given ours at once, not once the drain is over.
     */
    @Test
    void aQueueBeingDrainedCountsAsStopped() throws Exception {
        JNI_proxy.Environment env = new JNI_proxy.Environment();
        AsynchronousFinalizer theirs = new AsynchronousFinalizer();
        CountDownLatch releaseBusy = new CountDownLatch(1);
        CountDownLatch busy = new CountDownLatch(1);
        theirs.add(() -> {
            busy.countDown();
            try {
                releaseBusy.await(EVENT_S, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertTrue(busy.await(EVENT_S, TimeUnit.SECONDS));
        Object proxy = JNI_proxy.make(env, "a", theirs);

        Thread drain = state.takeOverQueue(proxy);
        assertTrue(drain.isAlive(), "their queue is still busy");
        state.sweep();

        assertSame(state.ours(), JNI_proxy.finalizerOf(proxy));
        releaseBusy.countDown();
        drain.join();
    }

    /** A proxy passed through the extension's queryInterface is adopted only once the queue is taken over. */
    @Test
    void ownAdoptsOnlyAfterTheTakeOver() throws Exception {
        JNI_proxy.Environment env = new JNI_proxy.Environment();
        AsynchronousFinalizer theirs = new AsynchronousFinalizer();
        Object early = JNI_proxy.make(env, "a", theirs);
        Proxies.own(early);
        assertSame(theirs, JNI_proxy.finalizerOf(early), "nothing taken over yet: LibreOffice's queue works");

        Thread drain = state.takeOverQueue(early);
        Object late = Proxies.own(JNI_proxy.make(env, "b", null));

        assertSame(state.ours(), JNI_proxy.finalizerOf(late));
        drain.join();
        assertFalse(Proxies.running(theirs), "their queue drained and stopped");
    }
}
