package org.cxlens.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.Driver;
import org.cxlens.analysis.DriverMethod;
import org.cxlens.analysis.DriverOutcome;
import org.cxlens.analysis.Drivers;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.PerformanceMeasure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "drivers", description = "Key drivers: per touchpoint its correlation with the outcome, its relative "
        + "weight (share of R²), its performance and its quadrant of the importance–performance matrix.")
final class DriversCommand implements Callable<Integer> {

    enum Outcome { delighted, recommend }

    enum Performance { satisfied, delighted }

    @Spec CommandSpec spec;
    @Mixin DebugOption debug;
    @Mixin AnalysisOptions options;

    @Option(names = "--outcome", paramLabel = "delighted|recommend",
            description = "what the touchpoints explain: being delighted overall, or the recommend score "
                    + "(default: ${DEFAULT-VALUE})")
    Outcome outcome = Outcome.delighted;

    @Option(names = "--performance", paramLabel = "satisfied|delighted",
            description = "performance axis: share satisfied or delighted, or share delighted (default: ${DEFAULT-VALUE})")
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
        Report.Builder report = new Report.Builder("Key drivers of " + (outcome == Outcome.delighted
                ? "being delighted overall" : "the recommend score"));
        options.describeBase(report, analysis, dashboard);
        report.context("outcome", "Outcome", Cell.text(outcome.name()))
                .context("method", "Method", Cell.text(method(drivers.method())))
                .context("model_base", "Respondents in the model", Cell.count(drivers.base()))
                .context("r_squared", "R²", Cell.number(drivers.rSquared(), 3))
                .context("performance_measure", "Performance", Cell.text(performance == Performance.delighted
                        ? "share delighted" : "share satisfied or delighted"))
                .context("mean_importance_pct", "Mean importance %", Cell.percent(drivers.meanImportance()))
                .context("mean_performance_pct", "Mean performance %", Cell.percent(drivers.meanPerformance()));
        report.column("touchpoint", "Touchpoint").column("n", "n").column("correlation", "correlation")
                .column("relative_weight", "rel. weight").column("importance_pct", "importance %")
                .column("performance_pct", "performance %").column("rank", "rank").column("quadrant", "quadrant");
        for (Driver d : drivers.drivers()) {
            report.row(List.of(Cell.text(d.touchpoint().name()), Cell.count(d.correlationBase()),
                    Cell.number(d.correlation(), 3), Cell.number(d.relativeWeight(), 3), Cell.percent(d.importance()),
                    Cell.percent(d.performance()), d.rank() > 0 ? Cell.count(d.rank()) : Cell.EMPTY,
                    Cell.text(d.quadrant() == null ? "" : d.quadrant().name().toLowerCase(Locale.ROOT).replace('_', ' '))));
        }
        report.note("Relative weight: Johnson's relative weight, the part of R² the touchpoint accounts for; "
                + "importance = relative weight / R². Quadrants split at the mean importance and mean performance.");
        ReportWriter.write(report.build(), options.format, spec.commandLine().getOut());
        return 0;
    }

    private static String method(DriverMethod method) {
        return method == DriverMethod.COMPLETE_CASES ? "complete cases (respondents who scored every touchpoint)"
                : "mean imputation (too few complete cases; missing scores replaced by the touchpoint mean)";
    }
}
