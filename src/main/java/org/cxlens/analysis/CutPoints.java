package org.cxlens.analysis;

import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.Scale;

/**
 * The cuts of a scheme expressed on one scale (without expectation items), as the
 * classification editor shows them: "on 0–10, satisfied from 6.5, so from a 7". Whole scores
 * count from the scale's worst end towards its best, so on 5–1 satisfied "from 2" means 2 and 1.
 *
 * @param satisfiedFrom         raw score at which satisfied starts
 * @param delightedFrom         raw score at which delighted starts
 * @param recoveryBelow         raw score short of which (towards the worst end) recovery is needed
 * @param firstSatisfiedScore   the whole score nearest the worst end that is at least satisfied
 * @param firstDelightedScore   the whole score nearest the worst end that is delighted
 * @param lastRecoveryScore     the whole score nearest the best end that needs recovery, or one step
 *                              beyond the worst end when none does
 */
public record CutPoints(Scale scale, double satisfiedFrom, double delightedFrom, double recoveryBelow,
                        long firstSatisfiedScore, long firstDelightedScore, long lastRecoveryScore) {

    static CutPoints of(ClassificationScheme scheme, Scale scale) {
        double satisfied = scale.score(scheme.satisfiedFrom());
        double delighted = scale.score(scheme.delightedFrom());
        double recovery = scale.score(scheme.recoveryBelow());
        double tolerance = Classifier.EPSILON * (scale.high() - scale.low());
        if (scale.reversed()) {
            return new CutPoints(scale, satisfied, delighted, recovery,
                    (long) Math.floor(satisfied + tolerance),
                    (long) Math.floor(delighted + tolerance),
                    (long) Math.floor(recovery + tolerance) + 1);
        }
        return new CutPoints(scale, satisfied, delighted, recovery,
                (long) Math.ceil(satisfied - tolerance),
                (long) Math.ceil(delighted - tolerance),
                (long) Math.ceil(recovery - tolerance) - 1);
    }

    /** True when no whole score on the scale needs recovery. */
    public boolean noRecoveryScore() {
        return scale.reversed() ? lastRecoveryScore > scale.worst() : lastRecoveryScore < scale.worst();
    }
}
