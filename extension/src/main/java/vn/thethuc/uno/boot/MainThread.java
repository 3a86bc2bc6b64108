package vn.thethuc.uno.boot;

import com.sun.star.awt.XCallback;
import com.sun.star.awt.XRequestCallback;
import com.sun.star.lib.uno.helper.WeakBase;
import com.sun.star.uno.XComponentContext;

/**
 * The office's main thread, where its windows and the documents under them may be touched: a step
 * posted here runs after the event at hand, whoever posts it. Java 8 source: the protocol handler uses it.
 */
public final class MainThread {
    private MainThread() {
    }

    /** Runs {@code step} on the main thread later; runs it at once if the office cannot queue it. */
    public static void post(XComponentContext context, final Runnable step) {
        XRequestCallback queue;
        try {
            queue = Proxies.q(XRequestCallback.class, context.getServiceManager()
                    .createInstanceWithContext("com.sun.star.awt.AsyncCallback", context));
        } catch (com.sun.star.uno.Exception e) {
            queue = null;
        }
        if (queue == null) {
            step.run();
            return;
        }
        queue.addCallback(new Callback(step), null);
    }

    private static final class Callback extends WeakBase implements XCallback {
        private final Runnable step;

        Callback(Runnable step) {
            this.step = step;
        }

        @Override
        public void notify(Object data) {
            step.run();
        }
    }
}
