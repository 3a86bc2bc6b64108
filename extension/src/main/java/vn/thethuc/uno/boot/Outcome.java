package vn.thethuc.uno.boot;

/**
 * What a command answered: the dispatch listener receives it as
 * {@code [Command, Status, Message, Payload]} property values, so callers (the tests, the CLI) can tell
 * the handler really ran and what it told the user.
 */
public final class Outcome {
    public enum Status { DONE, NOT_AVAILABLE, CANCELLED, JAVA_TOO_OLD, FAILED }

    private final String command;
    private final Status status;
    private final String message;
    private final String payload;

    public Outcome(String command, Status status, String message) {
        this(command, status, message, null);
    }

    /** {@code payload}: a machine-readable result (the check's report as JSON), or null. */
    public Outcome(String command, Status status, String message, String payload) {
        this.command = command;
        this.status = status;
        this.message = message;
        this.payload = payload;
    }

    public String payload() {
        return payload;
    }

    public String command() {
        return command;
    }

    public Status status() {
        return status;
    }

    public String message() {
        return message;
    }

    public boolean succeeded() {
        return status == Status.DONE;
    }
}
