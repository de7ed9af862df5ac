package org.cxlens.analysis;

import java.util.Arrays;

/**
 * The distinct (score, expectation) combinations of one series. Cells are stored as level ids,
 * so counting a filter is a histogram over ids and a threshold change only reclassifies the
 * few levels, not the million cells. Level 0 is "missing".
 */
final class Levels {

    static final int MISSING = 0;

    private int size = 1;
    private double[] fraction = new double[16];
    private double[] raw = new double[16];
    private byte[] expectation = new byte[16];
    private byte[] source = new byte[16];
    private byte[] nps = new byte[16];
    private final LongIntMap index = new LongIntMap();

    Levels() {
        fraction[0] = Double.NaN;
        raw[0] = Double.NaN;
        expectation[0] = -1;
        source[0] = (byte) ClassificationSource.NONE.ordinal();
        nps[0] = -1;
    }

    /**
     * The level of a cell, added on first sight. The key must identify the combination; the
     * other arguments describe it.
     */
    int levelOf(long key, double p, double rawScore, int expectationCode, int sourceOrdinal, int npsCode) {
        int id = index.get(key);
        if (id >= 0) {
            return id;
        }
        id = size++;
        if (id == fraction.length) {
            int capacity = id * 2;
            fraction = Arrays.copyOf(fraction, capacity);
            raw = Arrays.copyOf(raw, capacity);
            expectation = Arrays.copyOf(expectation, capacity);
            source = Arrays.copyOf(source, capacity);
            nps = Arrays.copyOf(nps, capacity);
        }
        fraction[id] = p;
        raw[id] = rawScore;
        expectation[id] = (byte) expectationCode;
        source[id] = (byte) sourceOrdinal;
        nps[id] = (byte) npsCode;
        index.put(key, id);
        return id;
    }

    int size() {
        return size;
    }

    double fraction(int level) {
        return fraction[level];
    }

    double raw(int level) {
        return raw[level];
    }

    int expectation(int level) {
        return expectation[level];
    }

    int source(int level) {
        return source[level];
    }

    /** -1 not eligible for NPS, 0 detractor, 1 passive, 2 promoter. */
    int nps(int level) {
        return nps[level];
    }

    /** Class ordinal per level under a classifier; -1 for the missing level. */
    byte[] classes(Classifier classifier) {
        byte[] classes = new byte[size];
        classes[MISSING] = -1;
        for (int l = 1; l < size; l++) {
            classes[l] = (byte) classifier.classCode(fraction[l], expectation[l]);
        }
        return classes;
    }

    boolean[] recovery(Classifier classifier) {
        boolean[] recovery = new boolean[size];
        for (int l = 1; l < size; l++) {
            recovery[l] = classifier.recovery(fraction[l], expectation[l]);
        }
        return recovery;
    }
}
