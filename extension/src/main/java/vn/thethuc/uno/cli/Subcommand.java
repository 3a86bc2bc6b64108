package vn.thethuc.uno.cli;

import vn.thethuc.uno.office.OfficeException;

/**
 * A command of the launcher that lives beside the CLI rather than in it (the server, the benchmarks), found with
 * {@link java.util.ServiceLoader} so that the CLI does not depend on them: they depend on the CLI.
 */
public interface Subcommand {
    /** What a person types after {@code bin/thethuc}. */
    String name();

    /** The exit code. */
    int run(Cli cli, String[] args) throws OfficeException;
}
