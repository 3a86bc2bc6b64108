package vn.thethuc.uno.boot;

import com.sun.star.lang.EventObject;
import com.sun.star.lib.uno.helper.WeakBase;
import com.sun.star.uno.UnoRuntime;
import com.sun.star.uno.XComponentContext;
import com.sun.star.util.CloseVetoException;
import com.sun.star.util.XCloseBroadcaster;
import com.sun.star.util.XCloseListener;
import com.sun.star.util.XCloseable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A document stays open while the extension works on it or holds its objects (a command, a
 * dialog, a check reading on a worker thread): a close asked meanwhile is refused and taken over
 * (the {@code XCloseable} protocol), each holder is told to stop, and once the last has let go
 * and the objects it dropped are released ({@link Settle}), the extension closes the document
 * itself. Closing a document under a worker, or before Java's finalizer has released its Writer
 * objects, takes LibreOffice down.
 *
 * <p>Java 8 source: the protocol handler uses it.
 */
public final class KeepOpen {
    /** What a holder does when its document is asked to close: stop its work, close its dialog. */
    public interface OnClose {
        void closeRequested();
    }

    private static final Map<String, Guard> GUARDS = new HashMap<String, Guard>();

    private final Guard guard;
    private final OnClose onClose;
    private boolean released;

    private KeepOpen(Guard guard, OnClose onClose) {
        this.guard = guard;
        this.onClose = onClose;
    }

    /**
     * Holds {@code model} (a document model, or null: nothing is held) open until {@link #release}.
     * {@code onClose} (may be null) is called on the office's main thread if a close is asked meanwhile.
     */
    public static KeepOpen on(XComponentContext context, Object model, OnClose onClose) {
        XCloseBroadcaster broadcaster = Proxies.q(XCloseBroadcaster.class, model);
        if (broadcaster == null) {
            return new KeepOpen(null, onClose);
        }
        String key = UnoRuntime.generateOid(model);
        Guard g;
        boolean fresh = false;
        synchronized (GUARDS) {
            g = GUARDS.get(key);
            if (g == null) {
                g = new Guard(context, key, model);
                GUARDS.put(key, g);
                fresh = true;
            }
        }
        KeepOpen holder = new KeepOpen(g, onClose);
        g.add(holder);
        if (fresh) {
            try {
                broadcaster.addCloseListener(g);
            } catch (RuntimeException e) {
                // the document is already going away: nothing to hold
            }
        }
        return holder;
    }

    /** Lets go; the last holder to let go closes the document if a close was asked meanwhile. Idempotent. */
    public void release() {
        synchronized (this) {
            if (released) {
                return;
            }
            released = true;
        }
        if (guard != null) {
            guard.remove(this);
        }
    }

    /** Whether a close was asked while this was held: work may stop early. */
    public boolean closeRequested() {
        return guard != null && guard.told();
    }

    /** One per document: the close listener and its holders. */
    private static final class Guard extends WeakBase implements XCloseListener {
        private final XComponentContext context;
        private final String key;
        private final Object model;
        private final List<KeepOpen> holders = new ArrayList<KeepOpen>();
        private boolean closeRequested;
        private boolean told;

        Guard(XComponentContext context, String key, Object model) {
            this.context = context;
            this.key = key;
            this.model = model;
        }

        synchronized void add(KeepOpen holder) {
            holders.add(holder);
        }

        synchronized boolean told() {
            return told;
        }

        void remove(KeepOpen holder) {
            boolean last;
            boolean close;
            synchronized (this) {
                holders.remove(holder);
                last = holders.isEmpty();
                close = last && closeRequested;
            }
            if (!last) {
                return;
            }
            synchronized (GUARDS) {
                if (GUARDS.get(key) == this) {
                    GUARDS.remove(key);
                }
            }
            // Never under our own lock: removing and closing take the office's lock.
            try {
                XCloseBroadcaster b = Proxies.q(XCloseBroadcaster.class, model);
                if (b != null) {
                    b.removeCloseListener(this);
                }
            } catch (RuntimeException e) {
                // gone already
            }
            if (close) {
                // what the holders dropped is released while the document is still there, then it goes
                Settle.thenRun(context, new Runnable() {
                    @Override
                    public void run() {
                        MainThread.post(context, new Runnable() {
                            @Override
                            public void run() {
                                closeNow();
                            }
                        });
                    }
                });
            }
        }

        private void closeNow() {
            XCloseable closeable = Proxies.q(XCloseable.class, model);
            if (closeable == null) {
                return;
            }
            try {
                closeable.close(true);
            } catch (CloseVetoException e) {
                // someone else took it over; they close it
            } catch (RuntimeException e) {
                // already disposed
            }
        }

        @Override
        public void queryClosing(EventObject event, boolean getsOwnership) throws CloseVetoException {
            final List<KeepOpen> toTell;
            synchronized (this) {
                if (holders.isEmpty()) {
                    return;
                }
                // Without ownership the caller keeps the document and may ask again; the work stops either way.
                boolean first = !told;
                told = true;
                closeRequested = closeRequested || getsOwnership;
                toTell = first ? new ArrayList<KeepOpen>(holders) : new ArrayList<KeepOpen>();
            }
            if (!toTell.isEmpty()) {
                MainThread.post(context, new Runnable() {
                    @Override
                    public void run() {
                        for (KeepOpen h : toTell) {
                            if (h.onClose != null) {
                                try {
                                    h.onClose.closeRequested();
                                } catch (RuntimeException e) {
                                    e.printStackTrace();
                                }
                            }
                        }
                    }
                });
            }
            throw new CloseVetoException("Thể Thức is working on this document; it closes it when done", this);
        }

        @Override
        public void notifyClosing(EventObject event) {
        }

        @Override
        public void disposing(EventObject event) {
            synchronized (GUARDS) {
                if (GUARDS.get(key) == this) {
                    GUARDS.remove(key);
                }
            }
        }
    }
}
