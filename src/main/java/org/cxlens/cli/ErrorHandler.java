package org.cxlens.cli;

import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Message;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one clear sentence on stderr and a non-zero exit code. Stack traces only
 * with {@code --debug}: users should never need to read one.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    static final int USER_ERROR = 1;
    static final int INTERNAL_ERROR = 3;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        boolean debug = parsed.hasMatchedOption("--debug")
                || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"));
        if (debug) {
            ex.printStackTrace(cmd.getErr());
        }
        if (ex instanceof CxLensException cx) {
            cmd.getErr().println(cx.getLocalizedMessage());
            return USER_ERROR;
        }
        cmd.getErr().println(Message.of(debug ? "cli.unexpected" : "cli.unexpected.hint", String.valueOf(ex)).render());
        return INTERNAL_ERROR;
    }
}
