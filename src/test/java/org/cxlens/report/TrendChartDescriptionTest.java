package org.cxlens.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Arrays;
import org.cxlens.analysis.AnalysisEngine;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.Grouping;
import org.cxlens.domain.ClassificationScheme;
import org.junit.jupiter.api.Test;

/**
 * The respondents of {@link MonthlySurvey} by month. Delighted: January 8/40, March 20/40; March
 * against January: pooled 28/80, SE = √(0.35 · 0.65 · 2/40) = 0.10665, z = 0.3 / 0.10665 = 2.81, up.
 * April (10 × delighted) is a low base: no mark against March's 50 %. NPS: January 20 % − 20 % = 0,
 * March 30 % − 10 % = 20; variances (0.4 − 0)/40 and (0.4 − 0.04)/40, z = 0.2 / √0.019 = 1.45: no mark.
 * Website's delighted experiences: January 20/40, March 10/40: pooled 30/80, SE = 0.10825, z = −2.31, down.
 */
class TrendChartDescriptionTest {

    private final AnalysisEngine engine = MonthlySurvey.engine();

    private TrendChartDescription respondents(ChartMeasure measure) {
        return TrendChartDescription.of(engine.measures(Grouping.month(), Filter.NONE, ClassificationScheme.DEFAULT),
                measure, engine.settings(), "Trend", null, false);
    }

    @Test
    void describesEveryMonthWithItsValueIntervalAndBaseAndTheEmptyOneAsAGap() {
        TrendChartDescription trend = respondents(ChartMeasure.DELIGHTED);

        assertThat(trend.periods()).extracting(TrendPeriod::label).containsExactly("2024-01", "2024-02", "2024-03", "2024-04");
        assertThat(trend.periods()).extracting(TrendPeriod::n).containsExactly(40, 0, 40, 10);
        assertThat(trend.periods()).extracting(TrendPeriod::lowBase).containsExactly(false, true, false, true);
        assertThat(trend.periods().get(0).value()).isEqualTo(0.2);
        assertThat(trend.periods().get(2).value()).isEqualTo(0.5);
        assertThat(trend.periods().get(2).low()).isCloseTo(0.3520, offset(1e-4));
        assertThat(trend.periods().get(1).value()).isNaN();
        assertThat(trend.subject()).isNull();
    }

    @Test
    void marksASignificantChangeFromTheLatestEarlierPeriodButNeverOnALowBase() {
        TrendChartDescription trend = respondents(ChartMeasure.DELIGHTED);

        assertThat(trend.periods()).extracting(TrendPeriod::changeVsPrevious)
                .containsExactly(TrendChange.NONE, TrendChange.NONE, TrendChange.UP, TrendChange.NONE);
        assertThat(trend.periods()).extracting(TrendPeriod::previous).containsExactly(null, "2024-01", "2024-01", "2024-03");
    }

    @Test
    void npsIsTestedWithItsOwnVariance() {
        TrendChartDescription trend = respondents(ChartMeasure.NPS);

        assertThat(trend.periods().get(0).value()).isCloseTo(0, offset(1e-9));
        assertThat(trend.periods().get(2).value()).isCloseTo(20, offset(1e-9));
        assertThat(trend.periods().get(2).changeVsPrevious()).isEqualTo(TrendChange.NONE);
        assertThat(trend.periods().get(3).value()).isCloseTo(100, offset(1e-9));
        assertThat(trend.periods().get(3).lowBase()).isTrue();
    }

    @Test
    void aTouchpointsTrendIsItsRowOfTheHeatmap() {
        var heatmap = engine.heatmap(Grouping.month(), Filter.NONE, ClassificationScheme.DEFAULT);
        TrendChartDescription website = TrendChartDescription.of(Arrays.asList(heatmap.cells()[0]), ChartMeasure.DELIGHTED,
                engine.settings(), "Trend", "Website", false);

        assertThat(website.periods()).extracting(TrendPeriod::value).containsExactly(0.5, Double.NaN, 0.25, 1.0);
        assertThat(website.periods()).extracting(TrendPeriod::changeVsPrevious)
                .containsExactly(TrendChange.NONE, TrendChange.NONE, TrendChange.DOWN, TrendChange.NONE);
        TrendChartDescription satisfied = TrendChartDescription.of(Arrays.asList(heatmap.cells()[0]),
                ChartMeasure.SATISFIED_OR_BETTER, engine.settings(), "Trend", "Website", false);
        assertThat(satisfied.periods().get(2).value()).isEqualTo(0.75);
        assertThat(satisfied.periods().get(2).changeVsPrevious()).isEqualTo(TrendChange.DOWN);
    }
}
