package org.cxlens.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Locale;
import org.cxlens.analysis.AnalysisEngine;
import org.cxlens.analysis.AnalysisSettings;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.DriverOutcome;
import org.cxlens.analysis.DriverWarning;
import org.cxlens.analysis.Drivers;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.PerformanceMeasure;
import org.cxlens.analysis.Quadrant;
import org.cxlens.analysis.SurveyDataBuilder;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.Scale;
import org.junit.jupiter.api.Test;

/**
 * The fixture of DriverAnalysisTest: respondents i = 0…39, overall = i mod 11, A = overall,
 * B = 7i mod 11, C = 5 for everyone (0–10), D = (3i mod 5) + 1 (1–5), repeated.
 * Shares delighted by hand: A (9–10) at i mod 11 ∈ {9, 10}: 6 of 40 = 15 %; B: 7i mod 11 ∈ {9, 10}
 * twice per cycle of 11 and once each in i = 33…39 (i mod 11 = 3 → 10, 6 → 9): 8 of 40 = 20 %;
 * D = 5 when i mod 5 = 3: 8 of 40 = 20 %; C none. Mean over the placed A, B, D = 18.33 %.
 * Importance (numpy, see DriverAnalysisTest): A 0.942576, B 0.021333, D 0.036091; C not in the model.
 */
class DriverChartDescriptionTest {

    private static AnalysisEngine engine(int copies) {
        SurveyDataBuilder b = new SurveyDataBuilder()
                .touchpoint("A", "Sales", MomentType.MOMENT_OF_TRUTH, Scale.of(0, 10))
                .touchpoint("B", "Sales", MomentType.STANDARD, Scale.of(0, 10))
                .touchpoint("C", "Service", MomentType.STANDARD, Scale.of(0, 10))
                .touchpoint("D", "Service", MomentType.EXCEL, Scale.of(1, 5));
        for (int copy = 0; copy < copies; copy++) {
            for (int i = 0; i < 40; i++) {
                b.row().overall(i % 11).scores(i % 11, (7 * i) % 11, 5, (3 * i) % 5 + 1);
            }
        }
        return AnalysisEngine.prepare(b.build(), AnalysisSettings.DEFAULT);
    }

    private static DriverChartDescription describe(AnalysisEngine engine) {
        Drivers drivers = engine.drivers(Filter.NONE, ClassificationScheme.DEFAULT, DriverOutcome.DELIGHT,
                PerformanceMeasure.DELIGHTED);
        Dashboard dashboard = engine.dashboard(Filter.NONE, ClassificationScheme.DEFAULT);
        return DriverChartDescription.of(drivers, dashboard);
    }

    @Test
    void pointsCarryTheEnginesFiguresWithTheirBasesAndIntervals() {
        DriverChartDescription chart = describe(engine(3));

        assertThat(chart.points()).extracting(DriverPoint::label).containsExactly("A", "B", "C", "D");
        DriverPoint a = chart.points().get(0);
        assertThat(a.performance()).isCloseTo(0.15, offset(1e-12));
        assertThat(chart.points().get(1).performance()).isCloseTo(0.20, offset(1e-12));
        assertThat(chart.points().get(3).performance()).isCloseTo(0.20, offset(1e-12));
        assertThat(a.n()).isEqualTo(120);
        assertThat(a.lowBase()).isFalse();
        // Wilson 95 % for 18 of 120, by hand: centre 0.160860, half-width 0.063822
        assertThat(a.performanceLow()).isCloseTo(0.097038, offset(1e-6));
        assertThat(a.performanceHigh()).isCloseTo(0.224675, offset(1e-6));
        assertThat(a.importance()).isCloseTo(0.942576, offset(1e-6));
        assertThat(a.relativeWeight()).isCloseTo(0.421151, offset(1e-6));
        assertThat(a.correlation()).isCloseTo(0.660068, offset(1e-6));
        assertThat(a.correlationBase()).isEqualTo(120);
        assertThat(a.rank()).isEqualTo(1);
        assertThat(chart.meanPerformance()).isCloseTo(0.55 / 3, offset(1e-12));
        assertThat(chart.meanImportance()).isCloseTo(1 / 3.0, offset(1e-9));
        assertThat(chart.rSquared()).isCloseTo(0.446809, offset(1e-6));
        assertThat(chart.base()).isEqualTo(120);
        assertThat(chart.judged()).isTrue();
        assertThat(chart.warnings()).isEmpty();
    }

    @Test
    void quadrantsSplitAtTheMeansAndATouchpointOutsideTheModelIsListedNotDrawn() {
        DriverChartDescription chart = describe(engine(3));

        // A: important (0.94 ≥ 1/3), performing below the mean (15 % < 18.3 %); B and D the other way round
        assertThat(chart.points()).extracting(DriverPoint::quadrant)
                .containsExactly(Quadrant.FIX_FIRST, Quadrant.POSSIBLE_OVERKILL, null, Quadrant.POSSIBLE_OVERKILL);
        assertThat(chart.unplaced()).extracting(DriverPoint::label).containsExactly("C");
        assertThat(DriverChartDescription.quadrantName(Quadrant.FIX_FIRST).render(Locale.ENGLISH)).isEqualTo("Fix first");
        assertThat(DriverChartDescription.quadrantName(Quadrant.POSSIBLE_OVERKILL).render(Locale.forLanguageTag("nl")))
                .isEqualTo("Mogelijk overkill");
    }

    @Test
    void axesFrameThePointsInWholeStepsWithTheirTitles() {
        DriverChartDescription chart = describe(engine(3));

        // performance 15–20 % with 2 points of margin → 10–30 %; importance up to 0.94 + 0.02 → 0–100 % by 10
        assertThat(chart.x().min()).isCloseTo(0.1, offset(1e-12));
        assertThat(chart.x().max()).isCloseTo(0.3, offset(1e-12));
        assertThat(chart.x().ticks()).hasSize(3);
        assertThat(chart.y().min()).isZero();
        assertThat(chart.y().max()).isCloseTo(1.0, offset(1e-12));
        assertThat(chart.y().step()).isCloseTo(0.1, offset(1e-12));
        assertThat(chart.y().position(0.25)).isCloseTo(0.25, offset(1e-12));
        assertThat(chart.x().title().render(Locale.ENGLISH)).isEqualTo("Performance: share delighted");
        assertThat(chart.title().render(Locale.ENGLISH)).isEqualTo("Key drivers of being delighted overall");
    }

    @Test
    void aSmallModelKeepsItsFiguresAndWarningButNamesNoQuadrant() {
        DriverChartDescription chart = describe(engine(1));

        assertThat(chart.judged()).isFalse();
        assertThat(chart.warnings()).extracting(DriverWarning::code).containsExactly(DriverWarning.Code.SMALL_BASE);
        assertThat(chart.points()).allMatch(p -> p.quadrant() == null);
        assertThat(chart.points().get(0).importance()).isCloseTo(0.942576, offset(1e-6));
        assertThat(chart.points().get(0).n()).isEqualTo(40);
        assertThat(chart.base()).isEqualTo(40);
    }
}
