package vn.thethuc.command;

import java.util.Arrays;
import java.util.Optional;

/** The four commands of the menu "Văn bản" and the toolbar, with their {@code vnd.thethuc:} paths. */
public enum Command {
    INSERT("insert"),
    FEED("feed"),
    CHECK("check"),
    SIGN("sign");

    public static final String PROTOCOL = "vnd.thethuc:";

    private final String path;

    Command(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public String url() {
        return PROTOCOL + path;
    }

    /** Message key of the title shown in the menu, the toolbar and the messages. */
    public String titleKey() {
        return "cmd." + path + ".title";
    }

    public static Optional<Command> fromPath(String path) {
        return Arrays.stream(values()).filter(c -> c.path.equals(path)).findFirst();
    }
}
