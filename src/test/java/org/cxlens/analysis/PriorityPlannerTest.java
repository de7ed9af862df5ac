package org.cxlens.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.Locale;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.Scale;
import org.cxlens.domain.SurveyData;
import org.cxlens.domain.Touchpoint;
import org.junit.jupiter.api.Test;

/**
 * 25 respondents, four touchpoints on 0–10:
 * <pre>
 *  Website (excel, target 40 % delighted):           10 × 10, 15 × 7 → 40 % delighted, gap 0
 *  Delivery (moment of truth, 80 % sat. or del.):    16 × 8,   9 × 5 → 64 %, gap 0.16
 *  Invoice (standard, ≤ 10 % recovery):               5 × 2,  20 × 8 → 20 % recovery, gap 0.10
 *  Installation (moment of truth, own target 90 %):  20 × 7,   5 × 4 → 80 %, gap 0.10
 * </pre>
 * Importance (share of R²) given by hand: Installation 0.45 (rank 1), Delivery 0.30 (2),
 * Website 0.15 (3), Invoice 0.10 (4). Gap × importance: Delivery 0.048, Installation 0.045,
 * Invoice 0.010, Website 0 (on target, last).
 */
class PriorityPlannerTest {

    private static SurveyData survey() {
        SurveyDataBuilder b = new SurveyDataBuilder()
                .touchpoint("Website", "Marketing", MomentType.EXCEL, Scale.of(0, 10))
                .touchpoint("Delivery", "Logistics", MomentType.MOMENT_OF_TRUTH, Scale.of(0, 10))
                .touchpoint("Invoice", "Finance", MomentType.STANDARD, Scale.of(0, 10))
                .touchpoint("Installation", "Service", MomentType.MOMENT_OF_TRUTH, Scale.of(0, 10), 0.9);
        for (int i = 0; i < 25; i++) {
            b.row().overall(8).scores(i < 10 ? 10 : 7, i < 16 ? 8 : 5, i < 5 ? 2 : 8, i < 20 ? 7 : 4);
        }
        return b.build();
    }

    private static Driver driver(Touchpoint t, double importance, int rank) {
        return new Driver(t, Double.NaN, 25, importance * 0.5, importance, Double.NaN, rank, null);
    }

    /** The hand-given importances, as a model with the given warnings. */
    private static Drivers drivers(List<Touchpoint> tps, DriverOutcome outcome, List<DriverWarning> warnings) {
        return new Drivers(outcome, DriverMethod.COMPLETE_CASES, PerformanceMeasure.SATISFIED_OR_DELIGHTED,
                new DriverModelBase(25, 25, 25, 25, 4, 0), 0.5, 0.25, 0.5, warnings, List.of(
                driver(tps.get(0), 0.15, 3), driver(tps.get(1), 0.30, 2),
                driver(tps.get(2), 0.10, 4), driver(tps.get(3), 0.45, 1)));
    }

    @Test
    void ranksByGapTimesImportanceWithAReasonPerLine() {
        SurveyData data = survey();
        Dashboard dashboard = AnalysisEngine.prepare(data, AnalysisSettings.DEFAULT)
                .dashboard(Filter.NONE, ClassificationScheme.DEFAULT);
        List<Touchpoint> tps = data.touchpoints();
        Drivers drivers = drivers(tps, DriverOutcome.DELIGHT, List.of());

        List<Priority> plan = PriorityPlanner.plan(dashboard, drivers, PriorityTargets.DEFAULT);

        assertThat(plan).extracting(p -> p.touchpoint().name())
                .containsExactly("Delivery", "Installation", "Invoice", "Website");
        Priority delivery = plan.get(0);
        assertThat(delivery.actual()).isCloseTo(0.64, offset(1e-12));
        assertThat(delivery.target()).isEqualTo(0.80);
        assertThat(delivery.gap()).isCloseTo(0.16, offset(1e-12));
        assertThat(delivery.score()).isCloseTo(0.048, offset(1e-12));
        assertThat(delivery.lowBase()).isTrue();
        assertThat(plan.get(1).target()).isEqualTo(0.9);
        assertThat(plan.get(1).gap()).isCloseTo(0.10, offset(1e-12));
        assertThat(plan.get(2).actual()).isCloseTo(0.20, offset(1e-12));
        assertThat(plan.get(3).onTarget()).isTrue();

        assertThat(delivery.reason().render(Locale.ENGLISH)).isEqualTo(
                "Delivery is a moment of truth: 64 % satisfied or delighted against a target of 80 %, "
                        + "and it is the second strongest driver of being delighted overall.");
        assertThat(delivery.reason().render(Locale.forLanguageTag("nl"))).isEqualTo(
                "Delivery is een moment of truth: 64 % tevreden of enthousiast tegenover een doel van 80 %, "
                        + "en het is de op een na sterkste drijfveer van algeheel enthousiasme.");
        assertThat(plan.get(1).reason().render(Locale.ENGLISH)).isEqualTo(
                "Installation is a moment of truth: 80 % satisfied or delighted against a target of 90 %, "
                        + "and it is the strongest driver of being delighted overall.");
        assertThat(plan.get(2).reason().render(Locale.ENGLISH)).isEqualTo(
                "Invoice is a standard moment: 20 % need recovery against a maximum of 10 %, "
                        + "and it ranks 4 of 4 as a driver of being delighted overall.");
        // 10 of 25 delighted = 40 %: exactly on the excel target, so met, and last although it has a driver rank
        assertThat(plan.get(3).reason().render(Locale.ENGLISH)).isEqualTo(
                "Website is an excel moment and meets its target: 40 % delighted against a target of 40 %.");
        assertThat(plan.get(3).reason().render(Locale.forLanguageTag("nl"))).isEqualTo(
                "Website is een excel-moment en haalt zijn doel: 40 % enthousiast tegenover een doel van 40 %.");
    }

    @Test
    void aMetTargetRanksAfterEveryGapEvenOneOfUnknownImportance() {
        SurveyData data = survey();
        Dashboard dashboard = AnalysisEngine.prepare(data, AnalysisSettings.DEFAULT)
                .dashboard(Filter.NONE, ClassificationScheme.DEFAULT);
        List<Touchpoint> tps = data.touchpoints();
        // Invoice (gap 0.10) has no importance; Website (met) has the largest: the gap still ranks first.
        Drivers drivers = new Drivers(DriverOutcome.DELIGHT, DriverMethod.COMPLETE_CASES,
                PerformanceMeasure.SATISFIED_OR_DELIGHTED, new DriverModelBase(25, 25, 25, 25, 4, 0), 0.5, 0.25, 0.5,
                List.of(), List.of(driver(tps.get(0), 0.90, 1), driver(tps.get(1), 0.05, 2),
                        driver(tps.get(2), Double.NaN, 0), driver(tps.get(3), 0.05, 3)));
        List<Priority> plan = PriorityPlanner.plan(dashboard, drivers, PriorityTargets.DEFAULT);
        assertThat(plan).extracting(p -> p.touchpoint().name())
                .containsExactly("Delivery", "Installation", "Invoice", "Website");
        assertThat(plan.get(2).score()).isNaN();
        assertThat(plan.get(3).onTarget()).isTrue();
        assertThat(plan.get(3).reason().render(Locale.ENGLISH)).contains("meets its target");
        assertThat(plan.subList(0, 3)).noneMatch(p -> p.reason().render(Locale.ENGLISH).contains("meets"));
    }

    @Test
    void aModelThatIsNotJudgedLendsNoImportance() {
        SurveyData data = survey();
        Dashboard dashboard = AnalysisEngine.prepare(data, AnalysisSettings.DEFAULT)
                .dashboard(Filter.NONE, ClassificationScheme.DEFAULT);
        DriverWarning small = new DriverWarning(DriverWarning.Code.SMALL_BASE,
                org.cxlens.domain.Message.of("analysis.drivers.warning.SMALL_BASE", 25, 100));
        List<Priority> plan = PriorityPlanner.plan(dashboard, drivers(data.touchpoints(), DriverOutcome.DELIGHT,
                List.of(small)), PriorityTargets.DEFAULT);
        // by gap alone: Delivery 0.16, then Installation and Invoice 0.10 each, Website (met) last
        assertThat(plan.get(0).touchpoint().name()).isEqualTo("Delivery");
        assertThat(plan.subList(1, 3)).extracting(p -> p.touchpoint().name())
                .containsExactlyInAnyOrder("Installation", "Invoice");
        assertThat(plan.get(3).touchpoint().name()).isEqualTo("Website");
        assertThat(plan).allMatch(p -> Double.isNaN(p.importance()) && p.driverRank() == 0);
        assertThat(plan.get(0).reason().render(Locale.ENGLISH))
                .endsWith("and its effect on being delighted overall is not known.");
    }

    @Test
    void theReasonNamesAnAttributeOutcome() {
        SurveyData data = survey();
        Dashboard dashboard = AnalysisEngine.prepare(data, AnalysisSettings.DEFAULT)
                .dashboard(Filter.NONE, ClassificationScheme.DEFAULT);
        List<Priority> plan = PriorityPlanner.plan(dashboard, drivers(data.touchpoints(),
                DriverOutcome.attribute("satisfaction", "satisfied"), List.of()), PriorityTargets.DEFAULT);
        assertThat(plan.get(0).reason().render(Locale.ENGLISH))
                .endsWith("and it is the second strongest driver of satisfaction = “satisfied”.");
    }

    @Test
    void withoutDriversTheGapAloneRanks() {
        SurveyData data = survey();
        Dashboard dashboard = AnalysisEngine.prepare(data, AnalysisSettings.DEFAULT)
                .dashboard(Filter.NONE, ClassificationScheme.DEFAULT);
        List<Priority> plan = PriorityPlanner.plan(dashboard, null, PriorityTargets.DEFAULT);
        // Delivery 0.16 first; Installation and Invoice both 0.10; Website on target last
        assertThat(plan.get(0).touchpoint().name()).isEqualTo("Delivery");
        assertThat(plan.get(0).score()).isNaN();
        assertThat(plan.get(3).touchpoint().name()).isEqualTo("Website");
        assertThat(plan.get(0).reason().render(Locale.ENGLISH))
                .endsWith("and its effect on being delighted overall is not known.");
    }
}
