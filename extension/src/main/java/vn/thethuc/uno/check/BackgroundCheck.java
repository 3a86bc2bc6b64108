package vn.thethuc.uno.check;

import vn.thethuc.uno.office.DocumentReader;
import vn.thethuc.uno.boot.Proxies;
import com.sun.star.awt.ActionEvent;
import com.sun.star.awt.XActionListener;
import com.sun.star.awt.XButton;
import com.sun.star.awt.XControlContainer;
import com.sun.star.awt.XDialog;
import com.sun.star.awt.XDialogProvider2;
import com.sun.star.awt.XFixedText;
import com.sun.star.awt.XTopWindow;
import com.sun.star.awt.XWindow;
import com.sun.star.beans.NamedValue;
import com.sun.star.beans.XPropertySet;
import com.sun.star.frame.XFrame;
import com.sun.star.lang.EventObject;
import com.sun.star.lib.uno.helper.WeakBase;
import com.sun.star.uno.XComponentContext;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import vn.thethuc.i18n.Bundle;
import vn.thethuc.uno.boot.KeepOpen;
import vn.thethuc.uno.boot.MainThread;
import vn.thethuc.uno.boot.Settle;

/**
 * A check the user started, read on a worker thread so the office stays responsive. The document
 * window takes no input until the check ends, so nobody edits the text under the reader. A check
 * still reading after {@value #DELAY_MS} ms opens a small window with a progress bar and a Hủy
 * button. Every window is touched on the office's main thread only; the worker only reads the
 * document (each call takes the office's lock) and posts its news there.
 */
final class BackgroundCheck<T> implements DocumentReader.Progress {
    static final long DELAY_MS = 300;
    static final String URL = "vnd.sun.star.extension://vn.thethuc.writer/dialogs/Progress.xdl";
    private static final long UPDATE_EVERY_NS = 100_000_000L;

    interface Work<T> {
        T run(DocumentReader.Progress progress) throws com.sun.star.uno.Exception;
    }

    /** What the main thread does when the check ends. */
    interface Ending<T> {
        void done(T result);

        void cancelled();

        void failed(Exception e);
    }

    private final XComponentContext context;
    private final XFrame frame;
    private final Bundle texts;
    private final AtomicBoolean cancel = new AtomicBoolean();
    private final long started = System.nanoTime();
    private volatile boolean windowAsked;
    private long lastUpdate;
    private int estimate;
    // main thread only:
    private XDialog dialog;
    private XPropertySet meter;

    private BackgroundCheck(XComponentContext context, XFrame frame, Bundle texts) {
        this.context = context;
        this.frame = frame;
        this.texts = texts;
    }

    /** Call on the main thread. The ending is called there too, exactly once. */
    static <T> void start(XComponentContext context, XFrame frame, Bundle texts, Work<T> work, Ending<T> ending) {
        BackgroundCheck<T> check = new BackgroundCheck<>(context, frame, texts);
        XWindow document = frame.getContainerWindow();
        document.setEnable(false);
        if (isLong(frame)) {
            // A long document just opened is laid out on the worker's first call, in one piece that holds the
            // office (5.9 s for 11 pages): the window could not open meanwhile, so it opens, painted, before.
            check.estimate = DocumentReader.storedParagraphs(frame.getController().getModel());
            check.windowAsked = true;
            check.openWindow();
            check.paint();
        }
        // Asked to close meanwhile, the document waits for the reader to stop (see KeepOpen).
        KeepOpen held = KeepOpen.on(context, frame.getController().getModel(), () -> check.cancel.set(true));
        Thread worker = new Thread(() -> {
            Consumer<Ending<T>> outcome;
            try {
                T result = work.run(check);
                outcome = e -> e.done(result);
            } catch (DocumentReader.Cancelled e) {
                outcome = Ending::cancelled;
            } catch (com.sun.star.uno.Exception | RuntimeException e) {
                outcome = x -> x.failed(e);
            }
            Consumer<Ending<T>> last = held.closeRequested() ? Ending::cancelled : outcome;
            Settle.now(context);
            MainThread.post(context, () -> {
                try {
                    check.closeWindow();
                    try {
                        document.setEnable(true);
                    } catch (RuntimeException e) {
                        // the window went away
                    }
                    last.accept(ending);
                } finally {
                    held.release();
                }
            });
        }, "thethuc-check");
        worker.setDaemon(true);
        worker.start();
    }

    /** Long enough that its check takes seconds: the statistics the file stores (read without laying it out). */
    private static boolean isLong(XFrame frame) {
        try {
            return DocumentReader.storedParagraphs(frame.getController().getModel()) >= LONG_PARAGRAPHS;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static final int LONG_PARAGRAPHS = 300;

    /** Lets the office paint what was just opened, before the worker takes its lock for a while. */
    private void paint() {
        try {
            Proxies.q(com.sun.star.awt.XToolkitExperimental.class, context.getServiceManager()
                    .createInstanceWithContext("com.sun.star.awt.Toolkit", context)).processEventsToIdle();
        } catch (com.sun.star.uno.Exception | RuntimeException e) {
            // painted a little later
        }
    }

    // Worker side.

    @Override
    public void start(int paragraphEstimate) {
        estimate = paragraphEstimate;
        if (meter != null) {
            MainThread.post(context, () -> showProgress(0));
        }
    }

    @Override
    public boolean cancelled() {
        if (!windowAsked && System.nanoTime() - started > DELAY_MS * 1_000_000L) {
            windowAsked = true;
            MainThread.post(context, this::openWindow);
        }
        return cancel.get();
    }

    @Override
    public void at(int paragraph) {
        long now = System.nanoTime();
        if (windowAsked && now - lastUpdate > UPDATE_EVERY_NS) {
            lastUpdate = now;
            MainThread.post(context, () -> showProgress(paragraph));
        }
    }

    // Main thread side.

    private void openWindow() {
        if (cancel.get()) {
            return;
        }
        try {
            XDialogProvider2 provider = Proxies.q(XDialogProvider2.class, context.getServiceManager()
                    .createInstanceWithContext("com.sun.star.awt.DialogProvider2", context));
            dialog = provider.createDialogWithArguments(URL,
                    new NamedValue[] {new NamedValue("ParentWindow", frame.getContainerWindow())});
            XControlContainer controls = Proxies.q(XControlContainer.class, dialog);
            dialog.setTitle(texts.text("dialog.title"));
            Proxies.q(XFixedText.class, controls.getControl("message")).setText(texts.text("check.running"));
            XButton button = Proxies.q(XButton.class, controls.getControl("cancel"));
            button.setLabel(texts.text("dialog.cancel"));
            meter = Proxies.q(XPropertySet.class, controls.getControl("progress").getModel());
            meter.setPropertyValue("ProgressValueMax", Math.max(1, estimate));
            Cancel listener = new Cancel(cancel);
            button.addActionListener(listener);
            Proxies.q(XTopWindow.class, dialog).addTopWindowListener(listener);
            Proxies.q(XWindow.class, dialog).setVisible(true);
        } catch (com.sun.star.uno.Exception | RuntimeException e) {
            // No window: the check goes on without progress and without Hủy.
            closeWindow();
        }
    }

    private void showProgress(int paragraph) {
        if (meter == null) {
            return;
        }
        try {
            if (paragraph >= estimate) {
                estimate = paragraph * 2;
                meter.setPropertyValue("ProgressValueMax", estimate);
            }
            meter.setPropertyValue("ProgressValue", paragraph);
        } catch (com.sun.star.uno.Exception | RuntimeException e) {
            // cosmetic only
        }
    }

    private void closeWindow() {
        if (dialog != null) {
            try {
                vn.thethuc.uno.ui.NonModalDialog.dispose(dialog);
            } catch (RuntimeException e) {
                // gone already
            }
        }
        dialog = null;
        meter = null;
    }

    /** Hủy, or the window's close box. */
    private static final class Cancel extends WeakBase implements XActionListener, com.sun.star.awt.XTopWindowListener {
        private final AtomicBoolean cancel;

        Cancel(AtomicBoolean cancel) {
            this.cancel = cancel;
        }

        @Override
        public void actionPerformed(ActionEvent e) {
            cancel.set(true);
        }

        @Override
        public void windowClosing(EventObject e) {
            cancel.set(true);
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

        @Override
        public void disposing(EventObject e) {
        }
    }
}
