package org.cxlens.analysis;

/** A share (0–1) with its 95 % Wilson interval; NaN throughout when the base is empty. */
public record Share(double estimate, double low, double high) {

    static Share of(double p, double effectiveBase) {
        if (!(effectiveBase > 0)) {
            return new Share(Double.NaN, Double.NaN, Double.NaN);
        }
        double[] interval = Statistics.wilson(p, effectiveBase);
        return new Share(p, interval[0], interval[1]);
    }
}
