package org.cxlens.analysis;

/**
 * Counts (and weight sums) per group and level of one series under one selection; index
 * {@code group * levels + level}.
 */
final class Histogram {

    final int groups;
    final int levels;
    final long[] counts;
    /** Σw and Σw² per cell; null when the data are unweighted (then both equal the count). */
    final double[] weights;
    final double[] squares;

    Histogram(int groups, int levels, boolean weighted) {
        this.groups = groups;
        this.levels = levels;
        this.counts = new long[groups * levels];
        this.weights = weighted ? new double[groups * levels] : null;
        this.squares = weighted ? new double[groups * levels] : null;
    }

    void add(Histogram other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        if (weights != null) {
            for (int i = 0; i < weights.length; i++) {
                weights[i] += other.weights[i];
                squares[i] += other.squares[i];
            }
        }
    }

    double weight(int cell) {
        return weights == null ? counts[cell] : weights[cell];
    }

    double square(int cell) {
        return squares == null ? counts[cell] : squares[cell];
    }
}
