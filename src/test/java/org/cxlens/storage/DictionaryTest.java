package org.cxlens.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.cxlens.domain.SurveyData;
import org.junit.jupiter.api.Test;

class DictionaryTest {

    @Test
    void valuesAreCodedInOrderOfFirstAppearanceAlsoPastTheFirstFew() {
        Dictionary d = new Dictionary(4);
        String[] rows = {"k", "b", "k", "", null, "a", "c", "d", "e", "f", "g", "h", "i", "b", "i", "j", "a", "j"};
        int[] expected = {0, 1, 0, -1, -1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 9, 10, 2, 10};
        for (int row = 0; row < rows.length; row++) {
            // A new String each time, as a file reader gives them.
            String value = rows[row] == null ? null : new String(rows[row]);
            assertThat(d.set(row, value)).as("row %d", row).isEqualTo(expected[row]);
        }

        SurveyData.Coded coded = d.finish(rows.length + 1);
        assertThat(coded.values()).containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k");
        assertThat(coded.codes()).containsExactly(10, 1, 10, -1, -1, 0, 2, 3, 4, 5, 6, 7, 8, 1, 8, 9, 0, 9, -1);
    }
}
