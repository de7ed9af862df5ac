package org.cxlens.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.Driver;
import org.cxlens.analysis.DriverOutcome;
import org.cxlens.analysis.Drivers;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.PerformanceMeasure;
import org.cxlens.domain.Message;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "drivers")
final class DriversCommand implements Callable<Integer> {

    enum Outcome { delighted, recommend }

    enum Performance { satisfied, delighted }

    @Spec CommandSpec spec;
    @Mixin DebugOption debug;
    @Mixin AnalysisOptions options;

    @Option(names = "--outcome", paramLabel = "delighted|recommend")
    Outcome outcome = Outcome.delighted;

    @Option(names = "--performance", paramLabel = "satisfied|delighted")
    Performance performance = Performance.satisfied;

    @Override
    public Integer call() throws Exception {
        ProjectAnalysis analysis = options.open();
        Filter filter = options.filter(analysis);
        Dashboard dashboard = analysis.engine().dashboard(filter, analysis.scheme());
        Drivers drivers = analysis.engine().drivers(filter, analysis.scheme(),
                outcome == Outcome.delighted ? DriverOutcome.DELIGHT : DriverOutcome.RECOMMEND,
                performance == Performance.delighted ? PerformanceMeasure.DELIGHTED
                        : PerformanceMeasure.SATISFIED_OR_DELIGHTED);
        Report.Builder report = new Report.Builder(Message.of("cli.drivers.title." + outcome), Report.ANALYSIS_LABELS);
        options.describeBase(report, analysis, dashboard);
        report.context("outcome", Cell.phrase(Message.of("cli.drivers.outcome." + outcome)))
                .context("method", Cell.phrase(Message.of("cli.drivers.method." + drivers.method())))
                .context("model_base", Cell.count(drivers.base()))
                .context("r_squared", Cell.number(drivers.rSquared(), 3))
                .context("performance_measure", Cell.phrase(Message.of("cli.drivers.performance." + performance)))
                .context("mean_importance_pct", Cell.percent(drivers.meanImportance()))
                .context("mean_performance_pct", Cell.percent(drivers.meanPerformance()));
        report.column("touchpoint").column("n").column("correlation").column("relative_weight").column("importance_pct")
                .column("performance_pct").column("rank").column("quadrant");
        for (Driver d : drivers.drivers()) {
            report.row(List.of(Cell.text(d.touchpoint().name()), Cell.count(d.correlationBase()),
                    Cell.number(d.correlation(), 3), Cell.number(d.relativeWeight(), 3), Cell.percent(d.importance()),
                    Cell.percent(d.performance()), d.rank() > 0 ? Cell.count(d.rank()) : Cell.EMPTY,
                    d.quadrant() == null ? Cell.EMPTY : Cell.phrase(Message.of("cli.quadrant." + d.quadrant()))));
        }
        report.note(Message.of("cli.drivers.note"));
        ReportWriter.write(report.build(), options.format, spec.commandLine().getOut());
        return 0;
    }
}
