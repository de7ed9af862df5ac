package org.cxlens.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code cxlens} command line: one subcommand per headless task. All help texts (command, option
 * and parameter descriptions) live in the resource bundle {@code org/cxlens/cli/help*.properties},
 * which every subcommand inherits; the annotations hold no description text.
 */
@Command(name = "cxlens", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        versionProvider = Version.class,
        resourceBundle = "org.cxlens.cli.help",
        subcommands = {ImportCommand.class, SuggestCommand.class, InfoCommand.class, SampleCommand.class,
                SummaryCommand.class, DriversCommand.class, PrioritiesCommand.class, SchemeCommand.class, TouchpointCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class CxLensCli {

    private CxLensCli() {
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        return new CommandLine(new CxLensCli()).setExecutionExceptionHandler(new ErrorHandler());
    }
}
