package org.cxlens.report;

import java.util.List;
import org.cxlens.analysis.DriverModelBase;
import org.cxlens.analysis.DriverWarning;

/**
 * What the pages say about the driver model, as the CLI does: which respondents importance rests
 * on and how much R² explains, and the warnings, split into those that withhold the quadrant
 * verdicts (a caution banner) and those that only inform.
 *
 * @param line     one sentence on the model's base and R²
 * @param judged   whether the quadrant verdicts may be read
 * @param cautions warnings that withhold the verdicts
 * @param notes    warnings that do not
 */
public record ModelSummary(String line, boolean judged, List<String> cautions, List<String> notes) {

    public ModelSummary {
        cautions = List.copyOf(cautions);
        notes = List.copyOf(notes);
    }

    public static ModelSummary of(DriverChartDescription chart, PageTexts texts) {
        DriverModelBase model = chart.model();
        String line = Double.isNaN(chart.rSquared()) ? texts.text("drivers.model.none")
                : texts.text("drivers.model." + chart.method().name(), model.respondents(), chart.rSquared(),
                        Math.round(100 * chart.rSquared()), texts.render(chart.outcome().phrase()), model.completeCases());
        List<String> cautions = chart.warnings().stream().filter(w -> w.code().withholdsVerdicts())
                .map(DriverWarning::message).map(texts::render).toList();
        List<String> notes = chart.warnings().stream().filter(w -> !w.code().withholdsVerdicts())
                .map(DriverWarning::message).map(texts::render).toList();
        return new ModelSummary(line, chart.judged(), cautions, notes);
    }
}
