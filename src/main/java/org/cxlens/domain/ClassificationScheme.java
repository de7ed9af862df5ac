package org.cxlens.domain;

/**
 * The thresholds of DESIGN §3, as fractions of a scale's range, stored per project.
 *
 * @param delightedFrom   p at or above which a score is delighted (without expectation item)
 * @param satisfiedFrom   p at or above which a score is satisfied
 * @param recoveryBelow   p below which a score needs recovery
 * @param expectationRule whether expectation answers (worse / as expected / better) take part in
 *                        the class and the recovery flag; off, every score is read on its own
 */
public record ClassificationScheme(double delightedFrom, double satisfiedFrom, double recoveryBelow,
                                   boolean expectationRule) {

    public static final ClassificationScheme DEFAULT = new ClassificationScheme(0.85, 0.65, 0.35);

    public ClassificationScheme {
        if (!(0 <= recoveryBelow && recoveryBelow <= satisfiedFrom && satisfiedFrom <= delightedFrom
                && delightedFrom <= 1)) {
            throw new IllegalArgumentException("thresholds must satisfy 0 ≤ recovery ≤ satisfied ≤ delighted ≤ 1");
        }
    }

    /** Thresholds with the expectation rule on, as DESIGN §3 defines it. */
    public ClassificationScheme(double delightedFrom, double satisfiedFrom, double recoveryBelow) {
        this(delightedFrom, satisfiedFrom, recoveryBelow, true);
    }
}
