package org.cxlens.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.cxlens.domain.ExperienceClass.DELIGHTED;
import static org.cxlens.domain.ExperienceClass.INDIFFERENT;
import static org.cxlens.domain.ExperienceClass.SATISFIED;

import java.util.stream.Stream;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.Expectation;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClassifierTest {

    private final Classifier classifier = new Classifier(ClassificationScheme.DEFAULT);

    /**
     * scale, score, expectation (null = none), class, recovery needed. Default scheme: delighted
     * p ≥ 0.85, satisfied p ≥ 0.65, recovery p < 0.35 or worse than expected.
     */
    static Stream<Arguments> table() {
        Scale s010 = Scale.of(0, 10);
        Scale s110 = Scale.of(1, 10);
        Scale s15 = Scale.of(1, 5);
        Scale s17 = Scale.of(1, 7);
        // A four-label scale ("Very dissatisfied" … "Very satisfied") mapped to 0–3.
        Scale labels = Scale.of(0, 3);
        Scale s020 = Scale.of(0, 20);
        return Stream.of(
                // 0–10 equals the NPS bands: 0–6 indifferent, 7–8 satisfied, 9–10 delighted; 0–3 recovery.
                Arguments.of(s010, 0, null, INDIFFERENT, true),
                Arguments.of(s010, 3, null, INDIFFERENT, true),        // p 0.30
                Arguments.of(s010, 3.5, null, INDIFFERENT, false),     // p 0.35 exactly: on the cut, no recovery
                Arguments.of(s010, 4, null, INDIFFERENT, false),
                Arguments.of(s010, 6, null, INDIFFERENT, false),       // p 0.60
                Arguments.of(s010, 6.5, null, SATISFIED, false),       // p 0.65 exactly
                Arguments.of(s010, 7, null, SATISFIED, false),         // p 0.70
                Arguments.of(s010, 8, null, SATISFIED, false),
                Arguments.of(s010, 8.5, null, DELIGHTED, false),       // p 0.85 exactly
                Arguments.of(s010, 9, null, DELIGHTED, false),         // p 0.90
                Arguments.of(s010, 10, null, DELIGHTED, false),
                // 1–10: p = (x − 1) / 9
                Arguments.of(s110, 1, null, INDIFFERENT, true),
                Arguments.of(s110, 4, null, INDIFFERENT, true),        // 3/9 = 0.333
                Arguments.of(s110, 5, null, INDIFFERENT, false),       // 4/9 = 0.444
                Arguments.of(s110, 6, null, INDIFFERENT, false),       // 5/9 = 0.556
                Arguments.of(s110, 7, null, SATISFIED, false),         // 6/9 = 0.667
                Arguments.of(s110, 8, null, SATISFIED, false),         // 7/9 = 0.778
                Arguments.of(s110, 9, null, DELIGHTED, false),         // 8/9 = 0.889
                Arguments.of(s110, 10, null, DELIGHTED, false),
                // 1–5: p = (x − 1) / 4
                Arguments.of(s15, 1, null, INDIFFERENT, true),
                Arguments.of(s15, 2, null, INDIFFERENT, true),         // 0.25
                Arguments.of(s15, 3, null, INDIFFERENT, false),        // 0.50
                Arguments.of(s15, 4, null, SATISFIED, false),          // 0.75
                Arguments.of(s15, 5, null, DELIGHTED, false),          // 1.00
                // 1–7: p = (x − 1) / 6
                Arguments.of(s17, 1, null, INDIFFERENT, true),
                Arguments.of(s17, 3, null, INDIFFERENT, true),         // 0.333
                Arguments.of(s17, 4, null, INDIFFERENT, false),        // 0.50
                Arguments.of(s17, 5, null, SATISFIED, false),          // 0.667
                Arguments.of(s17, 6, null, SATISFIED, false),          // 0.833
                Arguments.of(s17, 7, null, DELIGHTED, false),          // 1.00
                // labels 0–3: p = x / 3
                Arguments.of(labels, 0, null, INDIFFERENT, true),
                Arguments.of(labels, 1, null, INDIFFERENT, true),      // 0.333
                Arguments.of(labels, 2, null, SATISFIED, false),       // 0.667
                Arguments.of(labels, 3, null, DELIGHTED, false),
                // 0–20 hits every cut exactly in floating point: 7 → 0.35, 13 → 0.65, 17 → 0.85
                Arguments.of(s020, 6.9, null, INDIFFERENT, true),
                Arguments.of(s020, 7, null, INDIFFERENT, false),
                Arguments.of(s020, 12.9, null, INDIFFERENT, false),
                Arguments.of(s020, 13, null, SATISFIED, false),
                Arguments.of(s020, 16.9, null, SATISFIED, false),
                Arguments.of(s020, 17, null, DELIGHTED, false),
                // with an expectation item: better & p ≥ 0.65 delighted; better & p < 0.65 satisfied;
                // as expected & p ≥ 0.65 satisfied; everything else indifferent; worse always recovery
                Arguments.of(s010, 10, Expectation.BETTER, DELIGHTED, false),
                Arguments.of(s010, 7, Expectation.BETTER, DELIGHTED, false),
                Arguments.of(s010, 6.5, Expectation.BETTER, DELIGHTED, false),    // p 0.65 exactly
                Arguments.of(s010, 6, Expectation.BETTER, SATISFIED, false),
                Arguments.of(s010, 2, Expectation.BETTER, SATISFIED, true),       // p 0.20 < 0.35
                Arguments.of(s010, 10, Expectation.AS_EXPECTED, SATISFIED, false),
                Arguments.of(s010, 6.5, Expectation.AS_EXPECTED, SATISFIED, false),
                Arguments.of(s010, 6, Expectation.AS_EXPECTED, INDIFFERENT, false),
                Arguments.of(s010, 10, Expectation.WORSE, INDIFFERENT, true),
                Arguments.of(s010, 5, Expectation.WORSE, INDIFFERENT, true),
                Arguments.of(s15, 4, Expectation.BETTER, DELIGHTED, false),       // 0.75 ≥ 0.65
                Arguments.of(s15, 3, Expectation.BETTER, SATISFIED, false),       // 0.50
                Arguments.of(s15, 5, Expectation.AS_EXPECTED, SATISFIED, false),
                Arguments.of(s15, 3, Expectation.AS_EXPECTED, INDIFFERENT, false),
                Arguments.of(s15, 5, Expectation.WORSE, INDIFFERENT, true),
                Arguments.of(s17, 5, Expectation.BETTER, DELIGHTED, false),       // 0.667
                Arguments.of(s17, 4, Expectation.BETTER, SATISFIED, false),       // 0.50
                Arguments.of(s110, 7, Expectation.AS_EXPECTED, SATISFIED, false), // 0.667
                Arguments.of(s110, 6, Expectation.AS_EXPECTED, INDIFFERENT, false),
                Arguments.of(labels, 2, Expectation.BETTER, DELIGHTED, false),
                Arguments.of(labels, 1, Expectation.BETTER, SATISFIED, true));
    }

    @ParameterizedTest(name = "{1} on {0} with {2} → {3}, recovery {4}")
    @MethodSource("table")
    void classifiesEveryScaleAndBoundary(Scale scale, double score, Expectation expectation,
                                         ExperienceClass expected, boolean recovery) {
        // Scores arrive as floats from the project file; classify what the engine will see.
        double p = scale.fraction((float) score);
        assertThat(classifier.classify(p, expectation)).isEqualTo(expected);
        assertThat(classifier.recoveryNeeded(p, expectation)).isEqualTo(recovery);
    }

    @Test
    void movingAThresholdMovesTheClass() {
        Classifier strict = new Classifier(new ClassificationScheme(0.95, 0.75, 0.35));
        double eight = Scale.of(0, 10).fraction(8);
        double nine = Scale.of(0, 10).fraction(9);
        assertThat(strict.classify(nine, null)).isEqualTo(SATISFIED);
        assertThat(strict.classify(eight, null)).isEqualTo(SATISFIED);
        assertThat(strict.classify(Scale.of(0, 10).fraction(7), null)).isEqualTo(INDIFFERENT);
        assertThat(strict.classify(eight, Expectation.BETTER)).isEqualTo(DELIGHTED);
    }

    @Test
    void withTheExpectationRuleOffOnlyTheScoreCounts() {
        Classifier scoresOnly = new Classifier(new ClassificationScheme(0.85, 0.65, 0.35, false));
        Scale s010 = Scale.of(0, 10);
        // 7 better than expected: delighted under the rule, satisfied (0.70) on its own.
        assertThat(scoresOnly.classify(s010.fraction(7), Expectation.BETTER)).isEqualTo(SATISFIED);
        // 10 worse than expected: indifferent and recovery under the rule, delighted and no recovery on its own.
        assertThat(scoresOnly.classify(s010.fraction(10), Expectation.WORSE)).isEqualTo(DELIGHTED);
        assertThat(scoresOnly.recoveryNeeded(s010.fraction(10), Expectation.WORSE)).isFalse();
        assertThat(scoresOnly.recoveryNeeded(s010.fraction(3), Expectation.AS_EXPECTED)).isTrue();
        assertThat(scoresOnly.classify(s010.fraction(6), Expectation.AS_EXPECTED)).isEqualTo(INDIFFERENT);
    }

    @Test
    void cutPointsOnEachScale() {
        // 0–10: satisfied from 0 + 0.65·10 = 6.5 → first whole score 7; delighted from 8.5 → 9;
        // recovery below 3.5 → last whole score needing recovery 3.
        CutPoints tenPointZero = classifier.cutPoints(Scale.of(0, 10));
        assertThat(tenPointZero.satisfiedFrom()).isCloseTo(6.5, offset(1e-12));
        assertThat(tenPointZero.delightedFrom()).isCloseTo(8.5, offset(1e-12));
        assertThat(tenPointZero.recoveryBelow()).isCloseTo(3.5, offset(1e-12));
        assertThat(tenPointZero.firstSatisfiedScore()).isEqualTo(7);
        assertThat(tenPointZero.firstDelightedScore()).isEqualTo(9);
        assertThat(tenPointZero.lastRecoveryScore()).isEqualTo(3);
        // 1–5: 1 + 0.65·4 = 3.6 → 4; 1 + 0.85·4 = 4.4 → 5; 1 + 0.35·4 = 2.4 → 2.
        CutPoints fivePoint = classifier.cutPoints(Scale.of(1, 5));
        assertThat(fivePoint.satisfiedFrom()).isCloseTo(3.6, offset(1e-12));
        assertThat(fivePoint.firstSatisfiedScore()).isEqualTo(4);
        assertThat(fivePoint.firstDelightedScore()).isEqualTo(5);
        assertThat(fivePoint.lastRecoveryScore()).isEqualTo(2);
        // 1–7: 1 + 0.65·6 = 4.9 → 5; 1 + 0.85·6 = 6.1 → 7; 1 + 0.35·6 = 3.1 → 3.
        CutPoints sevenPoint = classifier.cutPoints(Scale.of(1, 7));
        assertThat(sevenPoint.firstSatisfiedScore()).isEqualTo(5);
        assertThat(sevenPoint.firstDelightedScore()).isEqualTo(7);
        assertThat(sevenPoint.lastRecoveryScore()).isEqualTo(3);
        // 1–10: 1 + 0.65·9 = 6.85 → 7; 1 + 0.85·9 = 8.65 → 9; 1 + 0.35·9 = 4.15 → 4.
        CutPoints tenPoint = classifier.cutPoints(Scale.of(1, 10));
        assertThat(tenPoint.firstSatisfiedScore()).isEqualTo(7);
        assertThat(tenPoint.firstDelightedScore()).isEqualTo(9);
        assertThat(tenPoint.lastRecoveryScore()).isEqualTo(4);
        // 0–20: the cuts fall on whole scores (13, 17, 7); a score on a cut counts upwards.
        CutPoints twenty = classifier.cutPoints(Scale.of(0, 20));
        assertThat(twenty.firstSatisfiedScore()).isEqualTo(13);
        assertThat(twenty.firstDelightedScore()).isEqualTo(17);
        assertThat(twenty.lastRecoveryScore()).isEqualTo(6);
    }

    @Test
    void cutPointsOnAScaleWhoseBestAnswerIsItsLowestNumber() {
        // 5–1: p = (x − 5) / (1 − 5). Satisfied from p 0.65 → x = 5 − 2.6 = 2.4, so 2 and 1; delighted from
        // p 0.85 → x = 1.6, so 1; recovery below p 0.35 → x = 3.6, so 4 and 5: the 1–5 cuts mirrored (6 − x).
        CutPoints five = classifier.cutPoints(Scale.of(5, 1));
        assertThat(five.satisfiedFrom()).isCloseTo(2.4, offset(1e-12));
        assertThat(five.delightedFrom()).isCloseTo(1.6, offset(1e-12));
        assertThat(five.recoveryBelow()).isCloseTo(3.6, offset(1e-12));
        assertThat(five.firstSatisfiedScore()).isEqualTo(2);
        assertThat(five.firstDelightedScore()).isEqualTo(1);
        assertThat(five.lastRecoveryScore()).isEqualTo(4);
        assertThat(five.noRecoveryScore()).isFalse();

        // 10–0: satisfied from 3.5 → 3, delighted from 1.5 → 1, recovery below 6.5 → 7 and worse.
        CutPoints ten = classifier.cutPoints(Scale.of(10, 0));
        assertThat(ten.firstSatisfiedScore()).isEqualTo(3);
        assertThat(ten.firstDelightedScore()).isEqualTo(1);
        assertThat(ten.lastRecoveryScore()).isEqualTo(7);

        // Recovery below 0 is below the worst answer itself: no whole score needs it, shown one step beyond 5.
        CutPoints none = new Classifier(new ClassificationScheme(0.85, 0.65, 0, true)).cutPoints(Scale.of(5, 1));
        assertThat(none.lastRecoveryScore()).isEqualTo(6);
        assertThat(none.noRecoveryScore()).isTrue();
    }

    @Test
    void cutPointsAgreeWithTheClassifierOnEveryWholeScoreInEitherDirection() {
        for (Scale scale : new Scale[] {Scale.of(5, 1), Scale.of(10, 0), Scale.of(6, 1), Scale.of(7, 1)}) {
            CutPoints cuts = classifier.cutPoints(scale);
            for (int x = (int) scale.low(); x <= scale.high(); x++) {
                ExperienceClass c = classifier.classify(scale.fraction(x), null);
                assertThat(c == SATISFIED || c == DELIGHTED).as("%d on %s", x, scale.label())
                        .isEqualTo(x <= cuts.firstSatisfiedScore());
                assertThat(c == DELIGHTED).as("%d on %s", x, scale.label()).isEqualTo(x <= cuts.firstDelightedScore());
                assertThat(classifier.recoveryNeeded(scale.fraction(x), null)).as("%d on %s", x, scale.label())
                        .isEqualTo(x >= cuts.lastRecoveryScore());
            }
        }
    }

    @Test
    void cutPointsAgreeWithTheClassifierOnEveryWholeScore() {
        for (Scale scale : new Scale[] {Scale.of(0, 10), Scale.of(1, 5), Scale.of(1, 7), Scale.of(1, 10), Scale.of(0, 20)}) {
            CutPoints cuts = classifier.cutPoints(scale);
            for (int x = (int) scale.low(); x <= scale.high(); x++) {
                ExperienceClass c = classifier.classify(scale.fraction(x), null);
                assertThat(c == SATISFIED || c == DELIGHTED).as("%d on %s", x, scale.label())
                        .isEqualTo(x >= cuts.firstSatisfiedScore());
                assertThat(c == DELIGHTED).isEqualTo(x >= cuts.firstDelightedScore());
                assertThat(classifier.recoveryNeeded(scale.fraction(x), null)).isEqualTo(x <= cuts.lastRecoveryScore());
            }
        }
    }
}
