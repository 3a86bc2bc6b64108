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
 * A dialog of the extension that stays beside its document (headless LibreOffice cancels modal
 * ones at once, and a user keeps working in the document): made from an {@code .xdl}, its texts from
 * the bundles, closed with its document or window, every button's failure shown as a line in it.
 */
public abstract class NonModalDialog {
    protected final XComponentContext context;
    protected final XFrame frame;
    protected final Bundle texts;
    protected final XDialog dialog;
    protected final XControlContainer controls;
    private final AtomicBoolean closed = new AtomicBoolean();

    protected NonModalDialog(XComponentContext context, XFrame frame, Bundle texts, String url)
            throws com.sun.star.uno.Exception {
        this.context = context;
        this.frame = frame;
        this.texts = texts;
        XDialogProvider2 provider = Proxies.q(XDialogProvider2.class,
                context.getServiceManager().createInstanceWithContext("com.sun.star.awt.DialogProvider2", context));
        dialog = provider.createDialogWithArguments(url,
                new NamedValue[] {new NamedValue("ParentWindow", frame.getContainerWindow())});
        controls = Proxies.q(XControlContainer.class, dialog);
        // A dialog left open over a closing document would outlive its parent window and take the office down.
        Closing closing = new Closing();
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
        Proxies.q(XWindow.class, dialog).setVisible(visible);
    }

    /** Called once when the dialog closes, before it goes. */
    protected void closing() {
    }

    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        closing();
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

    /** Closes the dialog before its document or window goes away. */
    private final class Closing extends WeakBase implements com.sun.star.util.XCloseListener {
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
    }
}
