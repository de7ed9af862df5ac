package org.cxlens.ui.trend;

import java.util.List;
import org.cxlens.analysis.Grouping;
import org.cxlens.report.ChartMeasure;
import org.cxlens.report.TrendChartDescription;

/**
 * What the trend page shows for one filter.
 *
 * @param periodChoices wave and month, as far as the data has them
 * @param period        the one shown, or null when the data has neither
 * @param subjects      all respondents, then the touchpoints the filter keeps, in journey order
 * @param subject       the one shown
 * @param measures      the measures the subject offers (NPS only for respondents with a 0–10 recommend item)
 * @param measure       the one shown
 * @param chart         the trend, or null when the data has no period
 */
public record TrendFigures(List<Grouping> periodChoices, Grouping period, List<TrendSubject> subjects,
                           TrendSubject subject, List<ChartMeasure> measures, ChartMeasure measure,
                           TrendChartDescription chart) {

    public TrendFigures {
        periodChoices = List.copyOf(periodChoices);
        subjects = List.copyOf(subjects);
        measures = List.copyOf(measures);
    }
}
