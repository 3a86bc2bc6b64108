package vn.thethuc.uno.ui;

import vn.thethuc.uno.boot.Proxies;
import com.sun.star.awt.ActionEvent;
import com.sun.star.awt.XActionListener;
import com.sun.star.awt.XButton;
import com.sun.star.awt.XControl;
import com.sun.star.awt.XControlContainer;
import com.sun.star.awt.XDialog;
import com.sun.star.awt.XDialogProvider2;
import com.sun.star.awt.XFixedText;
import com.sun.star.awt.XTextComponent;
import com.sun.star.awt.XWindow;
import com.sun.star.beans.NamedValue;
import com.sun.star.beans.XPropertySet;
import com.sun.star.frame.XFrame;
import com.sun.star.lang.EventObject;
import com.sun.star.lib.uno.helper.WeakBase;
import com.sun.star.uno.XComponentContext;
import java.util.concurrent.atomic.AtomicBoolean;
import vn.thethuc.i18n.Bundle;
import vn.thethuc.uno.boot.KeepOpen;
import vn.thethuc.uno.boot.Settle;

/**
 * A dialog of the extension, made from an {@code .xdl}, its texts from the bundles, closed with its document
 * or window, every button's failure shown as a line in it. Esc, the window's close box and Alt+F4 close it
 * as its Cancel button does. It never runs a nested modal loop (headless LibreOffice cancels those at once):
 * a dialog that asks before the document goes on ({@link Kind#MODAL}: insert, feed, sign) takes the document
 * window's input away while it is open and stands centred over it; a dialog the user works beside
 * ({@link Kind#BESIDE}: the findings) stands along the right edge of the document window, off the text.
 */
public abstract class NonModalDialog {
    /** How the dialog stands to its document window. */
    public enum Kind { MODAL, BESIDE }

    protected final XComponentContext context;
    protected final XFrame frame;
    protected final Bundle texts;
    protected final XDialog dialog;
    protected final XControlContainer controls;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Kind kind;
    /** The document window whose input a modal dialog took away (given back when it closes). */
    private XWindow disabled;

    protected NonModalDialog(XComponentContext context, XFrame frame, Bundle texts, String url)
            throws com.sun.star.uno.Exception {
        this(context, frame, texts, url, Kind.MODAL);
    }

    protected NonModalDialog(XComponentContext context, XFrame frame, Bundle texts, String url, Kind kind)
            throws com.sun.star.uno.Exception {
        this.context = context;
        this.frame = frame;
        this.texts = texts;
        this.kind = kind;
        XDialogProvider2 provider = Proxies.q(XDialogProvider2.class,
                context.getServiceManager().createInstanceWithContext("com.sun.star.awt.DialogProvider2", context));
        dialog = provider.createDialogWithArguments(url,
                new NamedValue[] {new NamedValue("ParentWindow", frame.getContainerWindow())});
        controls = Proxies.q(XControlContainer.class, dialog);
        // A dialog left open over a closing document would outlive its parent window and take the office down.
        Closing closing = new Closing();
        // Esc, the close box and Alt+F4 ask the dialog to close (VCL's Close() of a dialog not in a modal loop)
        Proxies.q(com.sun.star.awt.XTopWindow.class, dialog).addTopWindowListener(closing);
        frame.addEventListener(closing);
        com.sun.star.util.XCloseBroadcaster model = Proxies.q(com.sun.star.util.XCloseBroadcaster.class,
                frame.getController().getModel());
        if (model != null) {
            model.addCloseListener(closing);
        }
    }

    /** Holds the dialog's document open until {@link KeepOpen#release} (work on a worker thread, say). */
    protected KeepOpen keepOpen(KeepOpen.OnClose onClose) {
        Object model = null;
        try {
            model = frame.getController() == null ? null : frame.getController().getModel();
        } catch (RuntimeException e) {
            // the frame is going: nothing to hold
        }
        return KeepOpen.on(context, model, onClose);
    }

    /** Set by {@link #holdDocument}: the document stays open while the dialog is. */
    private KeepOpen held;

    /**
     * For a dialog that keeps objects of its document (the findings dialog's text ranges): while it is
     * open, a close of the document is taken over — the dialog closes, what it kept is released, then the
     * document goes. Dropped only as the document closed, those objects were released later by Java's
     * finalizer, after their document was gone, and took LibreOffice down (docs/ROBUSTNESS.md).
     */
    protected void holdDocument() {
        if (held == null) {
            held = keepOpen(this::close);
        }
    }

    /** Closed, or closing with its document: no event may touch the document any more. */
    protected boolean isClosed() {
        return closed.get();
    }

    public void setVisible(boolean visible) {
        XWindow window = Proxies.q(XWindow.class, dialog);
        if (visible && !shown) {
            place(window);
            if (kind == Kind.MODAL && disabled == null && !isClosed()) {
                try {
                    disabled = frame.getContainerWindow();
                    disabled.setEnable(false);
                } catch (RuntimeException e) {
                    disabled = null; // the frame is going
                }
            }
        }
        window.setVisible(visible);
        if (visible && (kind == Kind.MODAL || !shown)) {
            // a window beside the text, shown again with new findings, leaves the focus where the user types
            Proxies.q(com.sun.star.awt.XTopWindow.class, dialog).toFront();
            window.setFocus();
        }
        shown |= visible;
    }

    /** Whether the dialog was shown once already. */
    private boolean shown;

    /**
     * Centred over the document window (a modal dialog), or along its right edge, below the toolbars and as
     * tall as the window allows (the findings); never beyond the screen's top left.
     */
    private void place(XWindow window) {
        try {
            com.sun.star.awt.Rectangle doc = frame.getContainerWindow().getPosSize();
            com.sun.star.awt.Rectangle own = window.getPosSize();
            int x;
            int y;
            int height = own.Height;
            if (kind == Kind.MODAL) {
                x = (doc.Width - own.Width) / 2;
                y = (doc.Height - own.Height) / 3;
            } else {
                x = doc.Width - own.Width - 24;
                y = Math.min(120, Math.max(0, doc.Height - own.Height));
            }
            x = Math.max(0, x);
            y = Math.max(0, y);
            window.setPosSize(x, y, own.Width, height, com.sun.star.awt.PosSize.POS);
        } catch (RuntimeException e) {
            // where the toolkit puts it
        }
    }

    /** The document window takes input again (a modal dialog's, when it closes). */
    private void giveBackInput() {
        XWindow w = disabled;
        disabled = null;
        if (w != null) {
            try {
                w.setEnable(true);
            } catch (RuntimeException e) {
                // the window went with its document
            }
        }
    }

    /** Called once when the dialog closes, before it goes. */
    protected void closing() {
    }

    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            closing();
        } finally {
            giveBackInput();
        }
        try {
            dispose(dialog);
        } catch (com.sun.star.lang.DisposedException e) {
            // already gone with its parent window
        }
        KeepOpen h = held;
        held = null;
        if (h != null) {
            // what closing() dropped is released while the document is still there
            Settle.thenRun(context, h::release);
        }
    }

    /**
     * Hides and disposes a dialog made from a {@code .xdl}, then its model: disposing the dialog leaves the
     * model the dialog provider made for it alive, about 5 KB a control in LibreOffice 7.4 (an office that
     * opened the extension's dialogs 400 times grew 77 MB; with the model disposed, flat — docs/ROBUSTNESS.md).
     */
    public static void dispose(Object dialog) {
        com.sun.star.awt.XControl control = Proxies.q(com.sun.star.awt.XControl.class, dialog);
        Object model = control == null ? null : control.getModel();
        try {
            Proxies.q(XWindow.class, dialog).setVisible(false);
            Proxies.q(com.sun.star.lang.XComponent.class, dialog).dispose();
        } finally {
            // also when the dialog went with its parent window (a DisposedException above)
            com.sun.star.lang.XComponent disposable = Proxies.q(com.sun.star.lang.XComponent.class, model);
            if (disposable != null) {
                disposable.dispose();
            }
        }
    }

    protected XButton button(String id) {
        return Proxies.q(XButton.class, controls.getControl(id));
    }

    /** Sets a button's label from the bundle. */
    protected void label(String id, String key) {
        button(id).setLabel(texts.text(key));
    }

    /** Sets a fixed text (a label, a message line). */
    protected void text(String id, String value) {
        Proxies.q(XFixedText.class, controls.getControl(id)).setText(value);
    }

    /** What the user typed in a text field. */
    protected String field(String id) {
        return Proxies.q(XTextComponent.class, controls.getControl(id)).getText();
    }

    protected void field(String id, String value) {
        Proxies.q(XTextComponent.class, controls.getControl(id)).setText(value);
    }

    protected void enable(String id, boolean enabled) {
        try {
            XControl c = controls.getControl(id);
            Proxies.q(XPropertySet.class, c.getModel()).setPropertyValue("Enabled", enabled);
        } catch (com.sun.star.uno.Exception e) {
            // cosmetic only
        }
    }

    /** A button's work; may fail with a document error. */
    protected interface Step {
        void run() throws com.sun.star.uno.Exception;
    }

    /** Runs {@code step} on the button {@code id}; a failure becomes a line in the fixed text {@code messageId}. */
    protected void onClick(String id, String messageId, Step step) {
        button(id).addActionListener(new Action(step, messageId));
    }

    private final class Action extends WeakBase implements XActionListener {
        private final Step step;
        private final String messageId;

        Action(Step step, String messageId) {
            this.step = step;
            this.messageId = messageId;
        }

        @Override
        public void actionPerformed(ActionEvent e) {
            if (isClosed()) {
                // a click still queued when the document closed: its document is gone
                return;
            }
            KeepOpen held = keepOpen(null);
            try {
                step.run();
            } catch (com.sun.star.uno.Exception | RuntimeException ex) {
                text(messageId, texts.text("error.document", ex.getMessage()));
            } finally {
                Settle.thenRun(context, held::release);
            }
        }

        @Override
        public void disposing(EventObject e) {
        }
    }

    /**
     * Asks where a file is, with LibreOffice's file dialog, into the text field {@code fieldId}: the folder of
     * what the field holds first. {@code save}: a file to write (a PDF). {@code filters}: pairs of a name and
     * its patterns ("Ảnh PNG", "*.png"). Nothing changes when the user cancels.
     */
    protected void browse(String fieldId, boolean save, String... filters) throws com.sun.star.uno.Exception {
        FilePick.choose(context, Proxies.q(com.sun.star.awt.XWindowPeer.class, Proxies.q(XControl.class, dialog).getPeer()),
                field(fieldId), save, filters).ifPresent(path -> field(fieldId, path));
    }

    /** Runs {@code then} when the user presses Enter in the text field {@code fieldId}. */
    protected void onEnter(String fieldId, Runnable then) {
        Proxies.q(com.sun.star.awt.XWindow.class, controls.getControl(fieldId)).addKeyListener(new EnterKey(then));
    }

    private final class EnterKey extends WeakBase implements com.sun.star.awt.XKeyListener {
        private final Runnable then;

        EnterKey(Runnable then) {
            this.then = then;
        }

        @Override
        public void keyPressed(com.sun.star.awt.KeyEvent e) {
            if (e.KeyCode == com.sun.star.awt.Key.RETURN && e.Modifiers == 0 && !isClosed()) {
                then.run();
            }
        }

        @Override
        public void keyReleased(com.sun.star.awt.KeyEvent e) {
        }

        @Override
        public void disposing(EventObject e) {
        }
    }

    /** Closes the dialog before its document or window goes away, and when its window is asked to close. */
    private final class Closing extends WeakBase implements com.sun.star.util.XCloseListener,
            com.sun.star.awt.XTopWindowListener {
        @Override
        public void queryClosing(EventObject e, boolean ownership) {
            close();
        }

        @Override
        public void notifyClosing(EventObject e) {
            close();
        }

        @Override
        public void disposing(EventObject e) {
            close();
        }

        @Override
        public void windowClosing(EventObject e) {
            if (!isClosed()) {
                cancel();
            }
        }

        @Override
        public void windowOpened(EventObject e) {
        }

        @Override
        public void windowClosed(EventObject e) {
        }

        @Override
        public void windowMinimized(EventObject e) {
        }

        @Override
        public void windowNormalized(EventObject e) {
        }

        @Override
        public void windowActivated(EventObject e) {
        }

        @Override
        public void windowDeactivated(EventObject e) {
        }
    }

    /** What Esc and the close box do: close, unless the dialog has something to stop first (a fetch). */
    protected void cancel() {
        close();
    }
}
