package org.cxlens.analysis;

import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.Scale;

/**
 * The cuts of a scheme expressed on one scale (without expectation items), as the
 * classification editor shows them: "on 0–10, satisfied from 6.5, so from a 7".
 *
 * @param satisfiedFrom         raw score at which satisfied starts
 * @param delightedFrom         raw score at which delighted starts
 * @param recoveryBelow         raw score below which recovery is needed
 * @param firstSatisfiedScore   lowest whole score on the scale that is at least satisfied
 * @param firstDelightedScore   lowest whole score that is delighted
 * @param lastRecoveryScore     highest whole score that needs recovery, or {@code min − 1} when none does
 */
public record CutPoints(Scale scale, double satisfiedFrom, double delightedFrom, double recoveryBelow,
                        long firstSatisfiedScore, long firstDelightedScore, long lastRecoveryScore) {

    static CutPoints of(ClassificationScheme scheme, Scale scale) {
        double range = scale.max() - scale.min();
        double satisfied = scale.min() + scheme.satisfiedFrom() * range;
        double delighted = scale.min() + scheme.delightedFrom() * range;
        double recovery = scale.min() + scheme.recoveryBelow() * range;
        double tolerance = Classifier.EPSILON * range;
        return new CutPoints(scale, satisfied, delighted, recovery,
                (long) Math.ceil(satisfied - tolerance),
                (long) Math.ceil(delighted - tolerance),
                (long) Math.ceil(recovery - tolerance) - 1);
    }
}
