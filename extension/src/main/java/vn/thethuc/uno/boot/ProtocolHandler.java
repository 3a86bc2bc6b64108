package vn.thethuc.uno.boot;

import com.sun.star.beans.PropertyValue;
import com.sun.star.frame.DispatchDescriptor;
import com.sun.star.frame.DispatchResultEvent;
import com.sun.star.frame.DispatchResultState;
import com.sun.star.frame.FeatureStateEvent;
import com.sun.star.frame.XDispatch;
import com.sun.star.frame.XDispatchProvider;
import com.sun.star.frame.XDispatchResultListener;
import com.sun.star.frame.XFrame;
import com.sun.star.frame.XNotifyingDispatch;
import com.sun.star.frame.XStatusListener;
import com.sun.star.lang.XInitialization;
import com.sun.star.uno.XComponentContext;
import com.sun.star.util.URL;

/**
 * Receives every {@code vnd.thethuc:} URL (menu, toolbar, the CLI, the tests). Java 8 source: on
 * a JVM older than 21 it answers each command with one clear message instead of failing silently.
 */
public final class ProtocolHandler extends Component
        implements XDispatchProvider, XNotifyingDispatch, XInitialization {
    public static final String IMPLEMENTATION_NAME = ProtocolHandler.class.getName();
    public static final String[] SERVICE_NAMES = {"com.sun.star.frame.ProtocolHandler"};
    public static final String PROTOCOL = "vnd.thethuc:";

    private final XComponentContext context;
    private XFrame frame;

    public ProtocolHandler(XComponentContext context) {
        super(IMPLEMENTATION_NAME, SERVICE_NAMES);
        this.context = context;
    }

    @Override
    public void initialize(Object[] arguments) {
        if (arguments.length > 0) {
            frame = Proxies.q(XFrame.class, arguments[0]);
        }
    }

    @Override
    public XDispatch queryDispatch(URL url, String targetFrame, int searchFlags) {
        return PROTOCOL.equals(url.Protocol) ? this : null;
    }

    @Override
    public XDispatch[] queryDispatches(DispatchDescriptor[] requests) {
        XDispatch[] result = new XDispatch[requests.length];
        for (int i = 0; i < requests.length; i++) {
            result[i] = queryDispatch(requests[i].FeatureURL, requests[i].FrameName, requests[i].SearchFlags);
        }
        return result;
    }

    @Override
    public void dispatch(URL url, PropertyValue[] args) {
        dispatchWithNotification(url, args, null);
    }

    /**
     * Runs the command on the office's main thread, after the event at hand, whoever calls: the
     * office's windows and the documents under them may only be touched there (a call arriving on a
     * bridge thread, from a script or the CLI, would otherwise race the user interface).
     */
    @Override
    public void dispatchWithNotification(final URL url, final PropertyValue[] args,
            final XDispatchResultListener listener) {
        MainThread.post(context, new Runnable() {
            @Override
            public void run() {
                answer(url, args, listener);
            }
        });
    }

    void answer(URL url, PropertyValue[] args, final XDispatchResultListener listener) {
        // The document stays open until the command is done with it (see KeepOpen).
        final KeepOpen held = KeepOpen.on(context, model(), null);
        Outcome outcome;
        try {
            outcome = run(url, args);
        } catch (RuntimeException e) {
            held.release();
            throw e;
        }
        if (outcome.pending() != null) {
            outcome.pending().thenAccept(new java.util.function.Consumer<Outcome>() {
                @Override
                public void accept(Outcome later) {
                    settleThenTell(held, listener, later);
                }
            });
        } else {
            settleThenTell(held, listener, outcome);
        }
    }

    /**
     * The command lets go of the document, the Writer objects it and its hold let go of are released
     * (see {@link Settle}), then the caller hears the answer: whoever closes the document after it
     * leaves nothing of it to Java's finalizer. The main thread is free meanwhile, as the release needs.
     */
    private void settleThenTell(final KeepOpen held, final XDispatchResultListener listener, final Outcome outcome) {
        // Released first: the hold's own proxies (the document's close broadcaster) go with the rest.
        held.release();
        Settle.thenRun(context, new Runnable() {
            @Override
            public void run() {
                tell(listener, outcome);
            }
        });
    }

    private Object model() {
        try {
            return frame == null || frame.getController() == null ? null : frame.getController().getModel();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void tell(XDispatchResultListener listener, Outcome outcome) {
        if (listener != null) {
            DispatchResultEvent event = new DispatchResultEvent();
            event.Source = this;
            event.State = outcome.succeeded() ? DispatchResultState.SUCCESS : DispatchResultState.FAILURE;
            event.Result = new PropertyValue[] {
                value("Command", outcome.command()),
                value("Status", outcome.status().name()),
                value("Message", outcome.message()),
                value("Payload", outcome.payload() == null ? "" : outcome.payload()),
            };
            listener.dispatchFinished(event);
        }
    }

    Outcome run(URL url, PropertyValue[] args) {
        String command = url.Path == null ? "" : url.Path;
        Ui ui = new Ui(context, frame, isInteractive(args));
        if (!JavaRuntime.isSupported()) {
            String message = ui.bundle().text("java.tooOld", JavaRuntime.REQUIRED, JavaRuntime.describe());
            ui.error(message);
            return new Outcome(command, Outcome.Status.JAVA_TOO_OLD, message);
        }
        try {
            Handler handler = (Handler) Class.forName(Handler.IMPLEMENTATION, true, getClass().getClassLoader())
                    .getConstructor(XComponentContext.class).newInstance(context);
            return handler.handle(command, frame, args, ui);
        } catch (Throwable t) {
            // The boundary: never a stack trace in the user's face, never a silent no-op.
            t.printStackTrace();
            String message = ui.bundle().text("error.unexpected", t.getClass().getSimpleName()
                    + (t.getMessage() == null ? "" : ": " + t.getMessage()));
            ui.error(message);
            return new Outcome(command, Outcome.Status.FAILED, message);
        }
    }

    private static boolean isInteractive(PropertyValue[] args) {
        if (args != null) {
            for (PropertyValue a : args) {
                if ("Interactive".equals(a.Name) && a.Value instanceof Boolean) {
                    return (Boolean) a.Value;
                }
            }
        }
        return true;
    }

    private static PropertyValue value(String name, Object v) {
        PropertyValue p = new PropertyValue();
        p.Name = name;
        p.Value = v;
        return p;
    }

    @Override
    public void addStatusListener(XStatusListener listener, URL url) {
        FeatureStateEvent state = new FeatureStateEvent();
        state.Source = this;
        state.FeatureURL = url;
        state.IsEnabled = true;
        state.Requery = false;
        listener.statusChanged(state);
    }

    @Override
    public void removeStatusListener(XStatusListener listener, URL url) {
    }
}
