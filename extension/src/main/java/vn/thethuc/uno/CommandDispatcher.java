package vn.thethuc.uno;

import com.sun.star.beans.PropertyValue;
import com.sun.star.frame.XFrame;
import com.sun.star.uno.XComponentContext;
import java.util.Optional;
import vn.thethuc.Version;
import vn.thethuc.command.Command;
import vn.thethuc.uno.boot.Handler;
import vn.thethuc.uno.check.CheckCommand;
import vn.thethuc.uno.insert.InsertCommand;
import vn.thethuc.uno.boot.Outcome;
import vn.thethuc.uno.boot.Ui;

/** Maps each command to its use case. Loaded by the protocol handler once Java 21+ is confirmed. */
public final class CommandDispatcher implements Handler {
    private final XComponentContext context;

    public CommandDispatcher(XComponentContext context) {
        this.context = context;
    }

    @Override
    public Outcome handle(String path, XFrame frame, PropertyValue[] args, Ui ui) {
        Optional<Command> command = Command.fromPath(path);
        if (command.isEmpty()) {
            String message = ui.bundle().text("cmd.unknown", path);
            ui.error(message);
            return new Outcome(path, Outcome.Status.FAILED, message);
        }
        try {
            return switch (command.get()) {
                case CHECK -> CheckCommand.run(context, frame, args, ui);
                case INSERT -> InsertCommand.run(context, frame, args, ui);
                case FEED -> vn.thethuc.uno.feed.FeedCommand.run(context, frame, args, ui)
                        .orElseGet(() -> notYetAvailable(command.get(), ui));
                case SIGN -> vn.thethuc.uno.sign.SignCommand.run(context, frame, args, ui);
                default -> notYetAvailable(command.get(), ui);
            };
        } catch (com.sun.star.uno.Exception e) {
            String message = ui.bundle().text("error.document", e.getMessage());
            ui.error(message);
            return new Outcome(path, Outcome.Status.FAILED, message);
        }
    }

    private Outcome notYetAvailable(Command command, Ui ui) {
        String message = ui.bundle().text("cmd.notAvailable", ui.bundle().text(command.titleKey()), Version.get());
        ui.info(message);
        return new Outcome(command.path(), Outcome.Status.NOT_AVAILABLE, message);
    }

    XComponentContext context() {
        return context;
    }
}
