package org.cxlens.domain;

/**
 * The thresholds of DESIGN §3, as fractions of a scale's range, stored per project.
 *
 * @param delightedFrom  p at or above which a score is delighted (without expectation item)
 * @param satisfiedFrom  p at or above which a score is satisfied
 * @param recoveryBelow  p below which a score needs recovery
 */
public record ClassificationScheme(double delightedFrom, double satisfiedFrom, double recoveryBelow) {

    public static final ClassificationScheme DEFAULT = new ClassificationScheme(0.85, 0.65, 0.35);

    public ClassificationScheme {
        if (!(0 <= recoveryBelow && recoveryBelow <= satisfiedFrom && satisfiedFrom <= delightedFrom
                && delightedFrom <= 1)) {
            throw new IllegalArgumentException("thresholds must satisfy 0 ≤ recovery ≤ satisfied ≤ delighted ≤ 1");
        }
    }
}
