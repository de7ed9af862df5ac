package org.cxlens.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The guard-rails at their edges: 100 respondents, 10 per predictor, R² 0.10, 5 % from touchpoints. */
class DriverChecksTest {

    private static List<DriverWarning.Code> codes(DriverModelBase base, double rSquared) {
        return DriverChecks.check(DriverOutcome.DELIGHT, true, base.withOutcome(), base, rSquared).stream()
                .map(DriverWarning::code).toList();
    }

    private static DriverModelBase base(int respondents, int predictors, int fromTouchpoints) {
        return new DriverModelBase(respondents, respondents, respondents, respondents, predictors, fromTouchpoints);
    }

    @Test
    void aHundredRespondentsWithTenPerPredictorAndRSquaredPointOneAreJudged() {
        assertThat(codes(base(100, 10, 0), 0.10)).isEmpty();
    }

    @Test
    void ninetyNineRespondentsAreTooFew() {
        assertThat(codes(base(99, 5, 0), 0.5)).containsExactly(DriverWarning.Code.SMALL_BASE);
    }

    @Test
    void fewerThanTenPerPredictorAreTooFew() {
        // 109 < 10 × 11
        assertThat(codes(base(109, 11, 0), 0.5)).containsExactly(DriverWarning.Code.FEW_PER_PREDICTOR);
        assertThat(codes(base(110, 11, 0), 0.5)).isEmpty();
    }

    @Test
    void anRSquaredBelowATenthIsTooLow() {
        List<DriverWarning> warnings = DriverChecks.check(DriverOutcome.DELIGHT, true, 500, base(500, 5, 0), 0.0999);
        assertThat(warnings).extracting(DriverWarning::code).containsExactly(DriverWarning.Code.LOW_R_SQUARED);
        assertThat(warnings.get(0).message().render(Locale.ENGLISH)).isEqualTo("The touchpoints explain little of"
                + " the outcome (R² 0.100, below 0.10): importance is mostly noise and quadrants are not judged.");
        assertThat(warnings.get(0).message().render(Locale.forLanguageTag("nl"))).contains("R² 0,100, onder 0,10");
    }

    @Test
    void outcomesFromTheTouchpointsWithholdTheVerdictsAboveFivePercent() {
        // 5 of 100 = 5 %: said, not withheld; 6 of 100: withheld
        assertThat(codes(base(100, 5, 5), 0.5)).containsExactly(DriverWarning.Code.SOME_OUTCOMES_FROM_TOUCHPOINTS);
        assertThat(DriverWarning.Code.SOME_OUTCOMES_FROM_TOUCHPOINTS.withholdsVerdicts()).isFalse();
        assertThat(codes(base(100, 5, 6), 0.5)).containsExactly(DriverWarning.Code.OUTCOME_FROM_TOUCHPOINTS);
        assertThat(DriverWarning.Code.OUTCOME_FROM_TOUCHPOINTS.withholdsVerdicts()).isTrue();
    }

    @Test
    void noOutcomeSaysSoAndNothingElse() {
        DriverModelBase none = new DriverModelBase(0, 0, 0, 0, 0, 0);
        assertThat(DriverChecks.check(DriverOutcome.OVERALL, true, 250, none, Double.NaN))
                .extracting(w -> w.message().render(Locale.ENGLISH))
                .containsExactly("None of the 250 selected respondents has a value for the outcome (overall "
                        + "satisfaction), so there is nothing to explain.");
    }
}
