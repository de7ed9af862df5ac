package org.cxlens.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Expectation;
import org.junit.jupiter.api.Test;

class PackedAnswersTest {

    @Test
    void scoresBecomeOneCharacterPerSlotWithoutTrailingMissingOnes() throws CxLensException {
        char[] buffer = new char[5];
        String packed = PackedAnswers.packScores(new double[] {0, 7.5, Double.NaN, 10}, 5, buffer, 2);
        // 0x100 + 0, 0x100 + 750 = 0x3EE, missing, 0x100 + 1000 = 0x4E8; slot 4 (missing) left out.
        assertThat(packed).isEqualTo("\u0100\u03EE \u04E8");
        assertThat(buffer).containsExactly('\u0100', '\u03EE', ' ', '\u04E8', ' ');
        assertThat(PackedAnswers.score(packed, 4)).isNaN();
        assertThat(PackedAnswers.score(packed, 1)).isEqualTo(7.5f);
        assertThat(PackedAnswers.score(packed, 2)).isNaN();
        assertThat(PackedAnswers.score(packed, 9)).isNaN();
    }

    @Test
    void scoresRoundToHundredths() throws CxLensException {
        assertThat((int) PackedAnswers.scoreChar(7.254, 2)).isEqualTo(0x100 + 725);
        assertThat((int) PackedAnswers.scoreChar(547.83, 2)).isEqualTo(0xD6FF);
    }

    @Test
    void scoresOutsideThePackableRangeAreRefused() {
        assertThatThrownBy(() -> PackedAnswers.scoreChar(-0.01, 12))
                .isInstanceOfSatisfying(CxLensException.class,
                        e -> assertThat(e.getMessage()).contains("Row 12", "547.83"));
        assertThatThrownBy(() -> PackedAnswers.scoreChar(547.84, 12)).isInstanceOf(CxLensException.class);
    }

    @Test
    void aScoreForAnUndeclaredSlotIsAProgrammingError() {
        assertThatThrownBy(() -> PackedAnswers.packScores(new double[] {1, Double.NaN, 3}, 2, new char[2], 5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void expectationsUseTheirCodes() {
        String packed = PackedAnswers.packExpectations(
                new Expectation[] {Expectation.WORSE, null, Expectation.BETTER}, 4, new char[4]);
        assertThat(packed).isEqualTo("- +");
        assertThat(PackedAnswers.expectation(packed, 2)).isEqualTo(Expectation.BETTER);
        assertThat(PackedAnswers.expectation(packed, 1)).isNull();
        assertThat(PackedAnswers.expectation(packed, 3)).isNull();
    }

    @Test
    void aSurveyWithoutExpectationItemsStoresAnEmptyText() {
        assertThat(PackedAnswers.packExpectations(new Expectation[] {null, null, null}, 3, new char[3])).isEmpty();
        assertThat(PackedAnswers.packExpectations(null, 3, new char[3])).isEmpty();
    }
}
