package org.cxlens.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The one hot loop: histograms of level ids over selected respondents, optionally split by a
 * respondent group code. Work is cut into (series, row range) tasks run on the common
 * fork-join pool so both cores of a laptop count at once.
 */
final class Counter {

    /** Enough tasks per call to keep every core busy even when only one series is counted. */
    private static final int MIN_TASKS = 4 * Runtime.getRuntime().availableProcessors();

    private Counter() {
    }

    /**
     * @param groupCodes per respondent group 0..groups-1, -1 to skip; null puts everyone in group 0
     * @param weight     respondent weights, or null to count unweighted
     */
    static Histogram[] count(KeyedSeries[] series, Selection selection, int[] groupCodes, int groups, float[] weight) {
        int chunks = Math.max(1, Math.min(MIN_TASKS / Math.max(1, series.length) + 1, selection.count() / 65_536 + 1));
        List<int[]> tasks = new ArrayList<>();
        for (int s = 0; s < series.length; s++) {
            for (int c = 0; c < chunks; c++) {
                long from = (long) selection.count() * c / chunks;
                long to = (long) selection.count() * (c + 1) / chunks;
                tasks.add(new int[] {s, (int) from, (int) to});
            }
        }
        List<Histogram> partial = tasks.parallelStream()
                .map(t -> countRange(series[t[0]], selection, t[1], t[2], groupCodes, groups, weight))
                .toList();
        Histogram[] result = new Histogram[series.length];
        for (int i = 0; i < tasks.size(); i++) {
            int s = tasks.get(i)[0];
            if (result[s] == null) {
                result[s] = partial.get(i);
            } else {
                result[s].add(partial.get(i));
            }
        }
        return result;
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
