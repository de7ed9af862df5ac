package org.cxlens.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Message;
import org.cxlens.sample.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code cxlens bench ui}: the real app window on the reference project (or another), each step's
 * median over the runs beside the target, and the longest the FX thread went without a
 * pulse. The window itself is run by the {@link UiBench} the launcher gives.
 */
@Command(name = "ui")
final class BenchUiCommand implements Callable<Integer> {

    private static final String LABELS = "cli.bench";

    @Spec CommandSpec spec;
    @Mixin DebugOption debug;

    @Option(names = "--project", paramLabel = "P")
    Path project;

    @Option(names = "--dir", paramLabel = "DIR")
    Path dir = Path.of("target", "bench");

    @Option(names = "--runs", paramLabel = "N")
    int runs = 3;

    @Option(names = "--start-page-pause", paramLabel = "MS")
    long startPagePause = UiStep.START_PAGE_PAUSE_MS;

    private final UiBench bench;
    private final Map<String, String> environment;

    BenchUiCommand(UiBench bench, Map<String, String> environment) {
        this.bench = bench;
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        if (runs < 1) {
            throw new ParameterException(spec.commandLine(), Message.of("cli.option.atLeastOne", "--runs").render());
        }
        if (startPagePause < 0) {
            throw new ParameterException(spec.commandLine(),
                    Message.of("cli.bench.ui.pauseNegative").render());
        }
        if (!hasDisplay(environment, System.getProperty("os.name", ""))) {
            throw new CxLensException(Message.of("cli.bench.ui.noDisplay"));
        }
        Report.Builder report = new Report.Builder(Message.of("cli.bench.ui.title"), LABELS);
        Path file = project;
        if (file == null) {
            file = referenceProject();
        } else if (!Files.isRegularFile(file)) {
            throw new CxLensException(Message.of("importer.read.notFound", file.toString()));
        }
        report.context("project", Cell.text(file.toString()))
                .context("max_heap_mb", Cell.count(Runtime.getRuntime().maxMemory() >> 20))
                .context("processors", Cell.count(Runtime.getRuntime().availableProcessors()))
                .context("start_page_pause_ms", Cell.count(startPagePause));
        table(report, bench.measure(file, runs, Duration.ofMillis(startPagePause)));
        ReportWriter.write(report.build(), OutputFormat.table, spec.commandLine().getOut());
        return 0;
    }

    /** The reference project; when it has to be made first, the time that took is a table of its own before the steps. */
    private Path referenceProject() throws CxLensException {
        boolean exists = Files.exists(ReferenceProject.path(dir, ReferenceData.CSV_RESPONDENTS));
        Report.Builder made = new Report.Builder(Message.of("cli.bench.ui.made"), LABELS)
                .column("step").column("ms").column("target_ms");
        Path file = ReferenceProject.ensure(dir, ReferenceData.CSV_RESPONDENTS, made,
                new ConsoleProgress(spec.commandLine().getErr()));
        if (!exists) {
            ReportWriter.write(made.build(), OutputFormat.table, spec.commandLine().getOut());
        }
        return file;
    }

    /** JavaFX needs an X display on Linux and other Unix systems; Windows and macOS always have one. */
    static boolean hasDisplay(Map<String, String> environment, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        String display = environment.get("DISPLAY");
        return display != null && !display.isBlank();
    }

    /** One row per step: runs, median, longest pulse gap and most FX work per pulse of all runs, target; a step never timed says so. */
    static void table(Report.Builder report, List<UiTiming> timings) {
        report.column("step").column("runs").column("median_ms").column("longest_gap_ms").column("longest_fx_work_ms")
                .column("target_ms");
        for (UiStep step : UiStep.values()) {
            List<UiTiming> mine = timings.stream().filter(t -> t.step() == step).toList();
            Cell label = Cell.phrase(Message.of("cli.bench.ui.step." + step.name()));
            Cell target = Double.isNaN(step.targetMs()) ? Cell.EMPTY : Cell.number(step.targetMs(), 0);
            if (mine.isEmpty()) {
                report.row(List.of(label, Cell.count(0), Cell.phrase(Message.of("cli.bench.ui.notAvailable")),
                        Cell.EMPTY, Cell.EMPTY, target));
                continue;
            }
            double[] ms = mine.stream().mapToDouble(UiTiming::ms).toArray();
            double gap = mine.stream().mapToDouble(UiTiming::longestGapMs).max().orElseThrow();
            double work = mine.stream().mapToDouble(UiTiming::longestWorkMs).max().orElseThrow();
            report.row(List.of(label, Cell.count(ms.length), Cell.number(ImportBenchmark.median(ms), 1),
                    Cell.number(gap, 1), Cell.number(work, 1), target));
        }
        report.note(Message.of("cli.bench.ui.note.painted"))
                .note(Message.of("cli.bench.ui.note.gap", UiStep.GAP_TARGET_MS))
                .note(Message.of("cli.bench.ui.note.work"))
                .note(Message.of("cli.bench.ui.note.open"))
                .note(Message.of("cli.bench.ui.note.pause"))
                .note(Message.of("cli.bench.ui.note.start"))
                .note(Message.of("cli.bench.ui.note.threshold"))
                .note(Message.of("cli.bench.ui.note.page"));
    }
}
