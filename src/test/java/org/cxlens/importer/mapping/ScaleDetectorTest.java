package org.cxlens.importer.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.cxlens.domain.Scale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ScaleDetectorTest {

    private final ScaleDetector detector =
            new ScaleDetector(LabelTable.defaults(), LabelTable.DEFAULT_MISSING_CODES, '.');

    /** Values one by one, each counted once, as a column's counts. */
    private ScaleSuggestion detect(List<String> values, Scale hint) {
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        values.forEach(v -> counts.merge(v.strip(), 1L, Long::sum));
        return detector.detect(counts.entrySet().stream()
                .map(e -> new ColumnValues.Count(e.getKey(), e.getValue())).toList(), hint);
    }

    @ParameterizedTest(name = "{0} → {1}–{2}, missing {3}")
    @CsvSource(delimiter = ';', value = {
            "1 2 3 4 5 4 5;         1; 5;  ''",
            "2 3 4 4;               1; 5;  ''",
            "0 3 7 9 10 10;         0; 10; ''",
            "1 4 6 8 10;            1; 10; ''",
            "1 2 3 5 6 7;           1; 7;  ''",
            "1 2 3 2;               1; 3;  ''",
            "0 1 3 4 5 5;           1; 5;  0",
            "1 2 5 99 4;            1; 5;  99",
            "0 8 10 99;             0; 10; 99",
            "1 2 N/A 5 nvt;         1; 5;  ''",
            "6.5 7.5 8 9;           0; 10; ''",
            "1 2 3 4 5 4 5 3 2 15;  1; 5;  ''",
    })
    void numbers(String values, double min, double max, String missing) {
        ScaleSuggestion s = detect(Arrays.asList(values.split(" ")), null);

        assertThat(s.scale()).isEqualTo(Scale.of(min, max));
        assertThat(s.missingCodes()).isEqualTo(missing.isEmpty() ? List.of() : List.of(missing));
        assertThat(s.fromLabels()).isFalse();
    }

    @Test
    void labelsGiveTheirTablesScale() {
        ScaleSuggestion s = detect(List.of("Zeer tevreden", "Tevreden", "Neutraal", "Weet niet"), null);

        assertThat(s.scale()).isEqualTo(Scale.of(1, 5));
        assertThat(s.fromLabels()).isTrue();
    }

    @Test
    void numberedLabelsGiveTheirNumbers() {
        ScaleSuggestion s = detect(List.of("0 - Not at all likely", "8", "10 - Extremely likely"), null);

        assertThat(s.scale()).isEqualTo(Scale.of(0, 10));
    }

    @Test
    void aNamedScaleWinsWhenTheValuesFitIt() {
        assertThat(detect(List.of("1", "4", "5"), Scale.of(1, 10)).scale()).isEqualTo(Scale.of(1, 10));
        assertThat(detect(List.of("0", "3", "5"), Scale.of(0, 5)).scale()).isEqualTo(Scale.of(0, 5));
        assertThat(detect(List.of("0", "3", "5"), Scale.of(0, 5)).missingCodes()).isEmpty();
        assertThat(detect(List.of("1", "7"), Scale.of(1, 5)).scale()).isEqualTo(Scale.of(1, 7));
    }

    @Test
    void nonRatingsAreNotScales() {
        assertThat(detect(List.of("18", "45", "67"), null)).as("ages").isNull();
        assertThat(detect(List.of("Amsterdam", "Utrecht"), null)).isNull();
        assertThat(detect(List.of("", "N/A"), null)).isNull();
        assertThat(detect(List.of("Very satisfied", "Heel goed eigenlijk"), null)).isNull();
    }
}
