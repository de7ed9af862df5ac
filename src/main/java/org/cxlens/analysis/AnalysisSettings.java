package org.cxlens.analysis;

/**
 * Project settings that shape the measures.
 *
 * @param minBase effective base below which a bar is "low base" and tests are suppressed
 */
public record AnalysisSettings(int minBase) {

    public static final AnalysisSettings DEFAULT = new AnalysisSettings(30);

    public AnalysisSettings {
        if (minBase < 1) {
            throw new IllegalArgumentException("minimum base must be at least 1: " + minBase);
        }
    }
}
