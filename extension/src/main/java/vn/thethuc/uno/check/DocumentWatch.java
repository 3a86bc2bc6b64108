package vn.thethuc.uno.check;

import vn.thethuc.uno.boot.Proxies;
import com.sun.star.document.UndoManagerEvent;
import com.sun.star.document.XUndoManager;
import com.sun.star.document.XUndoManagerListener;
import com.sun.star.document.XUndoManagerSupplier;
import com.sun.star.lang.EventObject;
import com.sun.star.lib.uno.helper.WeakBase;
import com.sun.star.util.XModifiable;
import com.sun.star.util.XModifyListener;

/**
 * Tells a window of ours that its document changed (the user typed, pasted, undid), and when an undo step of
 * ours named {@code ourUndo} was undone. Listens until {@link #stop}.
 */
final class DocumentWatch extends WeakBase implements XModifyListener, XUndoManagerListener {
    private final XModifiable modifiable;
    private final XUndoManager undo;
    private final String ourUndo;
    private final Runnable changed;
    private final Runnable oursUndone;
    private volatile boolean stopped;

    private DocumentWatch(Object model, String ourUndo, Runnable changed, Runnable oursUndone) {
        this.modifiable = Proxies.q(XModifiable.class, model);
        XUndoManagerSupplier s = Proxies.q(XUndoManagerSupplier.class, model);
        this.undo = s == null ? null : s.getUndoManager();
        this.ourUndo = ourUndo;
        this.changed = changed;
        this.oursUndone = oursUndone;
    }

    static DocumentWatch on(Object model, String ourUndo, Runnable changed, Runnable oursUndone) {
        DocumentWatch w = new DocumentWatch(model, ourUndo, changed, oursUndone);
        if (w.modifiable != null) {
            Proxies.q(com.sun.star.util.XModifyBroadcaster.class, w.modifiable).addModifyListener(w);
        }
        if (w.undo != null) {
            w.undo.addUndoManagerListener(w);
        }
        return w;
    }

    void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            if (modifiable != null) {
                Proxies.q(com.sun.star.util.XModifyBroadcaster.class, modifiable).removeModifyListener(this);
            }
            if (undo != null) {
                undo.removeUndoManagerListener(this);
            }
        } catch (RuntimeException e) {
            // the document is gone, and its broadcasters with it
        }
    }

    @Override
    public void modified(EventObject e) {
        if (!stopped) {
            changed.run();
        }
    }

    @Override
    public void actionUndone(UndoManagerEvent e) {
        if (!stopped && ourUndo.equals(e.UndoActionTitle)) {
            oursUndone.run();
        }
    }

    @Override
    public void undoActionAdded(UndoManagerEvent e) {
    }

    @Override
    public void actionRedone(UndoManagerEvent e) {
    }

    @Override
    public void allActionsCleared(EventObject e) {
    }

    @Override
    public void redoActionsCleared(EventObject e) {
    }

    @Override
    public void resetAll(EventObject e) {
    }

    @Override
    public void enteredContext(UndoManagerEvent e) {
    }

    @Override
    public void enteredHiddenContext(UndoManagerEvent e) {
    }

    @Override
    public void leftContext(UndoManagerEvent e) {
    }

    @Override
    public void leftHiddenContext(UndoManagerEvent e) {
    }

    @Override
    public void cancelledContext(UndoManagerEvent e) {
    }

    @Override
    public void disposing(EventObject e) {
        stopped = true;
    }
}
