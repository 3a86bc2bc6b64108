package vn.thethuc.uno.office;

import java.time.Duration;

/** LibreOffice could not be found, started, reached or told to do something. */
public class OfficeException extends Exception {
    private static final long serialVersionUID = 1L;

    public OfficeException(String message) {
        super(message);
    }

    public OfficeException(String message, Throwable cause) {
        super(message, cause);
    }

    /** LibreOffice did not answer in time: it was stopped (see {@link Office#within}). */
    public static final class Timeout extends OfficeException {
        private static final long serialVersionUID = 1L;
        private final String what;
        private final Duration limit;

        Timeout(String what, Duration limit) {
            super("LibreOffice did not answer within " + limit.toSeconds() + " s (" + what + "); it was stopped");
            this.what = what;
            this.limit = limit;
        }

        /** What was waited for: "opening FILE", "checking FILE"… */
        public String what() {
            return what;
        }

        public Duration limit() {
            return limit;
        }
    }
}
