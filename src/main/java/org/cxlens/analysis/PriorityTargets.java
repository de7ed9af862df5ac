package org.cxlens.analysis;

import org.cxlens.domain.MomentType;
import org.cxlens.domain.Touchpoint;

/**
 * Targets per moment type (DESIGN §4), as shares 0–1. A touchpoint's own
 * {@link Touchpoint#target()} overrides the number of its type; the measure stays the type's.
 *
 * @param momentOfTruthSatisfied minimum share satisfied or delighted on a moment of truth
 * @param excelDelighted         minimum share delighted on an excel moment
 * @param standardRecoveryMax    maximum share needing recovery on a standard moment
 */
public record PriorityTargets(double momentOfTruthSatisfied, double excelDelighted, double standardRecoveryMax) {

    public static final PriorityTargets DEFAULT = new PriorityTargets(0.80, 0.40, 0.10);

    public PriorityTargets {
        for (double target : new double[] {momentOfTruthSatisfied, excelDelighted, standardRecoveryMax}) {
            if (!(target >= 0 && target <= 1)) {
                throw new IllegalArgumentException("a target is a share between 0 and 1: " + target);
            }
        }
    }

    public double target(Touchpoint touchpoint) {
        if (touchpoint.target() != null) {
            return touchpoint.target();
        }
        return typeTarget(touchpoint.momentType());
    }

    public double typeTarget(MomentType type) {
        return switch (type) {
            case MOMENT_OF_TRUTH -> momentOfTruthSatisfied;
            case EXCEL -> excelDelighted;
            case STANDARD -> standardRecoveryMax;
        };
    }
}
