package org.cxlens.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.DriverOutcome;
import org.cxlens.analysis.Drivers;
import org.cxlens.analysis.Priority;
import org.cxlens.analysis.PriorityTargets;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Message;
import org.cxlens.domain.MomentType;
import org.cxlens.workspace.OpenProject;
import org.cxlens.workspace.PriorityPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "priorities")
final class PrioritiesCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin DebugOption debug;
    @Mixin AnalysisOptions options;

    @Option(names = "--outcome", paramLabel = "delighted|recommend|overall|COLUMN=VALUE")
    String outcome = OutcomeArgument.DEFAULT;

    @Override
    public Integer call() throws Exception {
        try (OpenProject analysis = options.open()) {
            write(analysis);
        }
        return 0;
    }

    private void write(OpenProject analysis) throws CxLensException {
        DriverOutcome driverOutcome = OutcomeArgument.parse(outcome, analysis.data());
        PriorityPlan plan = analysis.priorities(options.filter(analysis), driverOutcome);
        Dashboard dashboard = plan.dashboard();
        Drivers drivers = plan.drivers();
        Report.Builder report = new Report.Builder(Message.of("cli.priorities.title", driverOutcome.phrase()),
                Report.ANALYSIS_LABELS);
        options.describeBase(report, analysis, dashboard);
        DriverModelContext.describe(report, drivers, dashboard.weighted());
        report.context("importance_used", Cell.phrase(Message.of(drivers.judged() ? "cli.priorities.importanceUsed"
                : "cli.priorities.importanceNotUsed")));
        report.column("rank", "#").column("touchpoint").column("moment_type").column("measure").column("actual_pct")
                .column("target_pct").column("gap_pts").column("importance_pct").column("driver_rank").column("low_base")
                .trailingColumn("reason");
        int rank = 0;
        for (Priority p : plan.priorities()) {
            rank++;
            MomentType type = p.touchpoint().momentType();
            report.row(List.of(Cell.count(rank), Cell.text(p.touchpoint().name()),
                    Cell.phrase(Message.of("cli.moment." + type)),
                    Cell.phrase(Message.of("cli.priorities.measure." + type)),
                    Cell.percent(p.actual()), Cell.percent(p.target()), Cell.number(100 * p.gap(), 1),
                    Cell.percent(p.importance()), p.driverRank() > 0 ? Cell.count(p.driverRank()) : Cell.EMPTY,
                    Cell.flag(p.lowBase()), Cell.phrase(p.reason())));
        }
        report.note(Message.of("cli.priorities.note", percent(PriorityTargets.DEFAULT.momentOfTruthSatisfied()),
                percent(PriorityTargets.DEFAULT.excelDelighted()), percent(PriorityTargets.DEFAULT.standardRecoveryMax())));
        ReportWriter.write(report.build(), options.format, spec.commandLine().getOut());
    }

    private static long percent(double share) {
        return Math.round(100 * share);
    }
}
