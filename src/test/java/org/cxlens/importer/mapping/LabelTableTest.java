package org.cxlens.importer.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.cxlens.domain.Expectation;
import org.cxlens.domain.Scale;
import org.junit.jupiter.api.Test;

class LabelTableTest {

    private static final Scale FIVE = Scale.of(1, 5);
    private final LabelTable table = LabelTable.defaults();

    @Test
    void englishSatisfactionLabelsReadOneToFive() {
        assertThat(table.scoreValue(FIVE, "Very dissatisfied")).isEqualTo(1);
        assertThat(table.scoreValue(FIVE, "Dissatisfied")).isEqualTo(2);
        assertThat(table.scoreValue(FIVE, "Neither satisfied nor dissatisfied")).isEqualTo(3);
        assertThat(table.scoreValue(FIVE, "Satisfied")).isEqualTo(4);
        assertThat(table.scoreValue(FIVE, "Very satisfied")).isEqualTo(5);
    }

    @Test
    void dutchSatisfactionLabelsReadOneToFive() {
        assertThat(table.scoreValue(FIVE, "Zeer ontevreden")).isEqualTo(1);
        assertThat(table.scoreValue(FIVE, "Ontevreden")).isEqualTo(2);
        assertThat(table.scoreValue(FIVE, "Neutraal")).isEqualTo(3);
        assertThat(table.scoreValue(FIVE, "Tevreden")).isEqualTo(4);
        assertThat(table.scoreValue(FIVE, "Zeer tevreden")).isEqualTo(5);
    }

    @Test
    void onAScaleWhoseBestAnswerIsOneTheLabelsKeepTheirPlaceFromWorstToBest() {
        Scale fiveToOne = Scale.of(5, 1);
        LabelTable edited = table.withScoreLabel(fiveToOne, "Top", 1);

        // 6 − x: the best label is 1 on 5–1, the worst 5, the middle stays 3.
        assertThat(table.scoreValue(fiveToOne, "Very satisfied")).isEqualTo(1);
        assertThat(table.scoreValue(fiveToOne, "Satisfied")).isEqualTo(2);
        assertThat(table.scoreValue(fiveToOne, "Neutraal")).isEqualTo(3);
        assertThat(table.scoreValue(fiveToOne, "Very dissatisfied")).isEqualTo(5);
        assertThat(edited.scoreValue(fiveToOne, "Top")).isEqualTo(1);
        assertThat(edited.scoreValue(fiveToOne, "Zeer ontevreden")).as("defaults still reach 5–1 beside its own labels")
                .isEqualTo(5);
        assertThat(edited.scoreOverrides()).extracting(LabelTable.ScoreLabel::label).containsExactly("Top");
    }

    @Test
    void likelihoodLabelsReadOneToFive() {
        assertThat(table.scoreValue(FIVE, "Not at all likely")).isEqualTo(1);
        assertThat(table.scoreValue(FIVE, "Somewhat likely")).isEqualTo(3);
        assertThat(table.scoreValue(FIVE, "Very likely")).isEqualTo(4);
        assertThat(table.scoreValue(FIVE, "Extremely likely")).isEqualTo(5);
    }

    @Test
    void matchingIgnoresCaseAndExtraWhitespace() {
        assertThat(table.scoreValue(FIVE, "  ZEER   tevreden ")).isEqualTo(5);
        assertThat(table.scoreValue(FIVE, "very\u00a0satisfied")).isEqualTo(5);
        assertThat(table.expectation(" beter DAN verwacht")).isEqualTo(Expectation.BETTER);
    }

    @Test
    void labelKeysDropALeadingNumberButKeepNumbersThatArePartOfTheLabel() {
        assertThat(LabelTable.labelKey("5 - Strongly agree")).isEqualTo("strongly agree");
        assertThat(LabelTable.labelKey(" 1.  Helemaal ONEENS ")).isEqualTo("helemaal oneens");
        assertThat(LabelTable.labelKey("10 = Extremely likely")).isEqualTo("extremely likely");
        assertThat(LabelTable.labelKey("1 (Strongly disagree)")).isEqualTo("strongly disagree");
        assertThat(LabelTable.labelKey("3 – Neutral")).isEqualTo("neutral");
        assertThat(LabelTable.labelKey("2nd visit")).isEqualTo("2nd visit");
        assertThat(LabelTable.labelKey("Top 3")).isEqualTo("top 3");
        assertThat(LabelTable.labelKey("42")).isEqualTo("42");
    }

    @Test
    void unknownLabelsAreNotGuessed() {
        assertThat(table.scoreValue(FIVE, "Very satisfied!!")).isNaN();
        assertThat(table.scoreValue(FIVE, "Redelijk tevreden")).isNaN();
        assertThat(table.scoreValue(Scale.of(0, 10), "Very satisfied")).isNaN();
        assertThat(table.expectation("Niet van toepassing")).isNull();
    }

    @Test
    void expectationLabelsInEnglishAndDutch() {
        assertThat(table.expectation("Worse than expected")).isEqualTo(Expectation.WORSE);
        assertThat(table.expectation("As expected")).isEqualTo(Expectation.AS_EXPECTED);
        assertThat(table.expectation("Better than expected")).isEqualTo(Expectation.BETTER);
        assertThat(table.expectation("Much better than expected")).isEqualTo(Expectation.BETTER);
        assertThat(table.expectation("Much worse than expected")).isEqualTo(Expectation.WORSE);
        assertThat(table.expectation("Slechter dan verwacht")).isEqualTo(Expectation.WORSE);
        assertThat(table.expectation("Zoals verwacht")).isEqualTo(Expectation.AS_EXPECTED);
        assertThat(table.expectation("Beter dan verwacht")).isEqualTo(Expectation.BETTER);
        assertThat(table.expectation("Veel beter dan verwacht")).isEqualTo(Expectation.BETTER);
    }

    @Test
    void leadingNumberIsTakenFromNumberedLabels() {
        assertThat(LabelTable.leadingNumber("0 - Not at all likely")).isEqualTo(0);
        assertThat(LabelTable.leadingNumber("10 - Extremely likely")).isEqualTo(10);
        assertThat(LabelTable.leadingNumber("5 = Zeer tevreden")).isEqualTo(5);
        assertThat(LabelTable.leadingNumber("7")).isNaN();
        assertThat(LabelTable.leadingNumber("3 - 4")).isNaN();
        assertThat(LabelTable.leadingNumber("Top 3")).isNaN();
    }

    @Test
    void editsAreCopiesAndOnlyEditsCountAsOverrides() {
        LabelTable edited = table.withScoreLabel(FIVE, "Heel erg tevreden", 5)
                .withScoreLabel(FIVE, "Neutraal", 2.5)
                .withExpectationLabel("Precies zoals gedacht", Expectation.AS_EXPECTED);

        assertThat(table.scoreValue(FIVE, "Heel erg tevreden")).isNaN();
        assertThat(edited.scoreValue(FIVE, "heel erg tevreden")).isEqualTo(5);
        assertThat(edited.scoreValue(FIVE, "Neutraal")).isEqualTo(2.5);
        assertThat(edited.scoreOverrides()).extracting(LabelTable.ScoreLabel::label)
                .containsExactlyInAnyOrder("Heel erg tevreden", "Neutraal");
        assertThat(edited.expectationOverrides()).extracting(LabelTable.ExpectationLabel::label)
                .containsExactly("Precies zoals gedacht");
        assertThat(table.scoreOverrides()).isEmpty();
    }

    @Test
    void defaultMissingCodesAreTheCommonNonAnswersButNot99() {
        assertThat(LabelTable.normalizedSet(LabelTable.DEFAULT_MISSING_CODES))
                .contains("n/a", "na", "n.v.t.", "nvt", "weet niet", "don't know", "-", "")
                .doesNotContain("99", "0");
        assertThat(LabelTable.normalize("Don’t  know")).isEqualTo("don't know");
    }
}
