package org.cxlens.ui.drivers;

import java.util.List;
import org.cxlens.domain.Touchpoint;
import org.cxlens.report.DriverChartDescription;
import org.cxlens.report.ModelSummary;

/**
 * What the drivers page shows for one filter and choice of outcome and performance measure.
 *
 * @param chart              the matrix and the table's figures
 * @param summary            the model's base, R² and warnings in words
 * @param recommendAvailable whether the project maps a recommend item, so the recommend outcome can be chosen
 * @param touchpoints        the project's touchpoints, to drill down into a clicked one
 */
public record DriversFigures(DriverChartDescription chart, ModelSummary summary, boolean recommendAvailable,
                             List<Touchpoint> touchpoints) {

    public DriversFigures {
        touchpoints = List.copyOf(touchpoints);
    }
}
