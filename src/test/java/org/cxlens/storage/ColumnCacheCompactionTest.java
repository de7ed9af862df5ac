package org.cxlens.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class ColumnCacheCompactionTest {

    @Test
    void aColumnOfOneRepeatedValueIsStoredAsThatValue() {
        byte[] minusOnes = {-1, -1, -1, -1, -1};
        byte[] oneInt = {1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0};

        assertThat(ColumnCache.compact(minusOnes, 1)).containsExactly(-1);
        assertThat(ColumnCache.compact(oneInt, 4)).containsExactly(1, 0, 0, 0);
        assertThat(expand(new byte[] {-1}, 1, 5)).containsExactly(minusOnes);
        assertThat(expand(new byte[] {1, 0, 0, 0}, 4, 3)).containsExactly(oneInt);
    }

    @Test
    void columnsWithDifferentValuesAreKeptAsTheyAre() {
        // Equal bytes but not equal 4-byte values: 1 then 256.
        byte[] ints = {1, 0, 0, 0, 0, 1, 0, 0};
        byte[] bytes = {2, 2, 3};

        assertThat(ColumnCache.compact(ints, 4)).isSameAs(ints);
        assertThat(ColumnCache.compact(bytes, 1)).isSameAs(bytes);
        assertThat(expand(ints, 4, 2)).containsExactly(ints);
        // A single respondent's value is its own column either way.
        assertThat(expand(new byte[] {7, 0, 0, 0}, 4, 1)).containsExactly(7, 0, 0, 0);
    }

    @Test
    void codesTakeTheFewestBytesTheirNumberOfValuesAllows() {
        int[] codes = {0, -1, 2, 1};

        byte[] narrow = ColumnCache.codes(codes, 3);
        assertThat(narrow).containsExactly(1, 1, 0, 3, 2);
        assertThat(codes(narrow, 4)).containsExactly(codes);

        byte[] wide = ColumnCache.codes(new int[] {300, -1}, 301);
        assertThat(wide).containsExactly(2, 45, 1, 0, 0);
        assertThat(codes(wide, 2)).containsExactly(300, -1);

        int[] many = {70_000, 0};
        assertThat(codes(ColumnCache.codes(many, 70_001), 2)).containsExactly(many);
    }

    @Test
    void codesOfOneRepeatedValueAreStoredOnce() {
        byte[] blob = ColumnCache.codes(new int[] {-1, -1, -1}, 0);
        assertThat(blob).containsExactly(1, 0);
        assertThat(codes(blob, 3)).containsExactly(-1, -1, -1);
    }

    private static byte[] expand(byte[] data, int width, int n) {
        ByteBuffer expanded = ColumnCache.expand(ByteBuffer.wrap(data), width, n);
        byte[] out = new byte[expanded.remaining()];
        expanded.get(out);
        return out;
    }

    private static int[] codes(byte[] blob, int n) {
        int[] codes = new int[n];
        ColumnCache.codes(ByteBuffer.wrap(blob), n, codes, 0);
        return codes;
    }
}
