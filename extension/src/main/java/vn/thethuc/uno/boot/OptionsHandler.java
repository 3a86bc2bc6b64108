package vn.thethuc.uno.boot;

import com.sun.star.awt.XContainerWindowEventHandler;
import com.sun.star.awt.XWindow;
import com.sun.star.uno.XComponentContext;

/**
 * The events of the Options page (Tools › Options › LibreOffice Writer › Thể Thức): "initialize",
 * "ok", "back". Java 8 source: on an older JVM the page stays empty and says which Java it found.
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

    @Override
    public boolean callHandlerMethod(XWindow window, Object event, String method) {
        if (!"external_event".equals(method) || !(event instanceof String)) {
            return false;
        }
        if (!JavaRuntime.isSupported()) {
            new Ui(context, null, true).error(new Ui(context, null, true).bundle()
                    .text("java.tooOld", JavaRuntime.REQUIRED, JavaRuntime.describe()));
            return true;
        }
        try {
            Page page = (Page) Class.forName(PAGE, true, getClass().getClassLoader()).getConstructor().newInstance();
            page.handle(context, window, (String) event);
            return true;
        } catch (Throwable t) {
            t.printStackTrace();
            return false;
        }
    }

    @Override
    public String[] getSupportedMethodNames() {
        return new String[] {"external_event"};
    }
}
