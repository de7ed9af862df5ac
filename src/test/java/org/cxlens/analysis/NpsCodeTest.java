package org.cxlens.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.cxlens.domain.Scale;
import org.junit.jupiter.api.Test;

/** Promoters, passives and detractors of a recommend item, on 0–10 and on the same points declared 10–0. */
class NpsCodeTest {

    @Test
    void zeroToTenHasPromotersFromNineAndDetractorsUpToSix() {
        Scale scale = Scale.of(0, 10);
        assertThat(PreparedData.npsCode(scale, 10)).isEqualTo(2);
        assertThat(PreparedData.npsCode(scale, 9)).isEqualTo(2);
        assertThat(PreparedData.npsCode(scale, 8)).isEqualTo(1);
        assertThat(PreparedData.npsCode(scale, 7)).isEqualTo(1);
        assertThat(PreparedData.npsCode(scale, 6)).isEqualTo(0);
        assertThat(PreparedData.npsCode(scale, 0)).isEqualTo(0);
    }

    @Test
    void tenToZeroIsTheSameScaleReadTheOtherWayRound() {
        Scale scale = Scale.of(10, 0);
        assertThat(PreparedData.npsCode(scale, 0)).isEqualTo(2);
        assertThat(PreparedData.npsCode(scale, 1)).isEqualTo(2);
        assertThat(PreparedData.npsCode(scale, 2)).isEqualTo(1);
        assertThat(PreparedData.npsCode(scale, 3)).isEqualTo(1);
        assertThat(PreparedData.npsCode(scale, 4)).isEqualTo(0);
        assertThat(PreparedData.npsCode(scale, 10)).isEqualTo(0);
    }

    @Test
    void otherScalesHaveNoNps() {
        assertThat(PreparedData.npsCode(Scale.of(1, 5), 5)).isEqualTo(-1);
        assertThat(PreparedData.npsCode(Scale.of(5, 1), 1)).isEqualTo(-1);
        assertThat(PreparedData.npsCode(Scale.of(1, 10), 10)).isEqualTo(-1);
        assertThat(PreparedData.npsCode(Scale.of(0, 10), Float.NaN)).isEqualTo(-1);
    }
}
