package vn.thethuc.uno.boot;

import com.sun.star.awt.XContainerWindowEventHandler;
import com.sun.star.awt.XWindow;
import com.sun.star.uno.XComponentContext;

/**
 * The events of the Options pages (Tools › Options › LibreOffice Writer › Thể Thức — cơ quan, — ký số, kiểm
 * tra): "initialize", "ok", "back", and the Browse buttons' ("browse_KEY"). Java 8 source: on an older JVM
 * the page stays empty and says which Java it found.
 */
public final class OptionsHandler extends Component implements XContainerWindowEventHandler {
    public static final String IMPLEMENTATION_NAME = OptionsHandler.class.getName();
    public static final String[] SERVICE_NAMES = {IMPLEMENTATION_NAME};
    static final String PAGE = "vn.thethuc.uno.settings.OptionsPage";

    /** Implemented by the Java 21 part: fills the page from the settings, or stores what the user changed. */
    public interface Page {
        void handle(XComponentContext context, XWindow window, String event) throws com.sun.star.uno.Exception;
    }

    private final XComponentContext context;

    public OptionsHandler(XComponentContext context) {
        super(IMPLEMENTATION_NAME, SERVICE_NAMES);
        this.context = context;
    }

    /** The page's buttons that ask for a file (dialogs/OptionsSigning.xdl binds them to these methods). */
    static final String[] BROWSE = {"browse_pkcs11Library", "browse_signatureImage", "browse_sealImage"};

    /** The ids of those buttons (the same names). */
    public static String[] browseButtons() {
        return BROWSE.clone();
    }

    @Override
    public boolean callHandlerMethod(XWindow window, Object event, String method) {
        boolean browse = java.util.Arrays.asList(BROWSE).contains(method);
        if (!browse && (!"external_event".equals(method) || !(event instanceof String))) {
            return false;
        }
        if (!JavaRuntime.isSupported()) {
            new Ui(context, null, true).error(new Ui(context, null, true).bundle()
                    .text("java.tooOld", JavaRuntime.REQUIRED, JavaRuntime.describe()));
            return true;
        }
        try {
            Page page = (Page) Class.forName(PAGE, true, getClass().getClassLoader()).getConstructor().newInstance();
            page.handle(context, window, browse ? method : (String) event);
            return true;
        } catch (Throwable t) {
            t.printStackTrace();
            return false;
        }
    }

    @Override
    public String[] getSupportedMethodNames() {
        String[] names = new String[BROWSE.length + 1];
        names[0] = "external_event";
        System.arraycopy(BROWSE, 0, names, 1, BROWSE.length);
        return names;
    }
}
