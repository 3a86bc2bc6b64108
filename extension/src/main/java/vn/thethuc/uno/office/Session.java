package vn.thethuc.uno.office;

import com.sun.star.lang.XComponent;
import com.sun.star.uno.XComponentContext;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A headless LibreOffice that a command works in: one started for a CLI run ({@link Office}), or a
 * worker of the document server's pool. The check, new and sign sequences are written against this.
 */
public interface Session {
    XComponentContext context();

    /** The longest one call may take; past it the office is stopped. */
    Duration callTimeout();

    /** Runs {@code call} on this office, waiting at most {@link #callTimeout()}. */
    <T> T within(String what, Office.Call<T> call) throws OfficeException;

    /** Opens a document hidden and read-only; the caller closes it with {@link #closeDoc}. */
    XComponent open(Path file) throws OfficeException;

    /** A new, empty, hidden Writer document; the caller closes it with {@link #closeDoc}. */
    XComponent newTextDocument() throws OfficeException;

    void closeDoc(XComponent doc) throws OfficeException;

    default <T> T service(Class<T> type, String name) throws OfficeException {
        try {
            XComponentContext c = context();
            return com.sun.star.uno.UnoRuntime.queryInterface(type,
                    c.getServiceManager().createInstanceWithContext(name, c));
        } catch (com.sun.star.uno.Exception e) {
            throw new OfficeException("no service " + name, e);
        }
    }
}
