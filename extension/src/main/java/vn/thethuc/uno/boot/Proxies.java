package vn.thethuc.uno.boot;

import com.sun.star.lib.util.AsynchronousFinalizer;
import com.sun.star.uno.UnoRuntime;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The extension's way to {@code queryInterface}: the same, and the Java proxies of LibreOffice's
 * objects it returns are released by a finalizer queue of the extension's own.
 *
 * <p>LibreOffice releases a Java proxy's object through a finalizer queue of its Java bridge. Any
 * component context being disposed drains and stops that queue for good (a shutdown hack in cppuhelper's
 * {@code ComponentContext::disposing}); LibreOffice 7.4 disposes one each time a Word 97–2003 document
 * closes (its VBA globals have a context of their own). The drain runs under the office's lock and waits
 * for the queue's thread; if that thread is releasing a Writer object at that moment, it waits for the same
 * lock: LibreOffice hangs (seen in the document server and the soak, the first Word 97 file an office
 * closed). And after it, no proxy is ever released: every command would leak the Writer objects it touched.
 *
 * <p>So the extension takes the queue over the first time it settles ({@link Settle#now}) or a document
 * is made ({@link #takeOver}): LibreOffice's queue is drained from a thread of its own that holds no lock,
 * the proxies the extension touches are given a queue of the extension's, worked by a thread LibreOffice
 * never drains, and the jobs other proxies leave on the stopped queue (another Java extension's, LibreOffice's
 * own) move there ten times a second and at each {@link Settle}. After that, LibreOffice's bridge makes new
 * proxies with no queue at all; {@link #sweep} gives every live one ours.
 * A Word 97 file closing later finds LibreOffice's queue already stopped, and nothing to wait for.
 *
 * <p>Java 8 source; reflection on the bridge's private fields, every failure of which leaves
 * things as LibreOffice made them.
 */
public final class Proxies {
    /** LibreOffice has one Java bridge per process, hence one state; tests make their own ({@link #replace}). */
    private static volatile Proxies bridge = new Proxies(true);

    /** Whether {@link #startRescuing} is started by the take-over (the product) or only by its caller (tests). */
    private final boolean background;
    /** Set once LibreOffice's queue is taken over: from then on proxies are adopted. */
    private volatile boolean adopting;
    private volatile AsynchronousFinalizer ours;
    /** The bridge's queues taken over or found stopped: a proxy holding one is adopted, drained or not. */
    final Set<AsynchronousFinalizer> stopped =
            Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<AsynchronousFinalizer, Boolean>()));
    /** The thread draining the last of LibreOffice's queues taken over (see {@link #queueFor}). */
    private volatile Thread drainer;
    /**
     * The registries of the Java environments the bridge registers each proxy in when it makes it: where
     * {@link #sweep} finds them all.
     */
    private final Set<Object> registries =
            Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<Object, Boolean>()));
    private volatile Object lastEnvironment;
    private Thread rescuer;

    // reflection on the bridge's classes, the same for every state
    private static volatile Field handlerFinalizer;
    private static volatile Field queueField;
    private static volatile Field threadField;
    private static volatile Field level2Field;
    private static volatile Field envField;

    /** {@code background}: whether taking a queue over starts the rescuing thread. */
    Proxies(boolean background) {
        this.background = background;
    }

    /** The process's state. */
    static Proxies bridge() {
        return bridge;
    }

    /**
     * Makes {@code fresh} the process's state and returns the one it replaces: a test starts from a known
     * state and puts the old one back after it. The replaced state's rescuing is not stopped.
     */
    static Proxies replace(Proxies fresh) {
        Proxies old = bridge;
        bridge = fresh;
        return old;
    }

    /** {@link UnoRuntime#queryInterface}, adopting both proxies when LibreOffice no longer releases them. */
    public static <T> T q(Class<T> type, Object object) {
        T result = UnoRuntime.queryInterface(type, object);
        Proxies b = bridge;
        if (b.adopting) {
            b.adopt(object);
            b.adopt(result);
        }
        return result;
    }

    /** {@code object} (a value a call returned), adopted when LibreOffice no longer releases proxies. */
    public static <T> T own(T object) {
        Proxies b = bridge;
        if (b.adopting) {
            b.adopt(object);
        }
        return object;
    }

    /** {@link #takeOverQueue} on the process's state. */
    public static Thread takeOver(Object anyProxy) {
        return bridge.takeOverQueue(anyProxy);
    }

    /**
     * The finalizer queue to wait for (see {@link Settle}, which has taken LibreOffice's over first): the
     * extension's own, once LibreOffice's drain has finished (waited for at most until {@code deadline},
     * {@link System#nanoTime}); null when it could not be taken over (the bridge is not the one this class knows).
     */
    AsynchronousFinalizer queueFor(Object anyProxy, long deadline) throws InterruptedException {
        if (!adopting && ours == null) {
            return null;
        }
        adopt(anyProxy);
        Thread stopping = drainer;
        if (stopping != null) {
            // what LibreOffice's thread is releasing now is done before the extension's sentinel is
            stopping.join(Math.max(1, java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }
        rescue();
        return ours();
    }

    /**
     * Takes LibreOffice's finalizer queue over (see above), once per bridge: from now on the extension's
     * proxies are released by its own queue. Never waits: LibreOffice's queue is drained by a thread of its
     * own, returned (null when there was nothing to stop). Safe on any thread.
     */
    Thread takeOverQueue(Object anyProxy) {
        InvocationHandler handler = jniHandler(anyProxy);
        if (handler != null) {
            noteRegistry(handler);
        }
        final AsynchronousFinalizer theirs = finalizerOf(anyProxy);
        if (theirs == null || theirs == ours) {
            return null;
        }
        if (!stopped.add(theirs)) {
            return null;
        }
        adopting = true;
        if (background) {
            startRescuing();
        }
        if (!running(theirs)) {
            return null;
        }
        Thread t = new Thread(new Runnable() {
            @Override
            public void run() {
                try {
                    theirs.drain();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "thethuc-bridge-queue");
        t.setDaemon(true);
        t.start();
        drainer = t;
        return t;
    }

    /**
     * Gives {@code proxy} our queue if its own is gone, stopped or being drained (taken over); whether it did.
     * A queue taken over counts as stopped at once, not when its thread has finished: its drain runs on a
     * thread of its own and may take a while.
     */
    boolean adopt(Object proxy) {
        InvocationHandler handler = jniHandler(proxy);
        if (handler == null) {
            return false;
        }
        noteRegistry(handler);
        try {
            Field f = finalizerField(handler);
            Object current = f.get(handler);
            if (current == ours && current != null) {
                return false;
            }
            if (current instanceof AsynchronousFinalizer) {
                AsynchronousFinalizer queue = (AsynchronousFinalizer) current;
                if (!stopped.contains(queue) && running(queue)) {
                    return false;
                }
                stopped.add(queue);
            }
            f.set(handler, ours());
            return true;
        } catch (ReflectiveOperationException e) {
            adopting = false;
        } catch (RuntimeException e) {
            adopting = false;
        }
        return false;
    }

    private void noteRegistry(InvocationHandler handler) {
        try {
            Field env = envField;
            if (env == null || env.getDeclaringClass() != handler.getClass()) {
                env = handler.getClass().getDeclaredField("m_java_env");
                env.setAccessible(true);
                envField = env;
            }
            Object environment = env.get(handler);
            if (environment == null || environment == lastEnvironment) {
                return;
            }
            Field proxies = environment.getClass().getDeclaredField("proxies");
            proxies.setAccessible(true);
            Object registry = proxies.get(environment);
            if (registry != null) {
                registries.add(registry);
            }
            lastEnvironment = environment;
        } catch (ReflectiveOperationException e) {
            // another bridge than the one this class knows: proxies are adopted one by one only
        } catch (RuntimeException e) {
            // the same
        }
    }

    /**
     * Adopts every live Java proxy the bridge has made (each is registered in its Java environment until
     * collected), the extension's and any other Java code's, however obtained. Once LibreOffice has disposed
     * the bridge's finalizer queue (the first Word 97 file closed), the bridge makes every new proxy with no
     * queue at all, and a proxy without one is never released: the LibreOffice object behind it, and the
     * bridge's own bookkeeping, stay for the rest of the session (≈ 0.5 MB a check of a real document,
     * measured with heaptrack). {@link #q} and {@link #own} adopt what they are given; this finds the rest —
     * return values used as they come, proxies of other code — while they are alive: ten times a second
     * and before each {@link Settle}. Returns how many it adopted.
     */
    @SuppressWarnings("unchecked")
    int sweep() {
        if (!adopting) {
            return 0;
        }
        List<Object> known;
        synchronized (registries) {
            known = new ArrayList<Object>(registries);
        }
        int adopted = 0;
        for (Object registry : known) {
            List<Object> live = new ArrayList<Object>();
            try {
                Field level1 = registry.getClass().getDeclaredField("level1map");
                level1.setAccessible(true);
                synchronized (registry) {
                    for (Object entry1 : ((java.util.Map<Object, Object>) level1.get(registry)).values()) {
                        Field level2 = level2Field;
                        if (level2 == null || level2.getDeclaringClass() != entry1.getClass()) {
                            level2 = entry1.getClass().getDeclaredField("level2map");
                            level2.setAccessible(true);
                            level2Field = level2;
                        }
                        for (Object entry2 : ((java.util.Map<Object, Object>) level2.get(entry1)).values()) {
                            Object proxy = entry2 instanceof java.lang.ref.Reference ? ((java.lang.ref.Reference<Object>) entry2).get() : null;
                            if (proxy != null) {
                                live.add(proxy);
                            }
                        }
                    }
                }
            } catch (ReflectiveOperationException e) {
                registries.remove(registry);
                continue;
            } catch (RuntimeException e) {
                continue; // changed meanwhile (the bridge registers without our lock only if it is another one)
            }
            for (Object proxy : live) {
                if (adopt(proxy)) {
                    adopted++;
                }
            }
        }
        return adopted;
    }

    /**
     * Ten times a second adopts every live proxy ({@link #sweep}) and moves the stopped queues' jobs to ours:
     * proxies the extension never touched (another Java extension's, LibreOffice's own) are released about
     * as soon as LibreOffice's queue would have. Until {@link #stopRescuing}.
     */
    synchronized void startRescuing() {
        if (rescuer != null) {
            return;
        }
        rescuer = new Thread(new Runnable() {
            @Override
            public void run() {
                try {
                    while (!Thread.currentThread().isInterrupted()) {
                        Thread.sleep(RESCUE_MS);
                        sweep();
                        rescue();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "thethuc-bridge-rescue");
        rescuer.setDaemon(true);
        rescuer.start();
    }

    /** Stops the rescuing thread, if started, and waits for it to end. */
    void stopRescuing() throws InterruptedException {
        Thread t;
        synchronized (this) {
            t = rescuer;
            rescuer = null;
        }
        if (t != null) {
            t.interrupt();
            t.join();
        }
    }

    private static final long RESCUE_MS = 100;

    /** The jobs left in stopped queues (proxies finalized after LibreOffice stopped them) move to ours. */
    @SuppressWarnings("unchecked")
    void rescue() {
        List<AsynchronousFinalizer> dead;
        synchronized (stopped) {
            dead = new ArrayList<AsynchronousFinalizer>(stopped);
        }
        for (AsynchronousFinalizer queueOwner : dead) {
            try {
                Field q = queueField;
                if (q == null) {
                    q = AsynchronousFinalizer.class.getDeclaredField("queue");
                    q.setAccessible(true);
                    queueField = q;
                }
                List<AsynchronousFinalizer.Job> queue = (List<AsynchronousFinalizer.Job>) q.get(queueOwner);
                List<AsynchronousFinalizer.Job> jobs;
                synchronized (queue) {
                    if (queue.isEmpty()) {
                        continue;
                    }
                    jobs = new ArrayList<AsynchronousFinalizer.Job>(queue);
                    queue.clear();
                }
                for (AsynchronousFinalizer.Job j : jobs) {
                    ours().add(j);
                }
            } catch (ReflectiveOperationException e) {
                return;
            } catch (RuntimeException e) {
                return;
            }
        }
    }

    /** The extension's own finalizer queue (made at the first call). */
    synchronized AsynchronousFinalizer ours() {
        if (ours == null) {
            ours = new AsynchronousFinalizer();
        }
        return ours;
    }

    private static InvocationHandler jniHandler(Object proxy) {
        if (proxy == null || !Proxy.isProxyClass(proxy.getClass())) {
            return null;
        }
        InvocationHandler h = Proxy.getInvocationHandler(proxy);
        return h != null && h.getClass().getName().equals("com.sun.star.bridges.jni_uno.JNI_proxy") ? h : null;
    }

    private static Field finalizerField(InvocationHandler handler) throws ReflectiveOperationException {
        Field f = handlerFinalizer;
        if (f == null || f.getDeclaringClass() != handler.getClass()) {
            f = handler.getClass().getDeclaredField("m_finalizer");
            f.setAccessible(true);
            handlerFinalizer = f;
        }
        return f;
    }

    /** The finalizer queue of the Java UNO bridge that made {@code proxy}, or null. */
    static AsynchronousFinalizer finalizerOf(Object proxy) {
        InvocationHandler handler = jniHandler(proxy);
        if (handler == null) {
            return null;
        }
        try {
            Object value = finalizerField(handler).get(handler);
            return value instanceof AsynchronousFinalizer ? (AsynchronousFinalizer) value : null;
        } catch (ReflectiveOperationException e) {
            return null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Whether a finalizer's thread still works through its queue. */
    static boolean running(AsynchronousFinalizer finalizer) {
        try {
            Field f = threadField;
            if (f == null) {
                f = AsynchronousFinalizer.class.getDeclaredField("thread");
                f.setAccessible(true);
                threadField = f;
            }
            Object t = f.get(finalizer);
            return t instanceof Thread && ((Thread) t).isAlive();
        } catch (ReflectiveOperationException e) {
            return true;
        } catch (RuntimeException e) {
            return true;
        }
    }
}
