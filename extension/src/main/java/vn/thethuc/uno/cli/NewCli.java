package vn.thethuc.uno.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import vn.thethuc.feed.FeedSource;
import vn.thethuc.feed.Link;
import vn.thethuc.plan.DocType;
import vn.thethuc.plan.Spec;
import vn.thethuc.uno.office.Office;
import vn.thethuc.uno.office.OfficeException;
import vn.thethuc.uno.service.NewDocument;

/**
 * {@code new --type KH|CV|BC|QĐ|TTr|TB|HD|CTr --out FILE.odt|.docx|.ott [--spec SPEC.json]
 * [--feed SOURCE --agency CODE [--days-earlier N]] [--force]}: 0 written; 2 with a message and no file on
 * a bad type, spec or output.
 */
final class NewCli {
    private NewCli() {
    }

    static int run(Cli cli, String[] args) throws OfficeException {
        Options o;
        int daysEarlier;
        try {
            o = Options.parse(args, Options.valued("--type", null, "--out", null, "--spec", null, "--feed", null,
                    "--agency", null, "--days-earlier", "5"), Set.of("--force"));
            daysEarlier = o.integer("--days-earlier", 0, 99);
        } catch (Options.Bad e) {
            return cli.usage("new");
        }
        String type = o.value("--type");
        Path target = o.path("--out");
        Path specFile = o.path("--spec");
        String feedSource = o.value("--feed");
        String agency = o.value("--agency");
        boolean force = o.flag("--force");
        if (type == null || target == null || !o.operands().isEmpty()) {
            return cli.usage("new");
        }
        if (feedSource != null && agency == null) {
            return cli.wrong("cli.feed.usage");
        }
        Optional<DocType> docType = DocType.parse(type);
        if (docType.isEmpty()) {
            cli.err.println(cli.texts.text("insert.badType", type, "KH, CV, BC, QĐ, TTr, TB, HD, CTr"));
            return Cli.FAILED;
        }
        if (NewDocument.filter(target).isEmpty()) {
            cli.err.println(cli.texts.text("cli.new.format", target));
            return Cli.FAILED;
        }
        Path dir = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
            cli.err.println(cli.texts.text("cli.new.dir", dir));
            return Cli.FAILED;
        }
        if (Files.exists(target) && !force) {
            cli.err.println(cli.texts.text("cli.new.exists", target));
            return Cli.FAILED;
        }
        LocalDate today = vn.thethuc.document.VietnamTime.today();
        Spec spec;
        try {
            spec = specFile == null ? Spec.sample(today) : Spec.fromJson(Files.readString(specFile), today);
        } catch (IOException e) {
            cli.err.println(cli.texts.text("cli.new.specUnreadable", specFile));
            return Cli.FAILED;
        } catch (Spec.Invalid e) {
            cli.err.println(specFile + ": " + cli.texts.text(e.key(), e.args()));
            return Cli.FAILED;
        }
        Link link = null;
        String source = null;
        if (feedSource != null) {
            if (docType.get() != DocType.KH) {
                cli.err.println(cli.texts.text("cli.new.feedOnlyKh"));
                return Cli.FAILED;
            }
            Optional<FeedSource.Loaded> loaded = cli.loadFeed(feedSource, agency);
            if (loaded.isEmpty()) {
                return Cli.FAILED;
            }
            link = new Link(loaded.get().feed(), agency);
            source = loaded.get().source();
        }
        try (Office office = cli.office()) {
            Link linked = link;
            String from = source;
            // the whole lay-out and store, with the office's deadline; a write failure comes back as a value
            IOException failed = office.within("writing " + target, () -> {
                try {
                    if (linked != null) {
                        NewDocument.writeLinked(office, linked, from, spec, daysEarlier, target, force);
                    } else {
                        NewDocument.write(office, docType.get(), spec, target, force);
                    }
                    return null;
                } catch (IOException e) {
                    return e;
                }
            });
            if (failed != null) {
                throw failed;
            }
        } catch (OfficeException.Timeout e) {
            cli.err.println(cli.texts.text("cli.timeoutOne", target, e.limit().toSeconds(), e.what()));
            return Cli.FAILED;
        } catch (FileAlreadyExistsException e) {
            cli.err.println(cli.texts.text("cli.new.exists", target));
            return Cli.FAILED;
        } catch (IOException e) {
            cli.err.println(cli.texts.text("cli.new.write", target, e.getMessage()));
            return Cli.FAILED;
        }
        cli.out.println(cli.texts.text("cli.new.done", target, cli.texts.text("doctype." + docType.get().name())));
        return Cli.OK;
    }
}
