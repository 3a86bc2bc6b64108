package vn.thethuc.uno.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import vn.thethuc.Version;
import vn.thethuc.i18n.Bundle;
import vn.thethuc.uno.office.Extensions;
import vn.thethuc.uno.office.Installation;
import vn.thethuc.uno.office.Office;
import vn.thethuc.uno.office.OfficeException;
import vn.thethuc.uno.office.Profile;

/**
 * The Java half of {@code bin/thethuc}: the launcher finds LibreOffice and Java, builds the .oxt,
 * and calls this with the subcommand, which one class each carries out. Settings come from the
 * launcher's environment: THETHUC_PROFILE, THETHUC_OXT, THETHUC_OFFICE_JAVA, THETHUC_SOFFICE, THETHUC_SHARED.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Cli cli = new Cli(new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8), Bundle.of(cliLanguage()));
        int code;
        try {
            code = run(cli, args);
        } catch (OfficeException e) {
            cli.err.println(cli.texts.text("cli.error.office", e.getMessage()));
            code = Cli.FAILED;
        } catch (RuntimeException e) {
            // The bridge to LibreOffice dropped (it stopped or crashed): say so, never a stack trace. Named, not
            // caught by type, so that help, verify and issue run where LibreOffice's classes are not.
            boolean stopped = e.getClass().getName().equals("com.sun.star.lang.DisposedException");
            cli.err.println(cli.texts.text("cli.error.office", stopped ? cli.texts.text("cli.error.officeStopped")
                    : e.getClass().getSimpleName() + ": " + e.getMessage()));
            code = Cli.FAILED;
        }
        System.exit(code);
    }

    /** THETHUC_LANG, else English when the locale says English, else Vietnamese (the users' language). */
    static String cliLanguage() {
        String forced = System.getenv("THETHUC_LANG");
        if (forced != null && !forced.isBlank()) {
            return Bundle.languageOf(forced);
        }
        for (String var : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String v = System.getenv(var);
            if (v != null && !v.isBlank()) {
                return v.startsWith("en") ? Bundle.EN : Bundle.VI;
            }
        }
        return Bundle.VI;
    }

    static int run(Cli cli, String[] args) throws OfficeException {
        String sub = args.length == 0 ? "help" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        return switch (sub) {
            case "version" -> {
                cli.out.println(cli.texts.text("app.name") + " " + Version.get());
                yield Cli.OK;
            }
            case "help" -> help(cli, rest.length > 0 ? String.join(".", rest) : null);
            case "prepare" -> prepare(cli);
            case "install-profile" -> installInto(cli, Path.of(rest.length > 0 ? rest[0] : Cli.required("THETHUC_PROFILE")));
            case "demo" -> DemoCli.run(cli);
            case "check" -> CheckCli.run(cli, rest);
            case "new" -> NewCli.run(cli, rest);
            case "policy" -> PolicyCli.run(cli, rest);
            case "sign" -> SignCli.run(cli, rest);
            case "verify" -> VerifyCli.run(cli, rest);
            case "issue" -> IssueCli.run(cli, rest);
            default -> {
                for (Subcommand c : java.util.ServiceLoader.load(Subcommand.class)) {
                    if (c.name().equals(sub)) {
                        yield c.run(cli, rest);
                    }
                }
                cli.err.println(cli.texts.text("cli.unknown", sub));
                yield Cli.FAILED;
            }
        };
    }

    /** {@code help [COMMAND]}: the page, or one command's part. */
    private static int help(Cli cli, String command) {
        String page = Help.page(cli.texts, Version.get(), command);
        if (page == null) {
            cli.err.println(cli.texts.text("help.unknown", command.replace('.', ' '), Help.names()));
            return Cli.FAILED;
        }
        cli.out.print(page);
        return Cli.OK;
    }

    /** {@code prepare}: the extension installed into the private profile (the launcher's first run). */
    private static int prepare(Cli cli) throws OfficeException {
        Profile profile = new Profile(cli.profilesDir());
        String installed = profile.ensureInstalled(cli.oxt(), Installation.officeJava());
        if (installed != null) {
            cli.out.println(cli.texts.text("cli.installed", installed, profile.dir()));
        }
        return Cli.OK;
    }

    /** {@code install-profile [DIR]}: into an existing LibreOffice user profile (as root, where unopkg refuses). */
    private static int installInto(Cli cli, Path profileDir) throws OfficeException {
        try (Office office = Office.start(profileDir, Installation.officeJava())) {
            String version = new Extensions(office).install(cli.oxt(), "user");
            cli.out.println(cli.texts.text("cli.installed", version, profileDir));
        }
        return Cli.OK;
    }
}
