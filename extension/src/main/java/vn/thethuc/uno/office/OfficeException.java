package vn.thethuc.uno.office;

/** LibreOffice could not be found, started, reached or told to do something. */
public final class OfficeException extends Exception {
    public OfficeException(String message) {
        super(message);
    }

    public OfficeException(String message, Throwable cause) {
        super(message, cause);
    }
}
