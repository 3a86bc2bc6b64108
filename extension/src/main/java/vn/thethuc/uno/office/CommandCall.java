package vn.thethuc.uno.office;

import com.sun.star.beans.PropertyValue;
import com.sun.star.frame.DispatchResultEvent;
import com.sun.star.frame.DispatchResultState;
import com.sun.star.frame.XController;
import com.sun.star.frame.XDispatch;
import com.sun.star.frame.XDispatchProvider;
import com.sun.star.frame.XDispatchResultListener;
import com.sun.star.frame.XModel;
import com.sun.star.frame.XNotifyingDispatch;
import com.sun.star.lang.EventObject;
import com.sun.star.lang.XComponent;
import com.sun.star.lib.uno.helper.WeakBase;
import com.sun.star.uno.UnoRuntime;
import com.sun.star.util.URL;
import com.sun.star.util.XURLTransformer;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Dispatches a command URL to a document's frame the way a menu click does (frame → dispatch
 * provider → protocol handler) and waits for the handler's answer.
 */
public final class CommandCall {
    /** The handler's answer: its state and the {@code Command}, {@code Status}, {@code Message}, {@code Payload} it returned. */
    public record Answer(boolean success, String command, String status, String message, String payload) {
    }

    private CommandCall() {
    }

    /** Dispatches and waits for the answer, at most the office's {@link Session#callTimeout()} (then the office is stopped). */
    public static Answer dispatch(Session office, XComponent document, String commandUrl, PropertyValue... args)
            throws OfficeException {
        return office.within(commandUrl, () -> {
            try {
                // bounded too, so that this thread ends once the office is stopped
                return start(office, document, commandUrl, args).get(office.callTimeout().toMillis() + 5000,
                        java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                throw new OfficeException("no answer to " + commandUrl, e.getCause());
            }
        });
    }

    /** Dispatches without waiting: the answer comes when the handler has finished (a dialog may be open meanwhile). */
    public static CompletableFuture<Answer> start(Session office, XComponent document, String commandUrl,
            PropertyValue... args) throws OfficeException {
        XModel model = UnoRuntime.queryInterface(XModel.class, document);
        XController controller = model == null ? null : model.getCurrentController();
        if (controller == null) {
            throw new OfficeException("the document has no view to dispatch to");
        }
        XDispatchProvider provider = UnoRuntime.queryInterface(XDispatchProvider.class, controller.getFrame());
        URL[] url = {new URL()};
        url[0].Complete = commandUrl;
        if (commandUrl.startsWith(vn.thethuc.command.Command.PROTOCOL)) {
            // our own protocol: the parts a handler reads, without two more calls over the pipe
            url[0].Protocol = vn.thethuc.command.Command.PROTOCOL;
            url[0].Main = commandUrl;
            url[0].Path = commandUrl.substring(vn.thethuc.command.Command.PROTOCOL.length());
        } else {
            office.service(XURLTransformer.class, "com.sun.star.util.URLTransformer").parseStrict(url);
        }
        XDispatch dispatch = provider.queryDispatch(url[0], "_self", 0);
        if (dispatch == null) {
            throw new OfficeException("no handler for " + commandUrl + " (is the extension installed?)");
        }
        XNotifyingDispatch notifying = UnoRuntime.queryInterface(XNotifyingDispatch.class, dispatch);
        if (notifying == null) {
            throw new OfficeException("the handler of " + commandUrl + " does not report results");
        }
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        notifying.dispatchWithNotification(url[0], args, new Listener(answer));
        return answer;
    }

    private static final class Listener extends WeakBase implements XDispatchResultListener {
        private final CompletableFuture<Answer> answer;

        Listener(CompletableFuture<Answer> answer) {
            this.answer = answer;
        }

        @Override
        public void dispatchFinished(DispatchResultEvent event) {
            Map<String, String> values = new HashMap<>();
            Object result = event.Result instanceof com.sun.star.uno.Any any ? any.getObject() : event.Result;
            if (result instanceof PropertyValue[] props) {
                for (PropertyValue p : props) {
                    values.put(p.Name, String.valueOf(p.Value));
                }
            }
            answer.complete(new Answer(event.State == DispatchResultState.SUCCESS,
                    values.get("Command"), values.get("Status"), values.get("Message"), values.get("Payload")));
        }

        @Override
        public void disposing(EventObject source) {
            answer.completeExceptionally(new IllegalStateException("dispatch disposed"));
        }
    }
}
