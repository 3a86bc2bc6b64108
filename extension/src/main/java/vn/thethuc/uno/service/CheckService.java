package vn.thethuc.uno.service;

import com.sun.star.lang.XComponent;
import com.sun.star.lang.XServiceInfo;
import com.sun.star.uno.UnoRuntime;
import java.nio.file.Path;
import vn.thethuc.command.Command;
import vn.thethuc.i18n.Refusal;
import vn.thethuc.report.CheckReport;
import vn.thethuc.uno.boot.Outcome;
import vn.thethuc.uno.office.CommandCall;
import vn.thethuc.uno.office.Office;
import vn.thethuc.uno.office.OfficeException;
import vn.thethuc.uno.office.Session;

/**
 * The check of one file, as the CLI and the document server run it: opened hidden and read-only,
 * checked by the extension's own command (the same code a click in Writer runs), closed.
 */
public final class CheckService {
    /** What to check against: the mode, the language of the messages, a parent plan's feed and agency. */
    public record Options(String mode, String language, boolean snapshot, String feedJson, String agency) {
        public Options {
            agency = agency == null ? "" : agency;
        }
    }

    private CheckService() {
    }

    /**
     * The report of {@code file}, named {@code name} in it. A file LibreOffice cannot open, that is not a
     * text document, or that the command could not check is a {@link Refusal} (cli.check.*, naming it);
     * a time out is {@link OfficeException.Timeout}, the office then stopped.
     */
    public static CheckReport check(Session office, Path file, String name, Options options)
            throws OfficeException, Refusal {
        XComponent doc;
        try {
            doc = office.open(file);
        } catch (OfficeException.Timeout e) {
            throw e;
        } catch (OfficeException e) {
            throw new Refusal("cli.check.unreadable", name);
        }
        try {
            if (!office.within("reading " + name, () -> UnoRuntime.queryInterface(XServiceInfo.class, doc)
                    .supportsService("com.sun.star.text.TextDocument"))) {
                throw new Refusal("cli.check.notText", name);
            }
            return report(office, doc, name, options);
        } finally {
            office.closeDoc(doc);
        }
    }

    /**
     * The report of a document already open (the sign command's gate keeps it open to export it); a check
     * the command could not do is a {@link Refusal} ({@code cli.check.failed}).
     */
    public static CheckReport report(Session office, XComponent doc, String name, Options options)
            throws OfficeException, Refusal {
        CommandCall.Answer a = CommandCall.dispatch(office, doc, Command.CHECK.url(),
                Office.property("Interactive", false), Office.property("Mode", options.mode()),
                Office.property("Language", options.language()),
                Office.property(options.snapshot() ? "IncludeSnapshot" : "-", "yes"),
                Office.property(options.feedJson() != null ? "Feed" : "-",
                        options.feedJson() == null ? "" : options.feedJson()),
                Office.property("Agency", options.agency()));
        if (!Outcome.Status.DONE.name().equals(a.status())) {
            throw new Refusal("cli.check.failed", name, a.message());
        }
        return CheckReport.fromJson(a.payload()).named(name);
    }
}
