package vn.thethuc.uno.boot;

/**
 * What a command answered: the dispatch listener receives it as
 * {@code [Command, Status, Message]} property values, so callers (the tests, the CLI) can tell
 * the handler really ran and what it told the user.
 */
public final class Outcome {
    public enum Status { DONE, NOT_AVAILABLE, CANCELLED, JAVA_TOO_OLD, FAILED }

    private final String command;
    private final Status status;
    private final String message;

    public Outcome(String command, Status status, String message) {
        this.command = command;
        this.status = status;
        this.message = message;
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
