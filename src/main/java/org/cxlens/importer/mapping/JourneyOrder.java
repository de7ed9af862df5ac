package org.cxlens.importer.mapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The journey order of a long file's touchpoints, learnt from the order each respondent's rows
 * name them. Order of first appearance is not enough: when the first respondent skipped a
 * touchpoint, it would land at the end of the journey.
 *
 * <p>Touchpoints are local indices 0..n-1 in order of first appearance. The order repeatedly
 * takes the touchpoint that the fewest observations place after a touchpoint still to come; for
 * consistent files that is a topological order, and for contradictory ones the least contradicted
 * order. Ties go to the touchpoint seen first.
 */
public final class JourneyOrder {

    /** before.get(a)[b]: how often a respondent's row for a came directly before its row for b. */
    private final List<int[]> before = new ArrayList<>();

    /** Notes that a respondent answered {@code previous} in the row before {@code next}. */
    public void observe(int previous, int next) {
        int needed = Math.max(previous, next) + 1;
        while (before.size() < needed) {
            before.add(new int[0]);
        }
        int[] row = before.get(previous);
        if (row.length <= next) {
            row = Arrays.copyOf(row, Math.max(needed, row.length * 2));
            before.set(previous, row);
        }
        row[next]++;
    }

    /** The local indices 0..count-1 in journey order. */
    public int[] order(int count) {
        // against[c]: observations placing c after a touchpoint still to come, kept up to date as touchpoints
        // are placed, so thousands of touchpoints (one per question of a long export) take O(n²), not O(n³).
        long[] against = new long[count];
        for (int previous = 0; previous < Math.min(count, before.size()); previous++) {
            int[] row = before.get(previous);
            for (int next = 0; next < Math.min(count, row.length); next++) {
                if (next != previous) {
                    against[next] += row[next];
                }
            }
        }
        boolean[] placed = new boolean[count];
        int[] order = new int[count];
        for (int position = 0; position < count; position++) {
            int best = -1;
            for (int candidate = 0; candidate < count; candidate++) {
                if (!placed[candidate] && (best < 0 || against[candidate] < against[best])) {
                    best = candidate;
                }
            }
            placed[best] = true;
            order[position] = best;
            for (int next = 0; next < count; next++) {
                if (next != best) {
                    against[next] -= count(best, next);
                }
            }
        }
        return order;
    }

    private int count(int previous, int next) {
        if (previous >= before.size()) {
            return 0;
        }
        int[] row = before.get(previous);
        return next < row.length ? row[next] : 0;
    }
}
