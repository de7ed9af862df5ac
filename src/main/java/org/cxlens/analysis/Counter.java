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
        if (groupCodes == null && weight == null && series.narrow != null) {
            countPlain(series.narrow, selection.rows(), from, to, h.counts);
            return h;
        }
        long[] counts = h.counts;
        int[] rows = selection.rows();
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

    /** The dashboard's case: one group, unweighted, 16-bit levels. */
    private static void countPlain(char[] levels, int[] rows, int from, int to, long[] counts) {
        if (rows == null) {
            for (int r = from; r < to; r++) {
                counts[levels[r]]++;
            }
        } else {
            for (int i = from; i < to; i++) {
                counts[levels[rows[i]]]++;
            }
        }
    }
}
