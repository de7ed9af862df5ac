package org.cxlens.analysis;

/** The interval estimates and tests of DESIGN §4, all at 95 %. */
public final class Statistics {

    /** Two-sided 97.5 % quantile of the standard normal distribution. */
    public static final double Z95 = 1.959963984540054;

    private Statistics() {
    }

    /**
     * Wilson score interval for a share p observed on base n (the effective base when weighted).
     * Unlike the Wald interval it stays inside [0, 1] and behaves at p = 0 or 1 and small n.
     *
     * @return {low, high}, or {NaN, NaN} when n is not positive
     */
    public static double[] wilson(double p, double n) {
        if (!(n > 0)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    /** Kish effective base (Σw)² / Σw²; equals n when all weights are equal. */
    public static double kishBase(double sumWeights, double sumSquaredWeights) {
        return sumSquaredWeights > 0 ? sumWeights * sumWeights / sumSquaredWeights : 0;
    }

    /**
     * 95 % interval of NPS = 100 (p_P − p_D), from the variance of a difference of two shares of
     * one multinomial: ((p_P + p_D) − (p_P − p_D)²) / n.
     *
     * @return {low, high} on the −100…100 scale, clipped to it
     */
    public static double[] npsInterval(double promoters, double detractors, double n) {
        if (!(n > 0)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double difference = promoters - detractors;
        double variance = ((promoters + detractors) - difference * difference) / n;
        double half = Z95 * Math.sqrt(Math.max(0, variance));
        return new double[] {Math.max(-100, 100 * (difference - half)), Math.min(100, 100 * (difference + half))};
    }

    /**
     * Pooled two-proportion z statistic for p1 on n1 against p2 on n2 (effective bases when
     * weighted); NaN when either base is zero or the pooled share is 0 or 1.
     */
    public static double twoProportionZ(double p1, double n1, double p2, double n2) {
        if (!(n1 > 0 && n2 > 0)) {
            return Double.NaN;
        }
        double pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
        double se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
        return se > 0 ? (p1 - p2) / se : Double.NaN;
    }

    /** Two-sided p-value of a standard normal statistic. */
    public static double twoSidedP(double z) {
        return Double.isNaN(z) ? Double.NaN : erfc(Math.abs(z) / Math.sqrt(2));
    }

    /**
     * Complementary error function, Numerical Recipes' Chebyshev fit (erfcc), relative error
     * below 1.2e-7 everywhere: ample for a p-value shown with three decimals.
     */
    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }

    /** Pearson correlation from sums; NaN when either variable is constant. */
    static double correlation(double sw, double sx, double sy, double sxx, double syy, double sxy) {
        if (!(sw > 0)) {
            return Double.NaN;
        }
        double cxx = sxx - sx * sx / sw;
        double cyy = syy - sy * sy / sw;
        double cxy = sxy - sx * sy / sw;
        // relative tolerance: a constant column leaves only rounding noise in its centred sum of squares
        boolean varies = cxx > 1e-12 * sxx && cyy > 1e-12 * syy;
        return varies ? cxy / Math.sqrt(cxx * cyy) : Double.NaN;
    }
}
