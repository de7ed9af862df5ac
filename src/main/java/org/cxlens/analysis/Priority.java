package org.cxlens.analysis;

import org.cxlens.domain.Message;
import org.cxlens.domain.Touchpoint;

/**
 * One line of the action list.
 *
 * @param actual     the share the moment type is judged on: satisfied-or-delighted (moment of
 *                   truth), delighted (excel) or recovery needed (standard)
 * @param gap        how far the touchpoint is from its target (0 when on target), as a share
 * @param importance the touchpoint's share of the driver model's R², NaN when unknown
 * @param driverRank 1 for the strongest driver, 0 when unknown
 * @param score      gap × importance, the ranking key; NaN when importance is unknown
 * @param lowBase    the touchpoint's base is below the minimum: read the gap with care
 * @param reason     one sentence for a manager
 */
public record Priority(Touchpoint touchpoint, double target, double actual, double gap, double importance,
                       int driverRank, double score, boolean lowBase, Message reason) {

    public boolean onTarget() {
        return gap <= 0;
    }
}
