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
}
