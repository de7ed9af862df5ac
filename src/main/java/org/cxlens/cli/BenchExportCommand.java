package org.cxlens.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cxlens.analysis.Filter;
import org.cxlens.domain.Message;
import org.cxlens.domain.Progress;
import org.cxlens.sample.ReferenceData;
import org.cxlens.workspace.DeliverableFormat;
import org.cxlens.workspace.Deliverables;
import org.cxlens.workspace.OpenProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Times every registered deliverable on the reference project (opened once): the median of the runs
 * against ≤ 5 s. The lists of every respondent (workbook, CSV) have no target and are timed on request.
 */
@Command(name = "export")
final class BenchExportCommand implements Callable<Integer> {

    private static final String LABELS = "cli.bench";
    private static final double MS = 1e6;
    private static final double TARGET_MS = 5000;

    @Spec CommandSpec spec;
    @Mixin DebugOption debug;

    @Option(names = "--dir", paramLabel = "DIR")
    Path dir = Path.of("target", "bench");

    @Option(names = "--runs", paramLabel = "N")
    int runs = 2;

    @Option(names = "--respondents")
    boolean respondentLists;

    @Override
    public Integer call() throws Exception {
        if (runs < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    Message.of("cli.option.atLeastOne", "--runs").render());
        }
        int respondents = ReferenceData.CSV_RESPONDENTS;
        Path project = ReferenceProject.path(dir, respondents);
        Report.Builder report = new Report.Builder(Message.of("cli.bench.export.title"), LABELS);
        report.context("project", Cell.text(project.toString()))
                .context("max_heap_mb", Cell.count(Runtime.getRuntime().maxMemory() >> 20))
                .context("processors", Cell.count(Runtime.getRuntime().availableProcessors()));
        report.column("step").column("ms").column("target_ms");
        ReferenceProject.ensure(dir, respondents, report, new ConsoleProgress(spec.commandLine().getErr()));
        try (OpenProject opened = OpenProject.open(project)) {
            for (DeliverableFormat format : Deliverables.available()) {
                if (format.listsRespondents() && !respondentLists) {
                    continue;
                }
                Path target = dir.resolve("reference." + format.name().toLowerCase(Locale.ROOT) + "." + format.extension());
                double[] took = new double[runs];
                for (int run = 0; run < runs; run++) {
                    long start = System.nanoTime();
                    Deliverables.export(opened, Filter.NONE, Locale.ENGLISH, format, target, false, Progress.NONE);
                    took[run] = (System.nanoTime() - start) / MS;
                }
                BenchAnalysisCommand.row(report, Message.of("cli.bench.step.export", format.name(), runs,
                        Files.size(target) >> 10), ImportBenchmark.median(took),
                        format.listsRespondents() ? Double.NaN : TARGET_MS);
            }
        }
        ReportWriter.write(report.build(), OutputFormat.table, spec.commandLine().getOut());
        return 0;
    }
}
