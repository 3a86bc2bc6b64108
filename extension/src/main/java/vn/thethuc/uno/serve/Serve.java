package vn.thethuc.uno.serve;

import vn.thethuc.uno.cli.Cli;
import vn.thethuc.uno.cli.Subcommand;
import vn.thethuc.uno.office.OfficeException;

/** {@code bin/thethuc serve}. */
public final class Serve implements Subcommand {
    @Override
    public String name() {
        return "serve";
    }

    @Override
    public int run(Cli cli, String[] args) throws OfficeException {
        return ServeCommand.run(args, cli.profilesDir(), cli.oxt(), cli.out, cli.err, cli.texts);
    }
}
