package org.cxlens.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.Scale;
import org.cxlens.domain.SurveyData;
import org.junit.jupiter.api.Test;

/**
 * Forty respondents i = 0…39: overall = i mod 11 (delighted when ≥ 9), touchpoint A = overall on
 * 0–10, B = 7i mod 11 on 0–10, D = (3i mod 5) + 1 on 1–5, C = 5 for everyone.
 * Expected values computed independently with numpy (corrcoef, eigh):
 * <pre>
 *   r(A, delight) = 0.660068   r(B, delight) = 0.124063   r(D, delight) = −0.148522
 *   relative weights (A, B, D) = (0.421151, 0.009532, 0.016126), R² = 0.446809 (= OLS R²)
 *   importance = ε / R² = (0.942576, 0.021333, 0.036091), mean 1/3
 *   performance (share ≥ 7 on 0–10, ≥ 4 on 1–5): A 12/40 = 0.300, B 15/40 = 0.375, D 16/40 = 0.400, mean 0.358333
 * </pre>
 */
class DriverAnalysisTest {

    private static SurveyData forty(boolean withGaps) {
        SurveyDataBuilder b = new SurveyDataBuilder()
                .touchpoint("A", "Sales", MomentType.MOMENT_OF_TRUTH, Scale.of(0, 10))
                .touchpoint("B", "Sales", MomentType.STANDARD, Scale.of(0, 10))
                .touchpoint("C", "Service", MomentType.STANDARD, Scale.of(0, 10))
                .touchpoint("D", "Service", MomentType.EXCEL, Scale.of(1, 5));
        for (int i = 0; i < 40; i++) {
            b.row().overall(i % 11).scores(i % 11, (7 * i) % 11, 5, (3 * i) % 5 + 1);
        }
        if (withGaps) {
            b.row().overall(10).scores(10, Double.NaN, 5, 5);
        }
        return b.build();
    }

    @Test
    void correlationsRelativeWeightsAndQuadrants() {
        AnalysisEngine engine = AnalysisEngine.prepare(forty(false), AnalysisSettings.DEFAULT);
        Drivers drivers = engine.drivers(Filter.NONE, ClassificationScheme.DEFAULT, DriverOutcome.DELIGHT,
                PerformanceMeasure.SATISFIED_OR_DELIGHTED);
        // 40 complete cases ≥ max(30, 10 × 4 touchpoints)
        assertThat(drivers.method()).isEqualTo(DriverMethod.COMPLETE_CASES);
        assertThat(drivers.base()).isEqualTo(40);
        assertThat(drivers.rSquared()).isCloseTo(0.446809, offset(1e-6));
        Driver a = drivers.drivers().get(0);
        Driver bDriver = drivers.drivers().get(1);
        Driver c = drivers.drivers().get(2);
        Driver d = drivers.drivers().get(3);
        assertThat(a.correlation()).isCloseTo(0.660068, offset(1e-6));
        assertThat(bDriver.correlation()).isCloseTo(0.124063, offset(1e-6));
        assertThat(d.correlation()).isCloseTo(-0.148522, offset(1e-6));
        assertThat(a.correlationBase()).isEqualTo(40);
        assertThat(a.relativeWeight()).isCloseTo(0.421151, offset(1e-6));
        assertThat(bDriver.relativeWeight()).isCloseTo(0.009532, offset(1e-6));
        assertThat(d.relativeWeight()).isCloseTo(0.016126, offset(1e-6));
        assertThat(a.importance()).isCloseTo(0.942576, offset(1e-6));
        assertThat(a.rank()).isEqualTo(1);
        assertThat(d.rank()).isEqualTo(2);
        assertThat(bDriver.rank()).isEqualTo(3);
        // C never varies: no correlation, no weight, no place in the matrix
        assertThat(c.correlation()).isNaN();
        assertThat(c.relativeWeight()).isNaN();
        assertThat(c.rank()).isZero();
        assertThat(c.quadrant()).isNull();
        assertThat(drivers.meanImportance()).isCloseTo(1 / 3.0, offset(1e-9));
        assertThat(drivers.meanPerformance()).isCloseTo(0.358333, offset(1e-6));
        assertThat(a.performance()).isCloseTo(0.3, offset(1e-12));
        // A: importance 0.94 ≥ 1/3, performance 0.300 < 0.358 → fix first
        assertThat(a.quadrant()).isEqualTo(Quadrant.FIX_FIRST);
        // B: 0.02 < 1/3, 0.375 ≥ 0.358 → possible overkill; D likewise with 0.400
        assertThat(bDriver.quadrant()).isEqualTo(Quadrant.POSSIBLE_OVERKILL);
        assertThat(d.quadrant()).isEqualTo(Quadrant.POSSIBLE_OVERKILL);
    }

    @Test
    void fallsBackToMeanImputationWhenTooFewRespondentsAreComplete() {
        // one extra respondent without B: 40 complete of 41, still ≥ 40 → complete cases
        AnalysisEngine engine = AnalysisEngine.prepare(forty(true), AnalysisSettings.DEFAULT);
        Drivers complete = engine.drivers(Filter.NONE, ClassificationScheme.DEFAULT, DriverOutcome.DELIGHT,
                PerformanceMeasure.DELIGHTED);
        assertThat(complete.method()).isEqualTo(DriverMethod.COMPLETE_CASES);
        assertThat(complete.base()).isEqualTo(40);
        // a minimum base of 41 leaves 40 complete cases short → all 41 with B imputed
        AnalysisEngine strict = AnalysisEngine.prepare(forty(true), new AnalysisSettings(41));
        Drivers imputed = strict.drivers(Filter.NONE, ClassificationScheme.DEFAULT, DriverOutcome.DELIGHT,
                PerformanceMeasure.DELIGHTED);
        assertThat(imputed.method()).isEqualTo(DriverMethod.MEAN_IMPUTED);
        assertThat(imputed.base()).isEqualTo(41);
        // pairwise correlations still use only respondents with both: 40 for B, 41 for A
        assertThat(imputed.drivers().get(1).correlationBase()).isEqualTo(40);
        assertThat(imputed.drivers().get(0).correlationBase()).isEqualTo(41);
        double sum = imputed.drivers().stream().filter(x -> !Double.isNaN(x.relativeWeight()))
                .mapToDouble(Driver::relativeWeight).sum();
        assertThat(sum).isCloseTo(imputed.rSquared(), offset(1e-12));
    }

    @Test
    void quadrantsSplitAtTheMeans() {
        assertThat(Quadrant.of(true, false)).isEqualTo(Quadrant.FIX_FIRST);
        assertThat(Quadrant.of(true, true)).isEqualTo(Quadrant.KEEP_UP);
        assertThat(Quadrant.of(false, false)).isEqualTo(Quadrant.LOW_PRIORITY);
        assertThat(Quadrant.of(false, true)).isEqualTo(Quadrant.POSSIBLE_OVERKILL);
    }
}
