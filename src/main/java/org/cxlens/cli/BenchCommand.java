package org.cxlens.cli;

import picocli.CommandLine.Command;

/** Benchmarks on the reference data; figures go into the README. */
@Command(name = "bench", subcommands = {ImportBenchmark.class, BenchAnalysisCommand.class, BenchSuggestCommand.class,
        BenchUiCommand.class, BenchExportCommand.class})
final class BenchCommand {
}
