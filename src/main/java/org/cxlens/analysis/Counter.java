package org.cxlens.analysis;

import java.util.stream.IntStream;

/**
 * The one hot loop: histograms of level ids over selected respondents, optionally split by a
 * respondent group code. Work is cut into row blocks run on the common fork-join pool so both
 * cores of a laptop count at once; each block counts every series in turn, so its slice of row
 * numbers and weights stays in cache while the series stream past.
 */
final class Counter {

    /** Rows per task: 64 K rows of weights and row numbers (512 KB) fit in a core's L2 cache. */
    private static final int BLOCK = 1 << 16;

    private Counter() {
    }

    /**
     * @param groupCodes per respondent group 0..groups-1, -1 to skip; null puts everyone in group 0
     * @param weight     respondent weights, or null to count unweighted
     */
    static Histogram[] count(KeyedSeries[] series, Selection selection, int[] groupCodes, int groups, float[] weight) {
        int blocks = Math.max(1, (selection.count() + BLOCK - 1) / BLOCK);
        return IntStream.range(0, blocks).parallel()
                .mapToObj(b -> {
                    int from = b * BLOCK;
                    int to = Math.min(selection.count(), from + BLOCK);
                    Histogram[] partial = new Histogram[series.length];
                    for (int s = 0; s < series.length; s++) {
                        partial[s] = countRange(series[s], selection, from, to, groupCodes, groups, weight);
                    }
                    return partial;
                })
                .reduce((a, b) -> {
                    for (int s = 0; s < a.length; s++) {
                        a[s].add(b[s]);
                    }
                    return a;
                })
                .orElseGet(() -> empty(series, groups, weight != null));
    }

    private static Histogram[] empty(KeyedSeries[] series, int groups, boolean weighted) {
        Histogram[] empty = new Histogram[series.length];
        for (int s = 0; s < series.length; s++) {
            empty[s] = new Histogram(groups, series[s].levels.size(), weighted);
        }
        return empty;
    }

    private static Histogram countRange(KeyedSeries series, Selection selection, int from, int to,
                                        int[] groupCodes, int groups, float[] weight) {
        int levels = series.levels.size();
        Histogram h = new Histogram(groups, levels, weight != null);
        int[] rows = selection.rows();
        if (groupCodes == null && series.narrow != null) {
            if (weight == null) {
                countPlain(series.narrow, rows, from, to, h.counts);
            } else {
                countWeighted(series.narrow, rows, from, to, weight, h);
            }
            return h;
        }
        long[] counts = h.counts;
        for (int i = from; i < to; i++) {
            int r = rows == null ? i : rows[i];
            int group = groupCodes == null ? 0 : groupCodes[r];
            if (group < 0) {
                continue;
            }
            int cell = group * levels + series.level(r);
            counts[cell]++;
            if (weight != null) {
                double w = weight[r];
                h.weights[cell] += w;
                h.squares[cell] += w * w;
            }
        }
        return h;
    }

    /**
     * The dashboard's case: one group, unweighted, 16-bit levels. Two interleaved count arrays
     * let consecutive equal levels (the common case) increment without waiting on each other.
     */
    private static void countPlain(char[] levels, int[] rows, int from, int to, long[] counts) {
        int[] even = new int[counts.length];
        int[] odd = new int[counts.length];
        int i = from;
        if (rows == null) {
            for (; i + 1 < to; i += 2) {
                even[levels[i]]++;
                odd[levels[i + 1]]++;
            }
            if (i < to) {
                even[levels[i]]++;
            }
        } else {
            for (; i + 1 < to; i += 2) {
                even[levels[rows[i]]]++;
                odd[levels[rows[i + 1]]]++;
            }
            if (i < to) {
                even[levels[rows[i]]]++;
            }
        }
        for (int l = 0; l < counts.length; l++) {
            counts[l] += even[l] + (long) odd[l];
        }
    }

    private static void countWeighted(char[] levels, int[] rows, int from, int to, float[] weight, Histogram h) {
        long[] counts = h.counts;
        double[] weights = h.weights;
        double[] squares = h.squares;
        for (int i = from; i < to; i++) {
            int r = rows == null ? i : rows[i];
            int level = levels[r];
            double w = weight[r];
            counts[level]++;
            weights[level] += w;
            squares[level] += w * w;
        }
    }
}
