package vn.thethuc.uno.boot;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.star.bridges.jni_uno.JNI_proxy;

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
        Proxies.takeOver(first); // LibreOffice's queue stopped by the extension, as at the first settle
        Object orphan = JNI_proxy.make(env, "b", null);
        AsynchronousFinalizer another = new AsynchronousFinalizer();
        Object elsewhere = JNI_proxy.make(env, "c", another);
        assertNull(JNI_proxy.finalizerOf(orphan));

        Proxies.sweep();

        assertSame(Proxies.ours(), JNI_proxy.finalizerOf(orphan), "a proxy made with no queue");
        assertSame(Proxies.ours(), JNI_proxy.finalizerOf(first), "a proxy whose queue was stopped");
        assertSame(another, JNI_proxy.finalizerOf(elsewhere), "a proxy whose queue still works");
        another.drain();
    }
}
