package org.cxlens.ui.journey;

import java.util.Map;
import org.cxlens.domain.Touchpoint;
import org.cxlens.report.JourneyChartDescription;

/**
 * The journey page's figures for one filter.
 *
 * @param chart       the steps in journey order
 * @param touchpoints the project's touchpoints by name, for drilling down from a step
 */
public record JourneyFigures(JourneyChartDescription chart, Map<String, Touchpoint> touchpoints) {

    public JourneyFigures {
        touchpoints = Map.copyOf(touchpoints);
    }
}
