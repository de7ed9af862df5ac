package org.cxlens.importer.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cxlens.domain.Message;
import org.cxlens.domain.Scale;
import org.junit.jupiter.api.Test;

/** Scales and "not applicable" codes decided from a whole column's answer counts. */
class ScaleFromCountsTest {

    private final ScaleDetector detector =
            new ScaleDetector(LabelTable.defaults(), LabelTable.DEFAULT_MISSING_CODES, '.');

    /** "value:count" pairs. */
    private static List<ColumnValues.Count> counts(String... pairs) {
        List<ColumnValues.Count> out = new ArrayList<>();
        for (String p : pairs) {
            String[] vc = p.split(":");
            out.add(new ColumnValues.Count(vc[0], Long.parseLong(vc[1])));
        }
        return out;
    }

    private static List<String> keys(List<Message> messages) {
        return messages.stream().map(Message::key).toList();
    }

    @Test
    void aFrequentSixAboveAFivePointItemIsNotApplicable() {
        ScaleSuggestion s = detector.detect(counts("1:40", "2:60", "3:150", "4:250", "5:380", "6:120"), null);

        assertThat(s.scale()).isEqualTo(Scale.of(1, 5));
        assertThat(s.missingCodes()).containsExactly("6");
        // 120 of 1,000 answers: the evidence names it with its share, and one warning says how to undo it.
        assertThat(s.evidence()).contains(Message.of("mapping.evidence.code", "6", 0.12));
        assertThat(s.warnings()).containsExactly(Message.of("mapping.warning.sixAsCode", 0.12));
    }

    @Test
    void aLoneNineWellAboveTheAnswersIsACodeButTenOnATenPointScaleIsNot() {
        assertThat(detector.detect(counts("1:10", "2:20", "3:30", "4:30", "5:20", "9:15"), null).missingCodes())
                .containsExactly("9");
        ScaleSuggestion ten = detector.detect(counts("1:5", "4:10", "6:20", "8:40", "10:35"), null);
        assertThat(ten.scale()).isEqualTo(Scale.of(1, 10));
        assertThat(ten.missingCodes()).isEmpty();
    }

    @Test
    void negativeAndNinetyNineCodesAreNeverRatings() {
        ScaleSuggestion s = detector.detect(counts("-99:12", "1:10", "2:20", "3:30", "4:30", "5:20", "7:30", "99:3"), null);

        assertThat(s.scale()).isEqualTo(Scale.of(1, 7));
        assertThat(s.missingCodes()).containsExactlyInAnyOrder("-99", "99");
    }

    @Test
    void fourPointsNeedEnoughAnswersToBeBelieved() {
        assertThat(detector.detect(counts("1:20", "2:30", "3:40", "4:30"), null).scale()).isEqualTo(Scale.of(1, 4));
        ScaleSuggestion few = detector.detect(counts("1:2", "2:3", "3:4", "4:3"), null);
        assertThat(few.scale()).isEqualTo(Scale.of(1, 5));
    }

    @Test
    void tenPointItemsStartAtOneOnlyWhenTheLowEndIsUsedWithoutAZero() {
        assertThat(detector.detect(counts("1:12", "3:40", "5:60", "7:100", "9:120", "10:90"), null).scale())
                .isEqualTo(Scale.of(1, 10));
        ScaleSuggestion high = detector.detect(counts("3:40", "5:60", "7:100", "9:120", "10:90"), null);
        assertThat(high.scale()).isEqualTo(Scale.of(0, 10));
        assertThat(keys(high.warnings())).contains("mapping.warning.lowEndUnused");
        ScaleSuggestion small = detector.detect(counts("2:2", "5:10", "8:10", "10:8"), null);
        assertThat(small.scale()).isEqualTo(Scale.of(0, 10));
        assertThat(keys(small.warnings())).contains("mapping.warning.noZeroSmallBase");
        ScaleSuggestion smallFromOne = detector.detect(counts("1:2", "5:10", "8:10", "10:8"), null);
        assertThat(smallFromOne.scale()).isEqualTo(Scale.of(1, 10));
        assertThat(keys(smallFromOne.warnings())).contains("mapping.warning.oneNoZeroSmallBase");
    }

    @Test
    void aFewAnswersAboveAFivePointScaleAreTypingErrors() {
        ScaleSuggestion s = detector.detect(counts("1:489", "2:1284", "3:2208", "4:1288", "5:378", "7:1"), null);

        assertThat(s.scale()).isEqualTo(Scale.of(1, 5));
        assertThat(s.missingCodes()).isEmpty();
        assertThat(s.evidence()).contains(Message.of("mapping.evidence.outliers", 1L));
    }

    @Test
    void aScaleTopNobodyChoseIsAWarning() {
        ScaleSuggestion s = detector.detect(counts("1:10", "3:40", "4:50"), Scale.of(1, 5));

        assertThat(s.scale()).isEqualTo(Scale.of(1, 5));
        assertThat(keys(s.warnings())).contains("mapping.warning.topUnused");
    }

    @Test
    void textAnswersTakeTheirLabelFamilysOrderAndList() {
        ScaleSuggestion s = detector.detect(counts("Poor:10", "Fair:20", "Good:40", "Very good:30", "Excellent:15"), null);

        assertThat(s.fromLabels()).isTrue();
        assertThat(s.scale()).isEqualTo(Scale.of(1, 5));
        assertThat(s.labels()).containsExactly("Poor", "Fair", "Good", "Very good", "Excellent");
    }

    @Test
    void aYesNoOutcomeIsNoRatingScale() {
        assertThat(detector.detect(counts("satisfied:40", "neutral or dissatisfied:60"), null)).isNull();
    }
}
