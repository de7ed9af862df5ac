package org.cxlens.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code cxlens} command line: one subcommand per headless task. */
@Command(name = "cxlens", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Offline customer-experience analysis. Without a command, starts the desktop app.",
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
