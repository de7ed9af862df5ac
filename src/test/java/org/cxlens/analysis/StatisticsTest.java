package org.cxlens.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

class StatisticsTest {

    @Test
    void wilsonIntervalFor45OutOf100() {
        // z = 1.96, z² = 3.8415, z²/n = 0.038415
        // centre = (0.45 + 0.019208) / 1.038415 = 0.451851
        // half   = 1.96 · √(0.45·0.55/100 + 3.8415/40000) / 1.038415 = 1.96 · 0.050705 / 1.038415 = 0.095705
        // → [0.35615, 0.54756]
        double[] ci = Statistics.wilson(0.45, 100);
        assertThat(ci[0]).isCloseTo(0.35615, offset(5e-5));
        assertThat(ci[1]).isCloseTo(0.54755, offset(5e-5));
    }

    @Test
    void wilsonIntervalStaysInsideTheUnitIntervalAtZero() {
        // p = 0, n = 10: centre = (0.19208) / 1.38415 = 0.13877, half = 1.96·√(0.0096040)/1.38415 = 0.13877
        // → [0, 0.27753]
        double[] ci = Statistics.wilson(0, 10);
        assertThat(ci[0]).isEqualTo(0.0);
        assertThat(ci[1]).isCloseTo(0.27753, offset(5e-5));
    }

    @Test
    void wilsonIntervalIsUndefinedOnAnEmptyBase() {
        assertThat(Statistics.wilson(0.5, 0)[0]).isNaN();
    }

    @Test
    void kishEffectiveBase() {
        // weights 1, 1, 2, 2: (Σw)² / Σw² = 6² / (1 + 1 + 4 + 4) = 36 / 10 = 3.6
        assertThat(Statistics.kishBase(6, 10)).isCloseTo(3.6, offset(1e-12));
        // equal weights give back n: 5 weights of 2 → 10² / 20 = 5
        assertThat(Statistics.kishBase(10, 20)).isCloseTo(5, offset(1e-12));
    }

    @Test
    void npsInterval() {
        // 10 respondents: 5 promoters, 3 passives, 2 detractors → NPS = 50 − 20 = 30
        // var = ((0.5 + 0.2) − 0.3²) / 10 = (0.7 − 0.09) / 10 = 0.061; se = 0.24698
        // half = 1.96 · 0.24698 = 0.48407 → [30 − 48.41, 30 + 48.41] = [−18.41, 78.41]
        double[] ci = Statistics.npsInterval(0.5, 0.2, 10);
        assertThat(ci[0]).isCloseTo(-18.41, offset(0.01));
        assertThat(ci[1]).isCloseTo(78.41, offset(0.01));
    }

    @Test
    void twoProportionTestOnA2x2Table() {
        //           yes   no   n
        // group A    60   40  100
        // group B    45   55  100
        // pooled p = 105/200 = 0.525; se = √(0.525·0.475·(1/100 + 1/100)) = √0.0049875 = 0.070622
        // z = (0.60 − 0.45) / 0.070622 = 2.1240; two-sided p = 0.0337 → significant at 95 %
        double z = Statistics.twoProportionZ(0.60, 100, 0.45, 100);
        assertThat(z).isCloseTo(2.1240, offset(1e-4));
        assertThat(Statistics.twoSidedP(z)).isCloseTo(0.0337, offset(1e-4));
        Comparison c = Comparison.of(0.60, 100, 0.45, 100, 30);
        assertThat(c.significant()).isTrue();
        assertThat(c.suppressed()).isFalse();
        assertThat(c.difference()).isCloseTo(0.15, offset(1e-12));
    }

    @Test
    void aTestIsSuppressedWhenEitherBaseIsLow() {
        Comparison c = Comparison.of(0.90, 29, 0.10, 500, 30);
        assertThat(c.suppressed()).isTrue();
        assertThat(c.significant()).isFalse();
        assertThat(c.z()).isNaN();
    }

    @Test
    void pValueOfTheNormalQuantile() {
        assertThat(Statistics.twoSidedP(Statistics.Z95)).isCloseTo(0.05, offset(1e-6));
        assertThat(Statistics.twoSidedP(0)).isCloseTo(1.0, offset(1e-6));
        // Φ(−3) = 0.0013499 → two-sided 0.0026998
        assertThat(Statistics.twoSidedP(-3)).isCloseTo(0.0026998, offset(1e-6));
    }

    @Test
    void pearsonCorrelationFromSums() {
        // x = (1, 2, 3), y = (1, 3, 2): Σx 6, Σy 6, Σx² 14, Σy² 14, Σxy 13
        // cov = 13 − 36/3 = 1, var x = var y = 14 − 12 = 2 → r = 1 / 2 = 0.5
        assertThat(Statistics.correlation(3, 6, 6, 14, 14, 13)).isCloseTo(0.5, offset(1e-12));
        // a constant column (0.3 three times, not exact in binary) has no correlation
        double c = 0.3;
        assertThat(Statistics.correlation(3, 3 * c, 6, 3 * c * c, 14, c + 3 * c + 2 * c)).isNaN();
    }
}
