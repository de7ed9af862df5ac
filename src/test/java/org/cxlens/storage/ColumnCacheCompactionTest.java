package org.cxlens.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnCacheCompactionTest {

    @Test
    void aColumnOfOneRepeatedValueIsStoredAsThatValue() {
        byte[] minusOnes = {-1, -1, -1, -1, -1};
        byte[] oneInt = {1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0};

        assertThat(ColumnCache.compact(minusOnes, 1)).containsExactly(-1);
        assertThat(ColumnCache.compact(oneInt, 4)).containsExactly(1, 0, 0, 0);
        assertThat(ColumnCache.expand(new byte[] {-1}, 1, 5)).containsExactly(minusOnes);
        assertThat(ColumnCache.expand(new byte[] {1, 0, 0, 0}, 4, 3)).containsExactly(oneInt);
    }

    @Test
    void columnsWithDifferentValuesAreKeptAsTheyAre() {
        // Equal bytes but not equal 4-byte values: 1 then 256.
        byte[] ints = {1, 0, 0, 0, 0, 1, 0, 0};
        byte[] bytes = {2, 2, 3};

        assertThat(ColumnCache.compact(ints, 4)).isSameAs(ints);
        assertThat(ColumnCache.compact(bytes, 1)).isSameAs(bytes);
        assertThat(ColumnCache.expand(ints, 4, 2)).isSameAs(ints);
        // A single respondent's value is its own column either way.
        assertThat(ColumnCache.expand(new byte[] {7, 0, 0, 0}, 4, 1)).containsExactly(7, 0, 0, 0);
    }

    @Test
    void codesTakeTheFewestBytesTheirNumberOfValuesAllows() {
        int[] codes = {0, -1, 2, 1};

        byte[] narrow = ColumnCache.codes(codes, 3);
        assertThat(narrow).containsExactly(1, 1, 0, 3, 2);
        assertThat(ColumnCache.codes(narrow, 4)).containsExactly(codes);

        byte[] wide = ColumnCache.codes(new int[] {300, -1}, 301);
        assertThat(wide).containsExactly(2, 45, 1, 0, 0);
        assertThat(ColumnCache.codes(wide, 2)).containsExactly(300, -1);

        int[] many = {70_000, 0};
        assertThat(ColumnCache.codes(ColumnCache.codes(many, 70_001), 2)).containsExactly(many);
    }

    @Test
    void codesOfOneRepeatedValueAreStoredOnce() {
        byte[] blob = ColumnCache.codes(new int[] {-1, -1, -1}, 0);
        assertThat(blob).containsExactly(1, 0);
        assertThat(ColumnCache.codes(blob, 3)).containsExactly(-1, -1, -1);
    }
}
