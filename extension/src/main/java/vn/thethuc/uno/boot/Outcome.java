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
    private final java.util.concurrent.CompletableFuture<Outcome> later;

    public Outcome(String command, Status status, String message) {
        this(command, status, message, null);
    }

    /** {@code payload}: a machine-readable result (the check's report as JSON), or null. */
    public Outcome(String command, Status status, String message, String payload) {
        this.command = command;
        this.status = status;
        this.message = message;
        this.payload = payload;
        this.later = null;
    }

    private Outcome(String command, java.util.concurrent.CompletableFuture<Outcome> later) {
        this.command = command;
        this.status = null;
        this.message = null;
        this.payload = null;
        this.later = later;
    }

    /** A command that goes on after the handler returned (a check reading a long document): its answer comes then. */
    public static Outcome later(String command, java.util.concurrent.CompletableFuture<Outcome> answer) {
        return new Outcome(command, answer);
    }

    /** The answer still to come, or null when this is the answer. */
    public java.util.concurrent.CompletableFuture<Outcome> pending() {
        return later;
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
