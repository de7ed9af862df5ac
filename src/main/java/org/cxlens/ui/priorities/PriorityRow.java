package org.cxlens.ui.priorities;

import org.cxlens.domain.MomentType;
import org.cxlens.domain.Touchpoint;

/**
 * One line of the action list as the page shows it.
 *
 * @param rank       1 for the first action
 * @param judgedOn   what the moment type is judged on, in words ("Satisfied or delighted")
 * @param actual     the share judged on
 * @param target     the share aimed at: a minimum, or a maximum for a standard moment ({@link #atMost()})
 * @param gap        share short of the target, 0 when on target
 * @param importance share of the driver model's R², NaN when unknown
 * @param n          classified experiences of the touchpoint in the filter
 * @param lowBase    n is below the project's minimum
 * @param reason     the one-sentence reason in the page's language
 */
public record PriorityRow(int rank, Touchpoint touchpoint, String judgedOn, double actual, double target, double gap,
                          double importance, int driverRank, int n, boolean lowBase, String reason) {

    public MomentType momentType() {
        return touchpoint.momentType();
    }

    /** A standard moment is judged on the share needing recovery, which should stay below its target. */
    public boolean atMost() {
        return touchpoint.momentType() == MomentType.STANDARD;
    }

    public boolean onTarget() {
        return gap <= 0;
    }
}
