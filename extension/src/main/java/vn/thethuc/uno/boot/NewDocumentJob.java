package vn.thethuc.uno.boot;

import com.sun.star.beans.NamedValue;
import com.sun.star.task.XJob;
import com.sun.star.uno.XComponentContext;

/**
 * Runs when LibreOffice has made a document (events OnNew, and OnCreate/OnLoadFinished, which also
 * come for hidden documents): a document just made from one of Thể Thức's templates gets the
 * agency's settings and today's date. Java 8 source: on an older JVM it does nothing (the commands say why).
 */
public final class NewDocumentJob extends Component implements XJob {
    public static final String IMPLEMENTATION_NAME = NewDocumentJob.class.getName();
    public static final String[] SERVICE_NAMES = {"com.sun.star.task.Job"};
    static final String TARGET = "vn.thethuc.uno.insert.FromTemplate";

    private final XComponentContext context;

    public NewDocumentJob(XComponentContext context) {
        super(IMPLEMENTATION_NAME, SERVICE_NAMES);
        this.context = context;
    }

    @Override
    public Object execute(NamedValue[] args) {
        Object model = null;
        for (NamedValue a : args) {
            if ("Environment".equals(a.Name) && a.Value instanceof NamedValue[]) {
                for (NamedValue e : (NamedValue[]) a.Value) {
                    if ("Model".equals(e.Name)) {
                        model = e.Value;
                    }
                }
            }
        }
        if (model == null || !JavaRuntime.isSupported()) {
            return null;
        }
        // Before any Word 97 file of this office closes (see Proxies): one thread, the first time.
        Proxies.takeOver(model);
        try {
            Class.forName(TARGET, true, getClass().getClassLoader())
                    .getMethod("onNew", XComponentContext.class, Object.class).invoke(null, context, model);
        } catch (Throwable t) {
            // Never in the way of a new document: it keeps the template's date, which the check shows.
            t.printStackTrace();
        }
        return null;
    }
}
