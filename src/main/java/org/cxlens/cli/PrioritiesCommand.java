package org.cxlens.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.DriverOutcome;
import org.cxlens.analysis.Drivers;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.PerformanceMeasure;
import org.cxlens.analysis.Priority;
import org.cxlens.analysis.PriorityPlanner;
import org.cxlens.analysis.PriorityTargets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "priorities", description = "The action list: touchpoints furthest behind their moment-type target "
        + "on the strongest drivers of delight first, each with a one-sentence reason.")
final class PrioritiesCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin DebugOption debug;
    @Mixin AnalysisOptions options;

    @Override
    public Integer call() throws Exception {
        ProjectAnalysis analysis = options.open();
        Filter filter = options.filter(analysis);
        Dashboard dashboard = analysis.engine().dashboard(filter, analysis.scheme());
        Drivers drivers = analysis.engine().drivers(filter, analysis.scheme(), DriverOutcome.DELIGHT,
                PerformanceMeasure.SATISFIED_OR_DELIGHTED);
        List<Priority> priorities = PriorityPlanner.plan(dashboard, drivers, PriorityTargets.DEFAULT);
        Report.Builder report = new Report.Builder("Priorities (gap to target × importance for delight)");
        options.describeBase(report, analysis, dashboard);
        report.column("rank", "#").column("touchpoint", "Touchpoint").column("moment_type", "moment")
                .column("measure", "judged on").column("actual_pct", "actual %").column("target_pct", "target %")
                .column("gap_pts", "gap (pts)").column("importance_pct", "importance %").column("driver_rank", "driver")
                .column("low_base", "low base").trailingColumn("reason", "reason");
        int rank = 0;
        for (Priority p : priorities) {
            rank++;
            report.row(List.of(Cell.count(rank), Cell.text(p.touchpoint().name()), Cell.text(moment(p)),
                    Cell.text(measure(p)), Cell.percent(p.actual()), Cell.percent(p.target()),
                    Cell.number(100 * p.gap(), 1), Cell.percent(p.importance()),
                    p.driverRank() > 0 ? Cell.count(p.driverRank()) : Cell.EMPTY, Cell.flag(p.lowBase()),
                    Cell.text(p.reason().render())));
        }
        report.note("Targets per moment type: moment of truth ≥ "
                + percent(PriorityTargets.DEFAULT.momentOfTruthSatisfied()) + " % satisfied or delighted, excel ≥ "
                + percent(PriorityTargets.DEFAULT.excelDelighted()) + " % delighted, standard ≤ "
                + percent(PriorityTargets.DEFAULT.standardRecoveryMax())
                + " % needing recovery, unless the touchpoint has its own target.");
        ReportWriter.write(report.build(), options.format, spec.commandLine().getOut());
        return 0;
    }

    private static String moment(Priority p) {
        return switch (p.touchpoint().momentType()) {
            case MOMENT_OF_TRUTH -> "moment of truth";
            case EXCEL -> "excel";
            case STANDARD -> "standard";
        };
    }

    private static String measure(Priority p) {
        return switch (p.touchpoint().momentType()) {
            case MOMENT_OF_TRUTH -> "satisfied or delighted";
            case EXCEL -> "delighted";
            case STANDARD -> "recovery needed";
        };
    }

    private static String percent(double share) {
        return Long.toString(Math.round(100 * share));
    }
}
