package org.cxlens.analysis;

/**
 * Project settings that shape the measures.
 *
 * @param minBase effective base below which a bar is "low base" and tests are suppressed
 * @param weighted whether respondent weights apply (when the project has any); false counts every
 *                 respondent once, for an unweighted look at weighted data
 */
public record AnalysisSettings(int minBase, boolean weighted) {

    public static final AnalysisSettings DEFAULT = new AnalysisSettings(30);

    public AnalysisSettings {
        if (minBase < 1) {
            throw new IllegalArgumentException("minimum base must be at least 1: " + minBase);
        }
    }

    public AnalysisSettings(int minBase) {
        this(minBase, true);
    }

    public AnalysisSettings unweighted() {
        return new AnalysisSettings(minBase, false);
    }
}
