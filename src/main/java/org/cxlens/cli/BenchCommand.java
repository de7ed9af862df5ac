package org.cxlens.cli;

import picocli.CommandLine.Command;

/** Benchmarks on the reference data; figures go into the README. */
@Command(name = "bench", description = "Measures import and analysis speed on generated reference data.",
        subcommands = {ImportBenchmark.class, BenchAnalysisCommand.class})
final class BenchCommand {
}
