package org.cxlens.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import org.cxlens.analysis.Filter;
import org.cxlens.analysis.Grouping;
import org.cxlens.analysis.Heatmap;
import org.cxlens.domain.ClassificationScheme;
import org.junit.jupiter.api.Test;

/**
 * The heatmap of {@link MonthlySurvey} by month. Website in January: delighted 20 of 40, Wilson
 * 95 % = (0.5 + z²/80 ± z·√(0.25/40 + z²/6400)) / (1 + z²/40) = 0.3520 … 0.6480. Against the rest
 * (March 10/40 + April 10/10 = 20/50): pooled 40/90, SE = √(4/9 · 5/9 · (1/40 + 1/50)) = 0.10541,
 * z = 0.1 / 0.10541 = 0.95, not significant; March 10/40 against 30/50: z = −0.35 / 0.10541 = −3.32,
 * lower. Recovery in March 10/40 against 0/50: pooled 10/90, SE = 0.06667, z = 3.75, higher.
 * Satisfied or better in January 40/40 against 40/50: pooled 80/90, SE = 0.06667, z = 3.0, higher.
 */
class HeatmapDescriptionTest {

    private static HeatmapDescription byMonth(ChartMeasure measure) {
        Heatmap heatmap = MonthlySurvey.engine().heatmap(Grouping.month(), Filter.NONE, ClassificationScheme.DEFAULT);
        return HeatmapDescription.of(heatmap, measure, "Heatmap", false);
    }

    @Test
    void describesEveryTouchpointByEveryMonthWithCasesLeavingOutTheEmptyOne() {
        HeatmapDescription map = byMonth(ChartMeasure.DELIGHTED);

        assertThat(map.rowLabels()).containsExactly("Website", "Delivery");
        assertThat(map.columnLabels()).containsExactly("2024-01", "2024-03", "2024-04");
        assertThat(map.emptyColumns()).containsExactly("2024-02");
        HeatCell january = map.cell(0, 0);
        assertThat(january.share()).isEqualTo(0.5);
        assertThat(january.n()).isEqualTo(20);
        assertThat(january.base()).isEqualTo(40);
        assertThat(january.low()).isCloseTo(0.3520, offset(1e-4));
        assertThat(january.high()).isCloseTo(0.6480, offset(1e-4));
        assertThat(january.lowBase()).isFalse();
        assertThat(map.cell(1, 0).share()).isEqualTo(0.0);
        assertThat(map.cell(1, 1).empty()).isTrue();
        assertThat(map.cell(1, 1).n()).isZero();
    }

    @Test
    void marksCellsAgainstTheTouchpointsOtherGroupsButNeverOnALowBase() {
        HeatmapDescription delighted = byMonth(ChartMeasure.DELIGHTED);
        assertThat(delighted.cell(0, 0).vsRest()).isEqualTo(VsRest.NONE);
        assertThat(delighted.cell(0, 1).vsRest()).isEqualTo(VsRest.LOWER);
        HeatCell april = delighted.cell(0, 2);
        assertThat(april.lowBase()).isTrue();
        assertThat(april.share()).isEqualTo(1.0);
        assertThat(april.vsRest()).isEqualTo(VsRest.NONE);

        HeatmapDescription recovery = byMonth(ChartMeasure.RECOVERY);
        assertThat(recovery.cell(0, 1).share()).isEqualTo(0.25);
        assertThat(recovery.cell(0, 1).n()).isEqualTo(10);
        assertThat(recovery.cell(0, 1).vsRest()).isEqualTo(VsRest.HIGHER);

        HeatmapDescription satisfied = byMonth(ChartMeasure.SATISFIED_OR_BETTER);
        assertThat(satisfied.cell(0, 0).share()).isEqualTo(1.0);
        assertThat(satisfied.cell(0, 0).vsRest()).isEqualTo(VsRest.HIGHER);
        assertThat(satisfied.cell(0, 1).share()).isEqualTo(0.75);
    }

    @Test
    void spansTheColourScaleInWholeTenthsOverTheCellsWithASoundBase() {
        HeatmapDescription delighted = byMonth(ChartMeasure.DELIGHTED);
        // 0 %, 25 % and 50 %; April's 100 % is a low base and does not stretch the scale
        assertThat(delighted.scaleLow()).isEqualTo(0.0);
        assertThat(delighted.scaleHigh()).isEqualTo(0.5);
        assertThat(delighted.scalePosition(0.25)).isEqualTo(0.5);
        assertThat(delighted.scalePosition(1.0)).isEqualTo(1.0);

        HeatmapDescription satisfied = byMonth(ChartMeasure.SATISFIED_OR_BETTER);
        // 100 % (January, Website and Delivery) and 75 %
        assertThat(satisfied.scaleLow()).isCloseTo(0.7, offset(1e-12));
        assertThat(satisfied.scaleHigh()).isEqualTo(1.0);
    }

    @Test
    void refusesNps() {
        Heatmap heatmap = MonthlySurvey.engine().heatmap(Grouping.month(), Filter.NONE, ClassificationScheme.DEFAULT);
        assertThatThrownBy(() -> HeatmapDescription.of(heatmap, ChartMeasure.NPS, "", false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
