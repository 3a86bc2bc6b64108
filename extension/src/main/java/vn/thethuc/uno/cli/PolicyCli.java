package vn.thethuc.uno.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import vn.thethuc.i18n.Refusal;
import vn.thethuc.policy.PolicyPack;

/**
 * {@code policy --settings AGENCY.json --out thethuc-policy-AGENCY.oxt [--version V] [--force]}: the
 * administrator's locked settings as an extension; 2 with a message and no file on a bad policy.
 */
final class PolicyCli {
    private PolicyCli() {
    }

    static int run(Cli cli, String[] args) {
        Options o;
        try {
            o = Options.parse(args, Options.valued("--settings", null, "--out", null, "--version",
                    LocalDateTime.now(vn.thethuc.document.VietnamTime.clock()).format(DateTimeFormatter.ofPattern("uuuu.M.d.Hmm"))), Set.of("--force"));
        } catch (Options.Bad e) {
            return cli.usage("policy");
        }
        Path settings = o.path("--settings");
        Path target = o.path("--out");
        String version = o.value("--version");
        boolean force = o.flag("--force");
        if (settings == null || target == null || !o.operands().isEmpty() || !version.matches("\\d+(\\.\\d+)*")
                || !target.getFileName().toString().endsWith(".oxt")) {
            return cli.usage("policy");
        }
        if (Files.exists(target) && !force) {
            cli.err.println(cli.texts.text("cli.new.exists", target));
            return Cli.FAILED;
        }
        PolicyPack pack;
        try {
            pack = PolicyPack.fromJson(Files.readString(settings));
        } catch (IOException e) {
            cli.err.println(cli.texts.text("cli.policy.unreadable", settings));
            return Cli.FAILED;
        } catch (Refusal e) {
            cli.err.println(settings + ": " + e.message(cli.texts));
            return Cli.FAILED;
        }
        try {
            Cli.write(target, pack.oxt(version), force);
        } catch (IOException e) {
            cli.err.println(cli.texts.text("cli.new.write", target, e.getMessage()));
            return Cli.FAILED;
        }
        cli.out.println(cli.texts.text("cli.policy.done", target, pack.identifier(), version,
                String.join(", ", pack.values().keySet())));
        return Cli.OK;
    }
}
