package org.cxlens.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

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
import org.junit.jupiter.api.Test;

/**
 * 40 respondents, three touchpoints on 0–10 (delighted 9–10, satisfied 7–8), minimum base 30:
 * <pre>
 *  Website (excel, Marketing):           30 × 10, 10 × 7        → 0 / 25 / 75 %
 *  Delivery (moment of truth, Logistics): 10 × 10, 20 × 8, 10 × 5 → 25 / 50 / 25 %
 *  Repair (standard, Service):            10 × 2, the rest blank  → 100 / 0 / 0 %, low base
 * </pre>
 * Delivery delighted 25 % of 40: Wilson 95 % 14.19–40.19 %. Delivery satisfied 20/40 against the
 * rest's 10/50: pooled 30/90, SE = √(⅓·⅔·(1/40 + 1/50)) = 0.1, z = 0.3 / 0.1 = 3.0 → higher.
 * Delivery delighted 10/40 against 30/50: z = −3.32 → lower.
 */
class ChartDescriptionsTest {

    private static Dashboard dashboard() {
        SurveyDataBuilder b = new SurveyDataBuilder()
                .touchpoint("Website", "Marketing", MomentType.EXCEL, Scale.of(0, 10))
                .touchpoint("Delivery", "Logistics", MomentType.MOMENT_OF_TRUTH, Scale.of(0, 10))
                .touchpoint("Repair", "Service", MomentType.STANDARD, Scale.of(0, 10));
        for (int i = 0; i < 40; i++) {
            SurveyDataBuilder.Row row = b.row().overall(8).score(0, i < 30 ? 10 : 7)
                    .score(1, i < 10 ? 10 : i < 30 ? 8 : 5);
            if (i < 10) {
                row.score(2, 2);
            }
        }
        return AnalysisEngine.prepare(b.build(), AnalysisSettings.DEFAULT).dashboard(Filter.NONE, ClassificationScheme.DEFAULT);
    }

    @Test
    void describesEveryTouchpointInJourneyOrderWithSharesCountsAndIntervals() {
        ClassBarChartDescription chart = ChartDescriptions.touchpoints(dashboard(), PriorityTargets.DEFAULT, "Touchpoints");

        assertThat(chart.title()).isEqualTo("Touchpoints");
        assertThat(chart.weighted()).isFalse();
        assertThat(chart.categories()).extracting(BarCategory::label).containsExactly("Website", "Delivery", "Repair");
        assertThat(chart.categories()).extracting(BarCategory::detail).containsExactly("Marketing", "Logistics", "Service");
        assertThat(chart.categories()).extracting(BarCategory::base).containsExactly(40, 40, 10);
        assertThat(chart.categories()).extracting(BarCategory::lowBase).containsExactly(false, false, true);
        assertThat(chart.series()).extracting(ClassSeries::colourId).containsExactly("indifferent", "satisfied", "delighted");

        BarSegment delighted = chart.segment(1, ExperienceClass.DELIGHTED);
        assertThat(delighted.share()).isEqualTo(0.25);
        assertThat(delighted.n()).isEqualTo(10);
        assertThat(delighted.low()).isCloseTo(0.14187, offset(1e-5));
        assertThat(delighted.high()).isCloseTo(0.40194, offset(1e-5));
        assertThat(chart.segment(1, ExperienceClass.SATISFIED).n()).isEqualTo(20);
        assertThat(chart.segment(0, ExperienceClass.DELIGHTED).share()).isEqualTo(0.75);
        assertThat(chart.segment(2, ExperienceClass.INDIFFERENT).n()).isEqualTo(10);
    }

    @Test
    void marksSignificantDifferencesFromTheRestButNeverOnALowBase() {
        ClassBarChartDescription chart = ChartDescriptions.touchpoints(dashboard(), PriorityTargets.DEFAULT, "");

        assertThat(chart.segment(1, ExperienceClass.SATISFIED).vsRest()).isEqualTo(VsRest.HIGHER);
        assertThat(chart.segment(1, ExperienceClass.DELIGHTED).vsRest()).isEqualTo(VsRest.LOWER);
        assertThat(chart.segment(0, ExperienceClass.DELIGHTED).vsRest()).isEqualTo(VsRest.HIGHER);
        for (ExperienceClass c : ExperienceClass.values()) {
            assertThat(chart.segment(2, c).vsRest()).isEqualTo(VsRest.NONE);
        }
    }

    @Test
    void givesEachTouchpointTheTargetOfItsMomentType() {
        ClassBarChartDescription chart = ChartDescriptions.touchpoints(dashboard(), PriorityTargets.DEFAULT, "");

        TargetMarker website = chart.categories().get(0).target();
        assertThat(website.measure()).isEqualTo(TargetMeasure.DELIGHTED_AT_LEAST);
        assertThat(website.target()).isEqualTo(0.40);
        assertThat(website.shortfall()).isCloseTo(-0.35, offset(1e-12));
        assertThat(website.met()).isTrue();
        assertThat(website.barPosition()).isCloseTo(0.60, offset(1e-12));

        TargetMarker delivery = chart.categories().get(1).target();
        assertThat(delivery.measure()).isEqualTo(TargetMeasure.SATISFIED_OR_DELIGHTED_AT_LEAST);
        assertThat(delivery.actual()).isCloseTo(0.75, offset(1e-12));
        assertThat(delivery.shortfall()).isCloseTo(0.05, offset(1e-12));
        assertThat(delivery.met()).isFalse();
        assertThat(delivery.barPosition()).isCloseTo(0.20, offset(1e-12));

        TargetMarker repair = chart.categories().get(2).target();
        assertThat(repair.measure()).isEqualTo(TargetMeasure.RECOVERY_AT_MOST);
        assertThat(repair.actual()).isEqualTo(1.0);
        assertThat(repair.shortfall()).isCloseTo(0.90, offset(1e-12));
        assertThat(repair.barPosition()).isNaN();
    }

    @Test
    void describesTheOwningDepartmentsWithoutTargets() {
        ClassBarChartDescription chart = ChartDescriptions.departments(dashboard(), "Departments");

        assertThat(chart.categories()).extracting(BarCategory::label).containsExactly("Logistics", "Marketing", "Service");
        assertThat(chart.categories()).allSatisfy(c -> assertThat(c.target()).isNull());
        assertThat(chart.segment(1, ExperienceClass.DELIGHTED).share()).isEqualTo(0.75);
    }
}
