package org.cxlens.cli;

import picocli.CommandLine.Option;

/** {@code --debug}: show stack traces of errors (read by {@link ErrorHandler}). */
final class DebugOption {

    @Option(names = "--debug", descriptionKey = "debug")
    boolean debug;
}
