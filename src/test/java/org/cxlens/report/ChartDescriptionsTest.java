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

    /**
     * 40 respondents, four touchpoints in journey order: Website (Marketing, excel) 40 × 10;
     * Delivery (Logistics, moment of truth) 20 × 9, 20 × 5; Returns (Logistics, standard) 10 × 2,
     * 30 × 8; Invoice (no owner, standard) 40 × 7. Logistics pools 80 experiences: 30 indifferent,
     * 30 satisfied, 20 delighted. Returns needs recovery in 10 of 40 (25 %, Wilson 14.19–40.19 %).
     */
    private static Dashboard ownedDashboard() {
        SurveyDataBuilder b = new SurveyDataBuilder()
                .touchpoint("Website", "Marketing", MomentType.EXCEL, Scale.of(0, 10))
                .touchpoint("Delivery", "Logistics", MomentType.MOMENT_OF_TRUTH, Scale.of(0, 10))
                .touchpoint("Returns", "Logistics", MomentType.STANDARD, Scale.of(0, 10))
                .touchpoint("Invoice", null, MomentType.STANDARD, Scale.of(0, 10));
        for (int i = 0; i < 40; i++) {
            b.row().overall(8).scores(10, i < 20 ? 9 : 5, i < 10 ? 2 : 8, 7);
        }
        return AnalysisEngine.prepare(b.build(), AnalysisSettings.DEFAULT).dashboard(Filter.NONE, ClassificationScheme.DEFAULT);
    }

    @Test
    void givesEachDepartmentTheTouchpointsItOwnsInJourneyOrder() {
        DepartmentChartDescription chart = ChartDescriptions.departmentsWithTouchpoints(ownedDashboard(),
                PriorityTargets.DEFAULT, "Departments", "Touchpoints");

        assertThat(chart.departments().categories()).extracting(BarCategory::label).containsExactly("Logistics", "Marketing");
        assertThat(chart.departments().categories().get(0).base()).isEqualTo(80);
        assertThat(chart.departments().segment(0, ExperienceClass.DELIGHTED).n()).isEqualTo(20);
        assertThat(chart.departments().segment(0, ExperienceClass.SATISFIED).share()).isEqualTo(0.375);
        assertThat(chart.owned().get(0).categories()).extracting(BarCategory::label).containsExactly("Delivery", "Returns");
        assertThat(chart.owned().get(0).segment(1, ExperienceClass.INDIFFERENT).n()).isEqualTo(10);
        assertThat(chart.owned().get(0).categories().get(1).target().measure()).isEqualTo(TargetMeasure.RECOVERY_AT_MOST);
        assertThat(chart.owned().get(1).categories()).extracting(BarCategory::label).containsExactly("Website");

        DepartmentChartDescription reordered = chart.reordered(java.util.List.of(1, 0));
        assertThat(reordered.departments().categories()).extracting(BarCategory::label).containsExactly("Marketing", "Logistics");
        assertThat(reordered.owned().get(1).categories()).extracting(BarCategory::label).containsExactly("Delivery", "Returns");
    }

    @Test
    void describesTheJourneyWithDelightAndRecoveryPerStepAndTheTargetOfItsMomentType() {
        JourneyChartDescription journey = ChartDescriptions.journey(ownedDashboard(), PriorityTargets.DEFAULT, "Journey");

        assertThat(journey.title()).isEqualTo("Journey");
        assertThat(journey.steps()).extracting(JourneyStep::label).containsExactly("Website", "Delivery", "Returns", "Invoice");
        assertThat(journey.steps()).extracting(JourneyStep::momentType).containsExactly(MomentType.EXCEL,
                MomentType.MOMENT_OF_TRUTH, MomentType.STANDARD, MomentType.STANDARD);
        assertThat(journey.steps()).extracting(JourneyStep::department).containsExactly("Marketing", "Logistics",
                "Logistics", "");
        assertThat(journey.steps()).extracting(JourneyStep::base).containsExactly(40, 40, 40, 40);

        JourneyStep delivery = journey.steps().get(1);
        assertThat(delivery.delighted()).isEqualTo(new JourneyPoint(0.5, 20, delivery.delighted().low(),
                delivery.delighted().high()));
        assertThat(delivery.target().measure()).isEqualTo(TargetMeasure.SATISFIED_OR_DELIGHTED_AT_LEAST);
        assertThat(delivery.target().met()).isFalse();
        JourneyStep returns = journey.steps().get(2);
        assertThat(returns.recovery().share()).isEqualTo(0.25);
        assertThat(returns.recovery().n()).isEqualTo(10);
        assertThat(returns.recovery().low()).isCloseTo(0.14187, offset(1e-5));
        assertThat(returns.recovery().high()).isCloseTo(0.40194, offset(1e-5));
        assertThat(returns.target().target()).isEqualTo(0.10);
        assertThat(returns.target().actual()).isEqualTo(0.25);
        assertThat(journey.steps().get(0).recovery().share()).isZero();
        assertThat(journey.steps().get(0).recovery().high()).isCloseTo(0.08762, offset(1e-5));

        assertThat(journey.mostDelighted()).hasValue(0);
        assertThat(journey.mostRecovery()).hasValue(2);
    }

    @Test
    void aJourneyStepWithoutBaseHasNoPointsAndALowBaseNeverStandsOut() {
        JourneyChartDescription journey = ChartDescriptions.journey(dashboard(), PriorityTargets.DEFAULT, "");

        JourneyStep repair = journey.steps().get(2);
        assertThat(repair.lowBase()).isTrue();
        assertThat(repair.recovery().share()).isEqualTo(1.0);
        // Repair's 100 % needing recovery rests on 10 cases, below the minimum of 30; no other step needs any.
        assertThat(journey.mostRecovery()).isEmpty();
        assertThat(journey.mostDelighted()).hasValue(0);
        assertThat(journey.steps().get(0).delighted().low()).isCloseTo(0.59806, offset(1e-5));

        SurveyDataBuilder b = new SurveyDataBuilder().touchpoint("Website", "Marketing", MomentType.EXCEL, Scale.of(0, 10))
                .touchpoint("Repair", "Service", MomentType.STANDARD, Scale.of(0, 10));
        b.row().overall(8).score(0, 9);
        JourneyChartDescription unscored = ChartDescriptions.journey(AnalysisEngine.prepare(b.build(), AnalysisSettings.DEFAULT)
                .dashboard(Filter.NONE, ClassificationScheme.DEFAULT), PriorityTargets.DEFAULT, "");
        assertThat(unscored.steps().get(1).base()).isZero();
        assertThat(unscored.steps().get(1).delighted().present()).isFalse();
        assertThat(unscored.steps().get(1).recovery().present()).isFalse();
        assertThat(unscored.steps().get(1).target()).isNull();
    }
}
