package org.cxlens.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Message;
import org.cxlens.workspace.ErrorLog;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
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
                SummaryCommand.class, DriversCommand.class, PrioritiesCommand.class, SchemeCommand.class, TouchpointCommand.class,
                ExportCommand.class, ReportCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class CxLensCli {

    private CxLensCli() {
    }

    /**
     * Runs the command line and returns the exit code; {@code uiBench} runs the window for {@code bench ui}.
     * A failure on any thread, one the command never sees included, ends in one sentence on stderr.
     */
    public static int run(UiBench uiBench, String... args) {
        ErrorLog.reserve();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) ->
                ErrorHandler.internalError(e, "cxlens", new PrintWriter(System.err, true)));
        return commandLine(uiBench, System.getenv()).execute(args);
    }

    /** The command line without a desktop: {@code bench ui} says it cannot run. */
    static CommandLine commandLine() {
        return commandLine((project, runs, pause) -> {
            throw new CxLensException(Message.of("cli.bench.ui.noDesktop"));
        }, System.getenv());
    }

    static CommandLine commandLine(UiBench uiBench, Map<String, String> environment) {
        IFactory factory = new IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == BenchUiCommand.class ? type.cast(new BenchUiCommand(uiBench, environment))
                        : CommandLine.defaultFactory().create(type);
            }
        };
        ErrorHandler errors = new ErrorHandler();
        return new CommandLine(new CxLensCli(), factory).setExecutionStrategy(errors).setExecutionExceptionHandler(errors);
    }
}
