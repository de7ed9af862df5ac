package org.cxlens.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Locale;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.Scale;
import org.cxlens.domain.SurveyData;
import org.junit.jupiter.api.Test;

/**
 * Forty respondents i = 0…39: overall = i mod 11 (delighted when ≥ 9), touchpoint A = overall on
 * 0–10, B = 7i mod 11 on 0–10, D = (3i mod 5) + 1 on 1–5, C = 5 for everyone. The forty are
 * repeated three times (120 respondents) where the model must be large enough to be judged:
 * correlations, weights and shares do not change when every respondent is repeated.
 * Expected values computed independently with numpy (corrcoef, eigh):
 * <pre>
 *   r(A, delight) = 0.660068   r(B, delight) = 0.124063   r(D, delight) = −0.148522
 *   relative weights (A, B, D) = (0.421151, 0.009532, 0.016126), R² = 0.446809 (= OLS R²)
 *   importance = ε / R² = (0.942576, 0.021333, 0.036091), mean 1/3
 *   performance (share ≥ 7 on 0–10, ≥ 4 on 1–5): A 12/40 = 0.300, B 15/40 = 0.375, D 16/40 = 0.400, mean 0.358333
 * </pre>
 */
class DriverAnalysisTest {

    private static SurveyDataBuilder fourTouchpoints() {
        return new SurveyDataBuilder()
                .touchpoint("A", "Sales", MomentType.MOMENT_OF_TRUTH, Scale.of(0, 10))
                .touchpoint("B", "Sales", MomentType.STANDARD, Scale.of(0, 10))
                .touchpoint("C", "Service", MomentType.STANDARD, Scale.of(0, 10))
                .touchpoint("D", "Service", MomentType.EXCEL, Scale.of(1, 5));
    }

    private static SurveyData forty(boolean withGaps) {
        return times(1, withGaps);
    }

    private static SurveyData times(int copies, boolean withGaps) {
        SurveyDataBuilder b = fourTouchpoints();
        for (int copy = 0; copy < copies; copy++) {
            for (int i = 0; i < 40; i++) {
                b.row().overall(i % 11).scores(i % 11, (7 * i) % 11, 5, (3 * i) % 5 + 1);
            }
        }
        if (withGaps) {
            b.row().overall(10).scores(10, Double.NaN, 5, 5);
        }
        return b.build();
    }

    /**
     * 200,000 respondents are summed in four chunks on several threads; each chunk's sums must be
     * counted once. (A shared starting value of the parallel sum was once added into by every
     * thread: the CLI reported 68,564 model respondents on the 1M reference project instead of 8,867.)
     */
    @Test
    void aModelSummedInParallelChunksCountsEveryRespondentOnce() {
        AnalysisEngine engine = AnalysisEngine.prepare(times(5_000, false), AnalysisSettings.DEFAULT);
        for (int run = 0; run < 5; run++) {
            Drivers drivers = engine.drivers(Filter.NONE, ClassificationScheme.DEFAULT, DriverOutcome.DELIGHT,
                    PerformanceMeasure.SATISFIED_OR_DELIGHTED);
            assertThat(drivers.model()).isEqualTo(new DriverModelBase(200_000, 200_000, 200_000, 200_000.0, 3, 0));
            assertThat(drivers.drivers().get(0).correlationBase()).isEqualTo(200_000);
            assertThat(drivers.rSquared()).isCloseTo(0.446809, offset(1e-6));
            assertThat(drivers.drivers().get(0).correlation()).isCloseTo(0.660068, offset(1e-6));
        }
    }

    @Test
    void correlationsRelativeWeightsAndQuadrants() {
        AnalysisEngine engine = AnalysisEngine.prepare(times(3, false), AnalysisSettings.DEFAULT);
        Drivers drivers = engine.drivers(Filter.NONE, ClassificationScheme.DEFAULT, DriverOutcome.DELIGHT,
                PerformanceMeasure.SATISFIED_OR_DELIGHTED);
        // 120 complete cases ≥ max(30, 10 × 4 touchpoints); ≥ 100 and ≥ 10 per predictor (3 vary), R² ≥ 0.10
        assertThat(drivers.method()).isEqualTo(DriverMethod.COMPLETE_CASES);
        assertThat(drivers.base()).isEqualTo(120);
        assertThat(drivers.model()).isEqualTo(new DriverModelBase(120, 120, 120, 120.0, 3, 0));
        assertThat(drivers.warnings()).isEmpty();
        assertThat(drivers.judged()).isTrue();
        assertThat(drivers.rSquared()).isCloseTo(0.446809, offset(1e-6));
        Driver a = drivers.drivers().get(0);
        Driver bDriver = drivers.drivers().get(1);
        Driver c = drivers.drivers().get(2);
        Driver d = drivers.drivers().get(3);
        assertThat(a.correlation()).isCloseTo(0.660068, offset(1e-6));
        assertThat(bDriver.correlation()).isCloseTo(0.124063, offset(1e-6));
        assertThat(d.correlation()).isCloseTo(-0.148522, offset(1e-6));
        assertThat(a.correlationBase()).isEqualTo(120);
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
    void aModelOfFortyRespondentsIsShownButNotJudged() {
        AnalysisEngine engine = AnalysisEngine.prepare(forty(false), AnalysisSettings.DEFAULT);
        Drivers drivers = engine.drivers(Filter.NONE, ClassificationScheme.DEFAULT, DriverOutcome.DELIGHT,
                PerformanceMeasure.SATISFIED_OR_DELIGHTED);
        // the same numbers as on 120 ...
        assertThat(drivers.base()).isEqualTo(40);
        assertThat(drivers.rSquared()).isCloseTo(0.446809, offset(1e-6));
        assertThat(drivers.drivers().get(0).relativeWeight()).isCloseTo(0.421151, offset(1e-6));
        assertThat(drivers.drivers().get(0).rank()).isEqualTo(1);
        // ... but 40 < 100 respondents (and 40 ≥ 10 × 3 predictors): a warning and no quadrant verdicts
        assertThat(drivers.warnings()).extracting(DriverWarning::code).containsExactly(DriverWarning.Code.SMALL_BASE);
        assertThat(drivers.warnings().get(0).message().render(Locale.ENGLISH))
                .isEqualTo("The model rests on 40 respondents, fewer than 100: quadrants are not judged.");
        assertThat(drivers.judged()).isFalse();
        assertThat(drivers.drivers()).allMatch(d -> d.quadrant() == null);
    }

    @Test
    void anOutcomeClassifiedFromTheTouchpointMeanIsNotJudged() {
        // 120 respondents without overall or recommend answers: each is classified from the mean of
        // their touchpoint fractions, so "delighted" is a function of the predictors.
        SurveyDataBuilder b = fourTouchpoints();
        for (int i = 0; i < 120; i++) {
            b.row().scores(i % 11, (7 * i) % 11, 5, (3 * i) % 5 + 1);
        }
        Drivers drivers = AnalysisEngine.prepare(b.build(), AnalysisSettings.DEFAULT).drivers(Filter.NONE,
                ClassificationScheme.DEFAULT, DriverOutcome.DELIGHT, PerformanceMeasure.SATISFIED_OR_DELIGHTED);
        assertThat(drivers.model().outcomeFromTouchpoints()).isEqualTo(120);
        assertThat(drivers.warnings()).extracting(DriverWarning::code)
                .contains(DriverWarning.Code.OUTCOME_FROM_TOUCHPOINTS);
        assertThat(drivers.judged()).isFalse();
        assertThat(drivers.drivers()).allMatch(d -> d.quadrant() == null);
        // the overall outcome does not exist here: said, not guessed
        Drivers overall = AnalysisEngine.prepare(b.build(), AnalysisSettings.DEFAULT).drivers(Filter.NONE,
                ClassificationScheme.DEFAULT, DriverOutcome.OVERALL, PerformanceMeasure.SATISFIED_OR_DELIGHTED);
        assertThat(overall.model().withOutcome()).isZero();
        assertThat(overall.warnings()).extracting(DriverWarning::code).containsExactly(DriverWarning.Code.NO_OUTCOME);
    }

    @Test
    void theOverallScoreAsOutcome() {
        // i = 0…119 with the formulas above; y = overall / 10 = A's fraction: numpy gives
        // r = (1, 0.105313, 0.018753) for A, B, D, ε = (0.994322, 0.005523, 0.000155) and R² = 1.
        SurveyDataBuilder b = fourTouchpoints();
        for (int i = 0; i < 120; i++) {
            b.row().overall(i % 11).scores(i % 11, (7 * i) % 11, 5, (3 * i) % 5 + 1);
        }
        Drivers drivers = AnalysisEngine.prepare(b.build(), AnalysisSettings.DEFAULT).drivers(Filter.NONE,
                ClassificationScheme.DEFAULT, DriverOutcome.OVERALL, PerformanceMeasure.SATISFIED_OR_DELIGHTED);
        assertThat(drivers.model().withOutcome()).isEqualTo(120);
        assertThat(drivers.model().outcomeFromTouchpoints()).isZero();
        assertThat(drivers.rSquared()).isCloseTo(1.0, offset(1e-6));
        assertThat(drivers.drivers().get(0).correlation()).isCloseTo(1.0, offset(1e-6));
        assertThat(drivers.drivers().get(1).correlation()).isCloseTo(0.105313, offset(1e-6));
        assertThat(drivers.drivers().get(2).correlation()).isNaN();
        assertThat(drivers.drivers().get(3).correlation()).isCloseTo(0.018753, offset(1e-6));
        assertThat(drivers.drivers().get(0).relativeWeight()).isCloseTo(0.994322, offset(1e-6));
        assertThat(drivers.drivers().get(1).relativeWeight()).isCloseTo(0.005523, offset(1e-6));
        assertThat(drivers.drivers().get(3).relativeWeight()).isCloseTo(0.000155, offset(1e-6));
        assertThat(drivers.judged()).isTrue();
    }

    @Test
    void aBinaryAttributeAsOutcome() {
        // satisfaction = "satisfied" when overall ≥ 7, else "neutral or dissatisfied"; missing for
        // i mod 10 = 3 and empty for i mod 10 = 7, which leaves 96 of 120 respondents with the outcome.
        // numpy: r = (0.833231, −0.107117, 0.035939), ε = (0.709298, 0.027300, 0.000796), R² = 0.737394
        SurveyDataBuilder b = fourTouchpoints();
        for (int i = 0; i < 120; i++) {
            SurveyDataBuilder.Row row = b.row().overall(i % 11).scores(i % 11, (7 * i) % 11, 5, (3 * i) % 5 + 1);
            if (i % 10 == 7) {
                row.segment("satisfaction", "");
            } else if (i % 10 != 3) {
                row.segment("satisfaction", i % 11 >= 7 ? "satisfied" : "neutral or dissatisfied");
            }
        }
        Drivers drivers = AnalysisEngine.prepare(b.build(), AnalysisSettings.DEFAULT).drivers(Filter.NONE,
                ClassificationScheme.DEFAULT, DriverOutcome.attribute("satisfaction", "satisfied"),
                PerformanceMeasure.SATISFIED_OR_DELIGHTED);
        assertThat(drivers.model().withOutcome()).isEqualTo(96);
        assertThat(drivers.base()).isEqualTo(96);
        assertThat(drivers.rSquared()).isCloseTo(0.737394, offset(1e-6));
        assertThat(drivers.drivers().get(0).correlation()).isCloseTo(0.833231, offset(1e-6));
        assertThat(drivers.drivers().get(1).correlation()).isCloseTo(-0.107117, offset(1e-6));
        assertThat(drivers.drivers().get(0).relativeWeight()).isCloseTo(0.709298, offset(1e-6));
        assertThat(drivers.drivers().get(1).relativeWeight()).isCloseTo(0.027300, offset(1e-6));
        assertThat(drivers.drivers().get(3).relativeWeight()).isCloseTo(0.000796, offset(1e-6));
        // 96 < 100: shown, not judged
        assertThat(drivers.warnings()).extracting(DriverWarning::code).containsExactly(DriverWarning.Code.SMALL_BASE);
    }

    @Test
    void withoutARecommendItemTheReasonIsThatItem() {
        SurveyDataBuilder b = fourTouchpoints().importScales(Scale.of(0, 10), null);
        for (int i = 0; i < 120; i++) {
            b.row().overall(i % 11).scores(i % 11, (7 * i) % 11, 5, (3 * i) % 5 + 1);
        }
        Drivers drivers = AnalysisEngine.prepare(b.build(), AnalysisSettings.DEFAULT).drivers(Filter.NONE,
                ClassificationScheme.DEFAULT, DriverOutcome.RECOMMEND, PerformanceMeasure.SATISFIED_OR_DELIGHTED);
        assertThat(drivers.warnings()).extracting(DriverWarning::code)
                .containsExactly(DriverWarning.Code.NO_OUTCOME_ITEM);
        assertThat(drivers.warnings().get(0).message().render(Locale.ENGLISH)).isEqualTo(
                "The project has no item for the likelihood to recommend (no import maps one), "
                        + "so there is no outcome to explain.");
        assertThat(drivers.drivers()).allMatch(d -> d.quadrant() == null && Double.isNaN(d.relativeWeight()));
    }

    @Test
    void weightsGiveTheModelAnEffectiveBaseAndUnweightedIgnoresThem() {
        // weights 1 and 2 alternating over 120: Σw = 180, Σw² = 60 + 240 = 300, effective base 180² / 300 = 108
        SurveyDataBuilder b = fourTouchpoints();
        for (int i = 0; i < 120; i++) {
            b.row().overall(i % 11).scores(i % 11, (7 * i) % 11, 5, (3 * i) % 5 + 1).weight(i % 2 == 0 ? 1 : 2)
                    .wave(i < 60 ? "W1" : "W2");
        }
        SurveyData data = b.build();
        AnalysisEngine weighted = AnalysisEngine.prepare(data, AnalysisSettings.DEFAULT);
        Drivers drivers = weighted.drivers(Filter.NONE, ClassificationScheme.DEFAULT, DriverOutcome.DELIGHT,
                PerformanceMeasure.SATISFIED_OR_DELIGHTED);
        assertThat(drivers.model().respondents()).isEqualTo(120);
        assertThat(drivers.model().effective()).isCloseTo(108.0, offset(1e-9));
        Dashboard dashboard = weighted.dashboard(Filter.NONE, ClassificationScheme.DEFAULT);
        assertThat(dashboard.weighted()).isTrue();
        assertThat(dashboard.effectiveRespondents()).isCloseTo(108.0, offset(1e-9));
        // wave W1 (i < 60) has 30 weights of 1 and 30 of 2 as well: 90² / 150 = 54 of 60
        Dashboard firstWave = weighted.dashboard(Filter.NONE.withWaves(java.util.Set.of("W1")),
                ClassificationScheme.DEFAULT);
        assertThat(firstWave.respondents()).isEqualTo(60);
        assertThat(firstWave.effectiveRespondents()).isCloseTo(54.0, offset(1e-9));

        AnalysisEngine unweighted = AnalysisEngine.prepare(data, AnalysisSettings.DEFAULT.unweighted());
        Dashboard plain = unweighted.dashboard(Filter.NONE, ClassificationScheme.DEFAULT);
        assertThat(plain.weighted()).isFalse();
        assertThat(plain.effectiveRespondents()).isEqualTo(120.0);
        assertThat(plain.overall().classes().effectiveBase()).isEqualTo(120.0);
        Drivers plainDrivers = unweighted.drivers(Filter.NONE, ClassificationScheme.DEFAULT, DriverOutcome.DELIGHT,
                PerformanceMeasure.SATISFIED_OR_DELIGHTED);
        assertThat(plainDrivers.model().effective()).isEqualTo(120.0);
        // unweighted, as numpy computes it for i = 0…119: R² = 0.446619, r(A) = 0.662208
        assertThat(plainDrivers.rSquared()).isCloseTo(0.446619, offset(1e-6));
        assertThat(plainDrivers.drivers().get(0).correlation()).isCloseTo(0.662208, offset(1e-6));
        // weighted, the odd respondents count twice, which moves the fit
        assertThat(drivers.rSquared()).isNotCloseTo(0.446619, offset(1e-4));
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
        // the model says whom it used: 41 with the outcome, of whom 40 complete
        assertThat(imputed.model().withOutcome()).isEqualTo(41);
        assertThat(imputed.model().completeCases()).isEqualTo(40);
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
