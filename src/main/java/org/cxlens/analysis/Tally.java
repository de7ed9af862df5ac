package org.cxlens.analysis;

import java.util.ArrayList;
import java.util.List;
import org.cxlens.domain.ExperienceClass;

/** Sums for one group under one scheme, from which a {@link GroupMeasure} follows. */
final class Tally {

    private static final int CLASSES = ExperienceClass.values().length;

    long n;
    double sw;
    double sw2;
    final double[] classWeight = new double[CLASSES];
    double recoveryWeight;
    double topBoxWeight;
    double fractionSum;
    double rawSum;
    long npsN;
    double npsSw;
    double npsSw2;
    final double[] npsWeight = new double[3];
    final long[] sources = new long[ClassificationSource.values().length];

    /** Adds group g of a histogram, classifying its levels with the given lookups. */
    void add(Histogram h, int group, Levels levels, byte[] classes, boolean[] recovery) {
        int base = group * h.levels;
        for (int level = 1; level < h.levels; level++) {
            int cell = base + level;
            long count = h.counts[cell];
            if (count == 0) {
                continue;
            }
            double w = h.weight(cell);
            double w2 = h.square(cell);
            n += count;
            sw += w;
            sw2 += w2;
            classWeight[classes[level]] += w;
            if (recovery[level]) {
                recoveryWeight += w;
            }
            double p = levels.fraction(level);
            if (p >= 1 - Classifier.EPSILON) {
                topBoxWeight += w;
            }
            fractionSum += w * p;
            rawSum += w * levels.raw(level);
            int nps = levels.nps(level);
            if (nps >= 0) {
                npsN += count;
                npsSw += w;
                npsSw2 += w2;
                npsWeight[nps] += w;
            }
            sources[levels.source(level)] += count;
        }
    }

    void add(Tally other) {
        combine(other, 1);
    }

    Tally minus(Tally other) {
        Tally rest = new Tally();
        rest.combine(this, 1);
        rest.combine(other, -1);
        return rest;
    }

    private void combine(Tally o, int sign) {
        n += sign * o.n;
        sw += sign * o.sw;
        sw2 += sign * o.sw2;
        for (int c = 0; c < CLASSES; c++) {
            classWeight[c] += sign * o.classWeight[c];
        }
        recoveryWeight += sign * o.recoveryWeight;
        topBoxWeight += sign * o.topBoxWeight;
        fractionSum += sign * o.fractionSum;
        rawSum += sign * o.rawSum;
        npsN += sign * o.npsN;
        npsSw += sign * o.npsSw;
        npsSw2 += sign * o.npsSw2;
        for (int i = 0; i < 3; i++) {
            npsWeight[i] += sign * o.npsWeight[i];
        }
        for (int i = 0; i < sources.length; i++) {
            sources[i] += sign * o.sources[i];
        }
    }

    double effectiveBase() {
        return Statistics.kishBase(sw, sw2);
    }

    ClassShares classShares(AnalysisSettings settings) {
        double nEff = effectiveBase();
        double[] share = new double[CLASSES];
        double[] low = new double[CLASSES];
        double[] high = new double[CLASSES];
        for (int c = 0; c < CLASSES; c++) {
            Share s = Share.of(sw > 0 ? classWeight[c] / sw : Double.NaN, nEff);
            share[c] = s.estimate();
            low[c] = s.low();
            high[c] = s.high();
        }
        return new ClassShares((int) n, nEff, share, low, high, nEff < settings.minBase());
    }

    Nps nps(AnalysisSettings settings) {
        if (npsN == 0) {
            return null;
        }
        double nEff = Statistics.kishBase(npsSw, npsSw2);
        double promoters = npsWeight[2] / npsSw;
        double detractors = npsWeight[0] / npsSw;
        double[] interval = Statistics.npsInterval(promoters, detractors, nEff);
        return new Nps((int) npsN, nEff, 100 * (promoters - detractors), interval[0], interval[1],
                promoters, detractors, nEff < settings.minBase());
    }

    /**
     * @param rest    the other cases of the grouping, or null when there is none
     * @param withRaw false when the group mixes scales, so a raw mean means nothing
     */
    GroupMeasure measure(String label, Tally rest, boolean withRaw, AnalysisSettings settings) {
        ClassShares classes = classShares(settings);
        double nEff = classes.effectiveBase();
        List<Comparison> vsRest = null;
        Comparison recoveryVsRest = null;
        if (rest != null) {
            ClassShares other = rest.classShares(settings);
            recoveryVsRest = Comparison.of(recoveryWeight / sw, nEff, rest.recoveryWeight / rest.sw,
                    other.effectiveBase(), settings.minBase());
            vsRest = new ArrayList<>(CLASSES);
            for (int c = 0; c < CLASSES; c++) {
                vsRest.add(Comparison.of(classes.share()[c], nEff, other.share()[c], other.effectiveBase(),
                        settings.minBase()));
            }
            vsRest = List.copyOf(vsRest);
        }
        double satisfiedOrDelighted = (classWeight[ExperienceClass.SATISFIED.ordinal()]
                + classWeight[ExperienceClass.DELIGHTED.ordinal()]) / sw;
        return new GroupMeasure(label, classes,
                Share.of(satisfiedOrDelighted, nEff),
                Share.of(recoveryWeight / sw, nEff),
                Share.of(topBoxWeight / sw, nEff),
                withRaw && sw > 0 ? rawSum / sw : Double.NaN,
                sw > 0 ? fractionSum / sw : Double.NaN,
                nps(settings), vsRest, recoveryVsRest);
    }
}
