package org.cxlens.analysis;

/**
 * Net Promoter Score: % promoters (9–10) − % detractors (0–6) of the respondents whose
 * recommend item is on a 0–10 scale, with its 95 % interval.
 *
 * @param score         −100…100, NaN when the base is empty
 * @param promoters     share of promoters (0–1)
 * @param detractors    share of detractors (0–1)
 */
public record Nps(int base, double effectiveBase, double score, double low, double high,
                  double promoters, double detractors, boolean lowBase) {

    /**
     * Tests this NPS against another group's at 95 % (z on the difference of two independent NPS,
     * each with the variance of {@link Statistics#npsInterval}); suppressed when either effective
     * base is below the minimum. The difference is in NPS points / 100.
     */
    public Comparison compare(Nps other, AnalysisSettings settings) {
        double difference = (score - other.score) / 100;
        if (effectiveBase < settings.minBase() || other.effectiveBase < settings.minBase()) {
            return new Comparison(difference, Double.NaN, Double.NaN, false, true);
        }
        double variance = variance() + other.variance();
        double z = variance > 0 ? difference / Math.sqrt(variance) : Double.NaN;
        return new Comparison(difference, z, Statistics.twoSidedP(z),
                !Double.isNaN(z) && Math.abs(z) >= Statistics.Z95, false);
    }

    /** Variance of (promoters − detractors) as a share, on the effective base. */
    private double variance() {
        double d = promoters - detractors;
        return Math.max(0, (promoters + detractors) - d * d) / effectiveBase;
    }
}
