package vn.thethuc.uno.bench;

import vn.thethuc.uno.cli.Cli;
import vn.thethuc.uno.cli.Subcommand;
import vn.thethuc.uno.office.OfficeException;

/** {@code bin/thethuc bench …}. */
public final class BenchSubcommand implements Subcommand {
    @Override
    public String name() {
        return "bench";
    }

    @Override
    public int run(Cli cli, String[] args) throws OfficeException {
        return BenchCli.run(cli, args);
    }
}
