package org.cxlens.cli;

import java.io.PrintWriter;
import java.util.List;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Message;
import org.cxlens.workspace.ErrorLog;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one clear sentence on stderr and a non-zero exit code. A refusal
 * ({@link CxLensException}) is its own sentence; anything else, an {@link Error} such as running
 * out of memory included, says what stopped and where its full trace was written (the
 * {@link ErrorLog}). Stack traces on stderr only with {@code --debug}: users should never need to
 * read one. It is also the execution strategy, because picocli hands only exceptions, not errors,
 * to an exception handler.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IExecutionStrategy {

    static final int USER_ERROR = 1;
    /** An unexpected failure; picocli's own code for a command line it cannot parse is 2. */
    static final int INTERNAL_ERROR = 3;

    @Override
    public int execute(ParseResult parsed) {
        try {
            return new CommandLine.RunLast().execute(parsed);
        } catch (Error e) {
            List<CommandLine> commands = parsed.asCommandLineList();
            CommandLine ran = commands.get(commands.size() - 1);
            if (debug(parsed)) {
                e.printStackTrace(ran.getErr());
            }
            return internalError(e, ran.getCommandSpec().qualifiedName(), ran.getErr());
        }
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        if (debug(parsed)) {
            ex.printStackTrace(cmd.getErr());
        }
        if (ex instanceof CxLensException cx) {
            cmd.getErr().println(cx.getLocalizedMessage());
            return USER_ERROR;
        }
        return internalError(ex, cmd.getCommandSpec().qualifiedName(), cmd.getErr());
    }

    /**
     * The trace in the error log first (which gives back the heap reserve when memory ran out),
     * then one sentence: what stopped, why in a few words, and where the trace is.
     *
     * @param command what was running, as the user typed it: "cxlens import"
     */
    static int internalError(Throwable e, String command, PrintWriter err) {
        ErrorLog.Entry logged = ErrorLog.write(command, e);
        Message sentence = ErrorLog.outOfMemory(e)
                ? Message.of("cli.outOfMemory", command, ErrorLog.maxHeapMb(), logged.where())
                : Message.of("cli.unexpected", command, ErrorLog.summary(e), logged.where());
        err.println(sentence.render());
        err.flush();
        return INTERNAL_ERROR;
    }

    /** {@code --debug} on the command or any subcommand, however deep ({@code bench ui --debug}). */
    private static boolean debug(ParseResult parsed) {
        return parsed.hasMatchedOption("--debug") || parsed.subcommands().stream().anyMatch(ErrorHandler::debug);
    }
}
