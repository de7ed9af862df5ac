package org.cxlens.cli;

import java.util.List;
import java.util.Locale;
import org.cxlens.analysis.DriverMethod;
import org.cxlens.analysis.DriverModelBase;
import org.cxlens.analysis.DriverOutcome;
import org.cxlens.analysis.DriverWarning;
import org.cxlens.analysis.Drivers;
import org.cxlens.domain.Message;

/**
 * What drivers and priorities say about the driver model: the outcome and who has it, which
 * respondents the correlations and the relative weights use, the model's base and R², whether
 * its verdicts are judged, and the warnings.
 */
final class DriverModelContext {

    private DriverModelContext() {
    }

    static void describe(Report.Builder report, Drivers drivers, boolean weighted) {
        DriverModelBase base = drivers.model();
        DriverOutcome outcome = drivers.outcome();
        report.context("outcome", Cell.phrase(outcome.phrase()))
                .context("outcome_respondents", Cell.count(base.withOutcome()));
        report.context("correlation_respondents", Cell.phrase(Message.of("cli.drivers.correlations")));
        report.context("method", Cell.phrase(method(drivers)))
                .context("model_base", Cell.count(base.respondents()), Report.Shown.TABLE_AND_CSV);
        if (weighted) {
            report.context("model_effective_base", Cell.number(base.effective(), 1), Report.Shown.TABLE_AND_CSV);
        }
        report.context("predictors", Cell.count(base.predictors()));
        if (outcome.kind() == DriverOutcome.Kind.DELIGHT) {
            report.context("outcome_from_touchpoints", Cell.count(base.outcomeFromTouchpoints()));
        }
        report.context("r_squared", Cell.number(drivers.rSquared(), 3), Report.Shown.TABLE_AND_CSV)
                .context("verdicts", Cell.phrase(Message.of(drivers.judged() ? "cli.drivers.judged"
                        : "cli.drivers.notJudged")))
                .context("judged", Cell.flag(drivers.judged()), Report.Shown.CSV);
        report.warnings(warnings(drivers.warnings()));
    }

    private static Message method(Drivers drivers) {
        DriverModelBase base = drivers.model();
        return drivers.method() == DriverMethod.COMPLETE_CASES
                ? Message.of("cli.drivers.method.COMPLETE_CASES", base.respondents())
                : Message.of("cli.drivers.method.MEAN_IMPUTED", base.respondents(), base.completeCases());
    }

    static List<Report.Warning> warnings(List<DriverWarning> warnings) {
        return warnings.stream()
                .map(w -> new Report.Warning(w.code().name().toLowerCase(Locale.ROOT), Cell.phrase(w.message())))
                .toList();
    }
}
