package org.cxlens.workspace;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Sorts respondent positions on an int key per respondent without boxing: each row becomes one
 * long (key above, current index below), so a 300,000-row sort is one primitive parallel sort
 * and equal keys keep their current order.
 */
final class RowSorter {

    /** The key of a missing value: sorts after every real key (no real key reaches it). */
    static final int MISSING = Integer.MAX_VALUE;

    /** A sort key per respondent position. */
    interface Keys {
        int of(int position);
    }

    private RowSorter() {
    }

    /** The rows ordered on their keys, missing keys last whichever the direction. */
    static int[] sort(int[] rows, Keys keys, boolean descending) {
        long[] packed = new long[rows.length];
        IntStream.range(0, rows.length).parallel()
                .forEach(i -> packed[i] = ((long) keys.of(rows[i]) - Integer.MIN_VALUE) << 31 | i);
        Arrays.parallelSort(packed);
        long missingFrom = ((long) MISSING - Integer.MIN_VALUE) << 31;
        int present = 0;
        int[] sorted = new int[rows.length];
        for (int i = 0; i < packed.length; i++) {
            sorted[i] = rows[(int) (packed[i] & 0x7FFF_FFFFL)];
            if (packed[i] < missingFrom) {
                present++;
            }
        }
        if (descending) {
            reverseKeepingTies(sorted, packed, present);
        }
        return sorted;
    }

    /**
     * Reverses the present rows' order of keys while rows with equal keys keep their current
     * order (the stable sort's promise, in both directions).
     */
    private static void reverseKeepingTies(int[] sorted, long[] packed, int present) {
        int[] result = new int[present];
        int at = 0;
        int end = present;
        while (end > 0) {
            int start = end - 1;
            long key = packed[start] >>> 31;
            while (start > 0 && packed[start - 1] >>> 31 == key) {
                start--;
            }
            System.arraycopy(sorted, start, result, at, end - start);
            at += end - start;
            end = start;
        }
        System.arraycopy(result, 0, sorted, 0, present);
    }

    /** Ranks of labels in alphabetical order: rank[i] is where labels[i] sorts. */
    static int[] ranks(List<String> labels) {
        Integer[] order = IntStream.range(0, labels.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparing(labels::get));
        int[] rank = new int[labels.size()];
        for (int i = 0; i < order.length; i++) {
            rank[order[i]] = i;
        }
        return rank;
    }

    /** An int that orders as the float does (finite values). */
    static int floatKey(float x) {
        int bits = Float.floatToIntBits(x);
        return bits ^ ((bits >> 31) & 0x7FFF_FFFF);
    }
}
