package vn.thethuc.uno.bench.probe;

import com.sun.star.beans.PropertyValue;
import com.sun.star.beans.XMultiPropertySet;
import com.sun.star.container.XEnumeration;
import com.sun.star.container.XEnumerationAccess;
import com.sun.star.frame.DispatchDescriptor;
import com.sun.star.frame.DispatchResultEvent;
import com.sun.star.frame.DispatchResultState;
import com.sun.star.frame.XDispatch;
import com.sun.star.frame.XDispatchProvider;
import com.sun.star.frame.XDispatchResultListener;
import com.sun.star.frame.XFrame;
import com.sun.star.frame.XModel;
import com.sun.star.frame.XNotifyingDispatch;
import com.sun.star.frame.XStatusListener;
import com.sun.star.lang.XInitialization;
import com.sun.star.lang.XServiceInfo;
import com.sun.star.lib.uno.helper.WeakBase;
import com.sun.star.text.XText;
import com.sun.star.text.XTextDocument;
import com.sun.star.text.XTextRange;
import com.sun.star.text.XTextTable;
import com.sun.star.uno.UnoRuntime;
import com.sun.star.uno.XComponentContext;
import com.sun.star.util.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import vn.thethuc.document.DocumentSnapshot;
import vn.thethuc.rules.CheckMode;
import vn.thethuc.uno.boot.MainThread;
import vn.thethuc.uno.boot.Proxies;
import vn.thethuc.uno.office.DocumentReader;

/**
 * The benchmark's probe inside LibreOffice (the thethuc-bench extension, installed only into the
 * benchmark's own profile, never shipped): dispatched on a document's frame as the extension's commands are,
 * {@code vnd.thethuc.bench:check} times the extension's check of the document — the snapshot read as
 * Kiểm tra thể thức reads it, the rules as it runs them, each rule's time — and {@code vnd.thethuc.bench:bare}
 * a bare enumeration of the same paragraphs with the same properties, the yardstick. On the office's main
 * thread; the answer's Payload is JSON.
 */
public final class Probe extends WeakBase
        implements XDispatchProvider, XNotifyingDispatch, XInitialization, XServiceInfo {
    public static final String IMPLEMENTATION_NAME = Probe.class.getName();
    public static final String[] SERVICE_NAMES = {"com.sun.star.frame.ProtocolHandler"};
    static final String PROTOCOL = "vnd.thethuc.bench:";

    private final XComponentContext context;
    private XFrame frame;

    public Probe(XComponentContext context) {
        this.context = context;
    }

    @Override
    public void initialize(Object[] arguments) {
        if (arguments.length > 0) {
            frame = UnoRuntime.queryInterface(XFrame.class, arguments[0]);
        }
    }

    @Override
    public XDispatch queryDispatch(URL url, String target, int flags) {
        return url.Complete.startsWith(PROTOCOL) ? this : null;
    }

    @Override
    public XDispatch[] queryDispatches(DispatchDescriptor[] requests) {
        XDispatch[] all = new XDispatch[requests.length];
        for (int i = 0; i < requests.length; i++) {
            all[i] = queryDispatch(requests[i].FeatureURL, requests[i].FrameName, requests[i].SearchFlags);
        }
        return all;
    }

    @Override
    public void dispatch(URL url, PropertyValue[] args) {
        dispatchWithNotification(url, args, null);
    }

    @Override
    public void dispatchWithNotification(URL url, PropertyValue[] args, XDispatchResultListener listener) {
        String what = url.Complete.substring(PROTOCOL.length());
        MainThread.post(context, () -> {
            String status;
            String payload = "";
            try {
                XModel model = frame.getController().getModel();
                status = "DONE";
                payload = what.equals("check") ? check(model) : what.equals("bare") ? bare(model) : "";
                if (payload.isEmpty()) {
                    status = "FAILED";
                }
            } catch (Exception | Error e) {
                status = "FAILED";
                payload = String.valueOf(e);
            }
            if (listener != null) {
                listener.dispatchFinished(new DispatchResultEvent(this, DispatchResultState.SUCCESS,
                        new PropertyValue[] {value("Command", what), value("Status", status), value("Message", ""),
                            value("Payload", payload)}));
            }
        });
    }

    @Override
    public void addStatusListener(XStatusListener l, URL url) {
    }

    @Override
    public void removeStatusListener(XStatusListener l, URL url) {
    }

    private static PropertyValue value(String name, Object v) {
        PropertyValue p = new PropertyValue();
        p.Name = name;
        p.Value = v;
        return p;
    }

    private static String check(XModel model) throws com.sun.star.uno.Exception {
        long start = System.nanoTime();
        DocumentSnapshot snapshot = new DocumentReader(model).withPages().read();
        double readMs = (System.nanoTime() - start) / 1e6;
        Map<String, Long> nanos = new LinkedHashMap<>();
        vn.thethuc.feed.FeedRules.checker().check(snapshot, CheckMode.DRAFT, Set.of(),
                vn.thethuc.document.VietnamTime.today(), Map.of(), nanos);
        double checkMs = (System.nanoTime() - start) / 1e6;
        StringBuilder rules = new StringBuilder();
        nanos.forEach((rule, ns) -> rules.append(rules.length() == 0 ? "" : ", ").append('"').append(rule)
                .append("\": ").append(ns / 1e6));
        return "{\"checkMs\": " + checkMs + ", \"snapshotMs\": " + readMs + ", \"paragraphs\": "
                + snapshot.paragraphs().size() + ", \"pages\": " + snapshot.pageCount() + ", \"ruleMs\": {" + rules + "}}";
    }

    private static String bare(XModel model) throws com.sun.star.uno.Exception {
        long start = System.nanoTime();
        int paragraphs = enumerate(UnoRuntime.queryInterface(XTextDocument.class, model).getText());
        return "{\"bareMs\": " + (System.nanoTime() - start) / 1e6 + ", \"paragraphs\": " + paragraphs + "}";
    }

    /** Every paragraph and portion, tables' cells too, with the properties the snapshot reads (and its releases). */
    private static int enumerate(XText text) throws com.sun.star.uno.Exception {
        int n = 0;
        XEnumeration e = Proxies.own(Proxies.q(XEnumerationAccess.class, text).createEnumeration());
        while (e.hasMoreElements()) {
            Object element = e.nextElement();
            XServiceInfo info = Proxies.q(XServiceInfo.class, element);
            if (info.supportsService("com.sun.star.text.TextTable")) {
                XTextTable table = Proxies.q(XTextTable.class, element);
                for (String name : table.getCellNames()) {
                    n += enumerate(Proxies.q(XText.class, table.getCellByName(name)));
                }
                continue;
            }
            Proxies.q(XMultiPropertySet.class, element).getPropertyValues(DocumentReader.PARA_PROPS);
            XEnumeration portions = Proxies.own(Proxies.q(XEnumerationAccess.class, element).createEnumeration());
            while (portions.hasMoreElements()) {
                Object portion = portions.nextElement();
                Proxies.q(XTextRange.class, portion).getString();
                Proxies.q(XMultiPropertySet.class, portion).getPropertyValues(DocumentReader.RUN_PROPS);
            }
            n++;
        }
        return n;
    }

    @Override
    public String getImplementationName() {
        return IMPLEMENTATION_NAME;
    }

    @Override
    public boolean supportsService(String name) {
        return SERVICE_NAMES[0].equals(name);
    }

    @Override
    public String[] getSupportedServiceNames() {
        return SERVICE_NAMES.clone();
    }
}
