package org.cxlens.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

class ScaleTest {

    @Test
    void aScaleWhoseBestAnswerIsOneIsReadFromWorstToBest() {
        Scale fiveToOne = Scale.of(5, 1);

        // p = (x − 5) / (1 − 5): 1 → 1.0, 2 → 0.75, 3 → 0.5, 5 → 0.0, exactly 1–5 read at 6 − x.
        assertThat(fiveToOne.fraction(1)).isEqualTo(1.0);
        assertThat(fiveToOne.fraction(2)).isEqualTo(0.75);
        assertThat(fiveToOne.fraction(5)).isEqualTo(0.0);
        for (int x = 1; x <= 5; x++) {
            assertThat(fiveToOne.fraction(x)).isCloseTo(Scale.of(1, 5).fraction(6 - x), offset(1e-15));
        }
        assertThat(fiveToOne.score(0.75)).isEqualTo(2.0);
        assertThat(fiveToOne.reversed()).isTrue();
        assertThat(Scale.of(1, 5).reversed()).isFalse();
        assertThat(fiveToOne.label()).isEqualTo("5–1");
        assertThat(fiveToOne.bestLabel()).isEqualTo("1");
        assertThat(fiveToOne.flipped()).isEqualTo(Scale.of(1, 5));
        assertThat(fiveToOne).isNotEqualTo(Scale.of(1, 5));
    }

    @Test
    void aReversedScaleStillKnowsWhatLiesOutsideIt() {
        Scale fiveToOne = Scale.of(5, 1);

        assertThat(fiveToOne.low()).isEqualTo(1);
        assertThat(fiveToOne.high()).isEqualTo(5);
        assertThat(fiveToOne.contains(1)).isTrue();
        assertThat(fiveToOne.contains(5)).isTrue();
        assertThat(fiveToOne.contains(3.5)).isTrue();
        assertThat(fiveToOne.contains(0)).isFalse();
        assertThat(fiveToOne.contains(6)).isFalse();
    }

    @Test
    void aScaleNeedsTwoDifferentEnds() {
        assertThatThrownBy(() -> Scale.of(3, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Scale.of(Double.NaN, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
