package org.cxlens.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.Driver;
import org.cxlens.analysis.DriverOutcome;
import org.cxlens.analysis.DriverWarning;
import org.cxlens.analysis.Drivers;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.PerformanceMeasure;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Message;
import org.cxlens.workspace.OpenProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "drivers")
final class DriversCommand implements Callable<Integer> {

    enum Performance { satisfied, delighted }

    @Spec CommandSpec spec;
    @Mixin DebugOption debug;
    @Mixin AnalysisOptions options;

    @Option(names = "--outcome", paramLabel = "delighted|recommend|overall|COLUMN=VALUE")
    String outcome = OutcomeArgument.DEFAULT;

    @Option(names = "--performance", paramLabel = "satisfied|delighted")
    Performance performance = Performance.satisfied;

    @Override
    public Integer call() throws Exception {
        try (OpenProject analysis = options.open()) {
            write(analysis);
        }
        return 0;
    }

    private void write(OpenProject analysis) throws CxLensException {
        DriverOutcome driverOutcome = OutcomeArgument.parse(outcome, analysis.data());
        Filter filter = options.filter(analysis);
        Dashboard dashboard = analysis.dashboard(filter);
        Drivers drivers = analysis.drivers(filter, driverOutcome,
                performance == Performance.delighted ? PerformanceMeasure.DELIGHTED
                        : PerformanceMeasure.SATISFIED_OR_DELIGHTED);
        requireOutcome(drivers);
        Report.Builder report = new Report.Builder(
                Message.of("cli.drivers.title." + OutcomeArgument.key(driverOutcome), driverOutcome.attribute(),
                        driverOutcome.value()), Report.ANALYSIS_LABELS);
        options.describeBase(report, analysis, dashboard);
        DriverModelContext.describe(report, drivers, dashboard.weighted());
        report.context("performance_measure", Cell.phrase(Message.of("cli.drivers.performance." + performance)))
                .context("mean_importance_pct", Cell.percent(drivers.meanImportance()))
                .context("mean_performance_pct", Cell.percent(drivers.meanPerformance()));
        report.column("touchpoint").column("n").column("correlation").column("relative_weight").column("importance_pct")
                .column("performance_pct").column("rank").column("quadrant");
        Cell notJudged = Cell.phrase(Message.of("cli.quadrant.notJudged"));
        for (Driver d : drivers.drivers()) {
            Cell quadrant = d.quadrant() != null ? Cell.phrase(Message.of("cli.quadrant." + d.quadrant()))
                    : drivers.judged() ? Cell.EMPTY : notJudged;
            report.row(List.of(Cell.text(d.touchpoint().name()), Cell.count(d.correlationBase()),
                    Cell.number(d.correlation(), 3), Cell.number(d.relativeWeight(), 3), Cell.percent(d.importance()),
                    Cell.percent(d.performance()), d.rank() > 0 ? Cell.count(d.rank()) : Cell.EMPTY, quadrant));
        }
        report.note(Message.of("cli.drivers.note"));
        ReportWriter.write(report.build(), options.format, spec.commandLine().getOut());
    }

    /** Without an outcome there is nothing to report: one sentence saying why, and which outcomes there are. */
    private void requireOutcome(Drivers drivers) throws CxLensException {
        for (DriverWarning w : drivers.warnings()) {
            if (w.code() == DriverWarning.Code.NO_OUTCOME_ITEM || w.code() == DriverWarning.Code.NO_OUTCOME) {
                throw new CxLensException(Message.of("cli.drivers.noOutcome", w.message()));
            }
        }
    }
}
