package org.cxlens.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

/**
 * NPS 40 promoters, 0 detractors of 100 (= 40) against 20 promoters, 30 detractors of 100 (= −10):
 * variances (0.4 − 0.16)/100 and (0.5 − 0.01)/100, z = 0.5 / √0.0073 = 5.852.
 */
class NpsTest {

    private static Nps nps(double promoters, double detractors, int n) {
        return new Nps(n, n, 100 * (promoters - detractors), Double.NaN, Double.NaN, promoters, detractors, n < 30);
    }

    @Test
    void comparesTwoGroupsOnTheVarianceOfEachNps() {
        Comparison c = nps(0.4, 0, 100).compare(nps(0.2, 0.3, 100), AnalysisSettings.DEFAULT);

        assertThat(c.difference()).isCloseTo(0.5, offset(1e-12));
        assertThat(c.z()).isCloseTo(5.852, offset(1e-3));
        assertThat(c.significant()).isTrue();
        assertThat(c.suppressed()).isFalse();
    }

    @Test
    void isSuppressedWhenEitherBaseIsLow() {
        Comparison c = nps(0.9, 0, 20).compare(nps(0.1, 0.8, 100), AnalysisSettings.DEFAULT);

        assertThat(c.suppressed()).isTrue();
        assertThat(c.significant()).isFalse();
    }
}
