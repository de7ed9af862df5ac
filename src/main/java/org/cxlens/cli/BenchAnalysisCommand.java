package org.cxlens.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.cxlens.analysis.AnalysisEngine;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.GroupMeasure;
import org.cxlens.analysis.Grouping;
import org.cxlens.analysis.TouchpointMeasure;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Message;
import org.cxlens.domain.Progress;
import org.cxlens.domain.SurveyData;
import org.cxlens.domain.Touchpoint;
import org.cxlens.report.CsvDialect;
import org.cxlens.sample.ReferenceData;
import org.cxlens.workspace.DrillColumn;
import org.cxlens.workspace.DrillDown;
import org.cxlens.workspace.Mark;
import org.cxlens.workspace.OpenProject;
import org.cxlens.workspace.OpeningStep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "analysis")
final class BenchAnalysisCommand implements Callable<Integer> {

    /** Its own label keys: the benchmark's "respondents" are all of the project's, not the ones a filter selected. */
    private static final String LABELS = "cli.bench";
    private static final int REPEATS = 20;
    /** The drill-down target: a selection of about this many respondents, first page in ≤ 0.5 s. */
    private static final int DRILL_RESPONDENTS = 300_000;
    private static final int DRILL_PAGE = 100;
    private static final int DRILL_REPEATS = 3;
    private static final double MS = 1e6;

    @Spec CommandSpec spec;
    @Mixin DebugOption debug;

    @Option(names = "--respondents", paramLabel = "N")
    int respondents = ReferenceData.CSV_RESPONDENTS;

    @Option(names = "--dir", paramLabel = "DIR")
    Path dir = Path.of("target", "bench");

    @Override
    public Integer call() throws Exception {
        if (respondents < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    Message.of("cli.option.atLeastOne", "--respondents").render());
        }
        Path project = ReferenceProject.path(dir, respondents);
        Report.Builder report = new Report.Builder(Message.of("cli.bench.analysis.title"), LABELS);
        report.context("project", Cell.text(project.toString()))
                .context("max_heap_mb", Cell.count(Runtime.getRuntime().maxMemory() >> 20))
                .context("processors", Cell.count(Runtime.getRuntime().availableProcessors()));
        report.column("step").column("ms").column("target_ms");
        ReferenceProject.ensure(dir, respondents, report, new ConsoleProgress(spec.commandLine().getErr()));

        HeapMeter.reset();

        long[] took = new long[OpeningStep.values().length];
        long start = System.nanoTime();
        try (OpenProject opened = OpenProject.open(project, true, (step, nanos) -> took[step.ordinal()] = nanos)) {
            long ready = System.nanoTime();
            for (OpeningStep step : OpeningStep.values()) {
                row(report, Message.of("cli.bench.step.open", call(step)), took[step.ordinal()] / MS, Double.NaN);
            }
            row(report, Message.of("cli.bench.step.openTotal"), (ready - start) / MS, 2000);
            measureQueries(opened, report);
            measureDrillDown(opened, report, dir.resolve("drill-down.csv"));
        }
        report.note(Message.of("cli.bench.analysis.note"));
        ReportWriter.write(report.build(), OutputFormat.table, spec.commandLine().getOut());
        return 0;
    }

    /** The call that does most of the step's work, as the benchmark's rows have always named it. */
    private static String call(OpeningStep step) {
        return switch (step) {
            case OPEN_FILE -> "ProjectFile.open";
            case LOAD_DATA -> "loadSurveyData";
            case PREPARE_ENGINE -> "AnalysisEngine.prepare";
            case CHECK_FILE -> "quick_check (rest)";
        };
    }

    /** A cold dashboard, then threshold and filter changes as a trainer clicking through makes them. */
    private static void measureQueries(OpenProject opened, Report.Builder report) {
        AnalysisEngine engine = opened.engine();
        ClassificationScheme scheme = opened.scheme();
        SurveyData data = opened.data();

        long coldStart = System.nanoTime();
        Dashboard cold = engine.dashboard(Filter.NONE, scheme);
        row(report, Message.of("cli.bench.step.coldDashboard"), (System.nanoTime() - coldStart) / MS, 100);

        double[] afterThreshold = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            ClassificationScheme changed = new ClassificationScheme(0.75 + 0.01 * i, scheme.satisfiedFrom() - 0.01 * (i % 5),
                    scheme.recoveryBelow());
            long start = System.nanoTime();
            engine.dashboard(Filter.NONE, changed);
            afterThreshold[i] = (System.nanoTime() - start) / MS;
        }
        row(report, Message.of("cli.bench.step.afterThreshold", REPEATS), ImportBenchmark.median(afterThreshold), 100);

        List<Filter> filters = filters(data);
        double[] afterFilter = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            Filter filter = filters.get(i % filters.size());
            long start = System.nanoTime();
            engine.dashboard(filter, scheme);
            afterFilter[i] = (System.nanoTime() - start) / MS;
        }
        row(report, Message.of("cli.bench.step.afterFilter", REPEATS), ImportBenchmark.median(afterFilter), 100);

        long peak = HeapMeter.peakBytes();
        report.context("respondents", Cell.count(data.size()))
                .context("touchpoints", Cell.count(data.touchpoints().size()))
                .context("dashboard_rows", Cell.count(cold.touchpoints().size() + cold.departments().size()))
                .context("filters", Cell.count(filters.size()))
                .context("peak_heap_mb", Cell.count(peak >> 20));
    }

    /**
     * Drill-down into the touchpoint bar segment or wave nearest to 300,000 respondents: the
     * first page, the first page after a sort and after a search, and its CSV export.
     */
    private static void measureDrillDown(OpenProject opened, Report.Builder report, Path csv)
            throws CxLensException {
        Mark mark = markNearest(opened, DRILL_RESPONDENTS);
        double[] first = new double[DRILL_REPEATS];
        DrillDown drill = null;
        for (int i = 0; i < DRILL_REPEATS; i++) {
            long start = System.nanoTime();
            drill = opened.drillDown(Filter.NONE, mark);
            drill.page(0, DRILL_PAGE);
            first[i] = (System.nanoTime() - start) / MS;
        }
        report.context("drill_down", Cell.phrase(drill.sentence()));
        row(report, Message.of("cli.bench.step.drillDown", DRILL_PAGE, DRILL_REPEATS), ImportBenchmark.median(first),
                500);
        Touchpoint scored = mark.touchpoint() != null ? mark.touchpoint() : opened.data().touchpoints().get(0);
        double[] sorted = new double[DRILL_REPEATS];
        for (int i = 0; i < DRILL_REPEATS; i++) {
            long start = System.nanoTime();
            drill.sortedBy(DrillColumn.score(scored), i % 2 == 0).page(0, DRILL_PAGE);
            sorted[i] = (System.nanoTime() - start) / MS;
        }
        row(report, Message.of("cli.bench.step.drillSort", DRILL_PAGE, DRILL_REPEATS), ImportBenchmark.median(sorted),
                Double.NaN);
        double[] searched = new double[DRILL_REPEATS];
        for (int i = 0; i < DRILL_REPEATS; i++) {
            long start = System.nanoTime();
            drill.searchedFor("disappointed").page(0, DRILL_PAGE);
            searched[i] = (System.nanoTime() - start) / MS;
        }
        row(report, Message.of("cli.bench.step.drillSearch", DRILL_REPEATS), ImportBenchmark.median(searched),
                Double.NaN);
        long start = System.nanoTime();
        drill.exportCsv(csv, CsvDialect.COMMA, Progress.NONE);
        row(report, Message.of("cli.bench.step.drillExport"), (System.nanoTime() - start) / MS, Double.NaN);
    }

    /** Of every touchpoint bar segment and every wave, the mark whose respondents number closest to the target. */
    private static Mark markNearest(OpenProject opened, int target) {
        Mark best = Mark.NONE;
        long bestCount = opened.data().size();
        for (TouchpointMeasure t : opened.dashboard(Filter.NONE).touchpoints()) {
            for (ExperienceClass c : ExperienceClass.values()) {
                long count = Math.round(t.measure().classes().share(c) * t.measure().classes().base());
                if (Math.abs(count - target) < Math.abs(bestCount - target)) {
                    best = Mark.experience(t.touchpoint(), c);
                    bestCount = count;
                }
            }
        }
        for (GroupMeasure wave : opened.measures(Grouping.wave(), Filter.NONE)) {
            if (Math.abs(wave.classes().base() - target) < Math.abs(bestCount - target)) {
                best = Mark.group(Grouping.wave(), wave.label());
                bestCount = wave.classes().base();
            }
        }
        return best;
    }

    /** Each wave on its own, then each value of the first segment attribute: a trainer clicking through. */
    private static List<Filter> filters(SurveyData data) {
        List<Filter> filters = new ArrayList<>();
        data.wave().values().forEach(w -> filters.add(Filter.NONE.withWaves(Set.of(w))));
        if (!data.segments().isEmpty()) {
            SurveyData.Segment segment = data.segments().get(0);
            segment.column().values().forEach(v -> filters.add(Filter.NONE.withSegment(segment.name(), Set.of(v))));
        }
        if (filters.isEmpty()) {
            filters.add(Filter.NONE.withClasses(Set.of(org.cxlens.domain.ExperienceClass.DELIGHTED)));
        }
        return filters;
    }

    static void row(Report.Builder report, Message step, double ms, double target) {
        report.row(List.of(Cell.phrase(step), Cell.number(ms, 1),
                Double.isNaN(target) ? Cell.EMPTY : Cell.number(target, 0)));
    }
}
