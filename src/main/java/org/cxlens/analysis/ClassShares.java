package org.cxlens.analysis;

import org.cxlens.domain.ExperienceClass;

/**
 * Share of each class ({@link ExperienceClass} ordinal indexes the arrays), weighted when the
 * project is weighted, with 95 % Wilson intervals on the effective base.
 *
 * @param base          unweighted number of classified cases
 * @param effectiveBase Kish effective base; equals base when unweighted
 * @param lowBase       true when the effective base is below the project's minimum: draw as low
 *                      base and show no significance marks
 */
public record ClassShares(int base, double effectiveBase, double[] share, double[] low, double[] high,
                          boolean lowBase) {

    public double share(ExperienceClass c) {
        return share[c.ordinal()];
    }

    public Share interval(ExperienceClass c) {
        return new Share(share[c.ordinal()], low[c.ordinal()], high[c.ordinal()]);
    }

    /** Share satisfied or delighted (no interval: use {@link GroupMeasure#satisfiedOrDelighted()}). */
    public double satisfiedOrDelighted() {
        return share[ExperienceClass.SATISFIED.ordinal()] + share[ExperienceClass.DELIGHTED.ordinal()];
    }
}
