package org.cxlens.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Expectation;
import org.junit.jupiter.api.Test;

class PackedAnswersTest {

    @Test
    void scoresBecomeOneCharacterPerSlotWithoutTrailingMissingOnes() throws CxLensException {
        StringBuilder out = new StringBuilder();
        PackedAnswers.packScores(new double[] {0, 7.5, Double.NaN, 10}, 5, out, 2);
        // 0x100 + 0, 0x100 + 750 = 0x3EE, missing, 0x100 + 1000 = 0x4E8; slot 4 (missing) left out.
        assertThat(out.toString()).isEqualTo("\u0100\u03EE \u04E8");
        assertThat(PackedAnswers.score(out.toString(), 4)).isNaN();
        assertThat(PackedAnswers.score(out.toString(), 1)).isEqualTo(7.5f);
        assertThat(PackedAnswers.score(out.toString(), 2)).isNaN();
        assertThat(PackedAnswers.score(out.toString(), 9)).isNaN();
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
        StringBuilder out = new StringBuilder();
        assertThatThrownBy(() -> PackedAnswers.packScores(new double[] {1, Double.NaN, 3}, 2, out, 5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void expectationsUseTheirCodes() {
        StringBuilder out = new StringBuilder();
        PackedAnswers.packExpectations(new Expectation[] {Expectation.WORSE, null, Expectation.BETTER}, 4, out);
        assertThat(out.toString()).isEqualTo("- +");
        assertThat(PackedAnswers.expectation(out.toString(), 2)).isEqualTo(Expectation.BETTER);
        assertThat(PackedAnswers.expectation(out.toString(), 1)).isNull();
        assertThat(PackedAnswers.expectation(out.toString(), 3)).isNull();
    }

    @Test
    void aSurveyWithoutExpectationItemsStoresAnEmptyText() {
        StringBuilder out = new StringBuilder("kept");
        PackedAnswers.packExpectations(new Expectation[] {null, null, null}, 3, out);
        assertThat(out.toString()).isEqualTo("kept");
    }
}
