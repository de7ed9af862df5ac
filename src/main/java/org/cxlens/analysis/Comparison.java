package org.cxlens.analysis;

/**
 * Two-proportion z-test (pooled, 95 %) of one share between two groups.
 *
 * @param difference  share of the first group minus share of the second (0–1 scale)
 * @param z           test statistic, NaN when suppressed or undefined
 * @param pValue      two-sided, NaN when suppressed or undefined
 * @param significant true when |z| ≥ 1.96 and not suppressed
 * @param suppressed  true when either effective base is below the minimum base: no mark is shown
 */
public record Comparison(double difference, double z, double pValue, boolean significant, boolean suppressed) {

    /** Compares p1 on effective base n1 with p2 on n2; suppressed when either base is below minBase. */
    public static Comparison of(double p1, double n1, double p2, double n2, int minBase) {
        double difference = p1 - p2;
        if (n1 < minBase || n2 < minBase) {
            return new Comparison(difference, Double.NaN, Double.NaN, false, true);
        }
        double z = Statistics.twoProportionZ(p1, n1, p2, n2);
        return new Comparison(difference, z, Statistics.twoSidedP(z),
                !Double.isNaN(z) && Math.abs(z) >= Statistics.Z95, false);
    }
}
