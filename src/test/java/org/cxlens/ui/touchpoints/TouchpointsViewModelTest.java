package org.cxlens.ui.touchpoints;

import static org.assertj.core.api.Assertions.assertThat;

import org.cxlens.analysis.AnalysisEngine;
import org.cxlens.analysis.AnalysisSettings;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.PriorityTargets;
import org.cxlens.analysis.SurveyDataBuilder;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.Scale;
import org.cxlens.report.BarCategory;
import org.cxlens.report.ChartDescriptions;
import org.cxlens.report.ClassBarChartDescription;
import org.junit.jupiter.api.Test;

/**
 * 40 respondents, three touchpoints on 0–10 (delighted 9–10, satisfied 7–8):
 * <pre>
 *  Website (excel, ≥ 40 % delighted):        30 × 10, 10 × 7          → 0 / 25 / 75 %, 35 points beyond target
 *  Delivery (moment of truth, ≥ 80 %):       10 × 10, 20 × 8, 10 × 5   → 25 / 50 / 25 %, 5 points short
 *  Invoice (standard, ≤ 10 % recovery):      20 × 9, 20 × 2           → 50 / 0 / 50 %, 40 points short
 * </pre>
 */
class TouchpointsViewModelTest {

    private static Dashboard dashboard() {
        SurveyDataBuilder b = new SurveyDataBuilder()
                .touchpoint("Website", "Marketing", MomentType.EXCEL, Scale.of(0, 10))
                .touchpoint("Delivery", "Logistics", MomentType.MOMENT_OF_TRUTH, Scale.of(0, 10))
                .touchpoint("Invoice", "Finance", MomentType.STANDARD, Scale.of(0, 10));
        for (int i = 0; i < 40; i++) {
            b.row().overall(8).scores(i < 30 ? 10 : 7, i < 10 ? 10 : i < 30 ? 8 : 5, i < 20 ? 9 : 2);
        }
        return AnalysisEngine.prepare(b.build(), AnalysisSettings.DEFAULT).dashboard(Filter.NONE, ClassificationScheme.DEFAULT);
    }

    private static TouchpointsViewModel model(Dashboard dashboard) {
        TouchpointsViewModel model = new TouchpointsViewModel();
        model.setChart(ChartDescriptions.touchpoints(dashboard, PriorityTargets.DEFAULT, "Touchpoints"));
        return model;
    }

    private static Object[] labels(ClassBarChartDescription chart) {
        return chart.categories().stream().map(BarCategory::label).toArray();
    }

    @Test
    void showsTheTouchpointsInJourneyOrderWithTheEnginesShares() {
        Dashboard dashboard = dashboard();
        ClassBarChartDescription chart = model(dashboard).chartProperty().get();

        assertThat(labels(chart)).containsExactly("Website", "Delivery", "Invoice");
        for (int i = 0; i < 3; i++) {
            for (ExperienceClass c : ExperienceClass.values()) {
                assertThat(chart.segment(i, c).share()).isEqualTo(dashboard.touchpoints().get(i).measure().classes().share(c));
            }
        }
        assertThat(chart.segment(2, ExperienceClass.DELIGHTED).share()).isEqualTo(0.5);
        assertThat(chart.segment(2, ExperienceClass.DELIGHTED).n()).isEqualTo(20);
    }

    @Test
    void sortsByDelightedIndifferentAndGapAndBackToTheJourney() {
        TouchpointsViewModel model = model(dashboard());

        model.sortProperty().set(TouchpointSort.DELIGHTED);
        assertThat(labels(model.chartProperty().get())).containsExactly("Website", "Invoice", "Delivery");
        assertThat(model.chartProperty().get().segment(0, ExperienceClass.DELIGHTED).share()).isEqualTo(0.75);

        model.sortProperty().set(TouchpointSort.INDIFFERENT);
        assertThat(labels(model.chartProperty().get())).containsExactly("Invoice", "Delivery", "Website");
        assertThat(model.chartProperty().get().segment(0, ExperienceClass.INDIFFERENT).share()).isEqualTo(0.5);

        model.sortProperty().set(TouchpointSort.GAP);
        assertThat(labels(model.chartProperty().get())).containsExactly("Invoice", "Delivery", "Website");
        assertThat(model.chartProperty().get().categories().get(0).target().shortfall()).isCloseTo(0.40,
                org.assertj.core.api.Assertions.offset(1e-12));

        model.sortProperty().set(TouchpointSort.JOURNEY);
        assertThat(labels(model.chartProperty().get())).containsExactly("Website", "Delivery", "Invoice");
    }

    @Test
    void keepsTheChosenOrderWhenTheFilterChangesTheFigures() {
        TouchpointsViewModel model = model(dashboard());
        model.sortProperty().set(TouchpointSort.DELIGHTED);

        model.setChart(ChartDescriptions.touchpoints(dashboard(), PriorityTargets.DEFAULT, "Touchpoints"));

        assertThat(labels(model.chartProperty().get())).containsExactly("Website", "Invoice", "Delivery");
    }
}
