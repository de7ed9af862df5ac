package org.cxlens.report;

/**
 * A touchpoint's target for its moment type (DESIGN §4) and where it stands.
 *
 * @param measure   what the target is judged on
 * @param target    the target share, 0–1
 * @param actual    the touchpoint's share on that measure
 * @param shortfall how far the actual falls short of the target (negative when beyond it)
 */
public record TargetMarker(TargetMeasure measure, double target, double actual, double shortfall) {

    /**
     * Where the target sits on a 100 % class bar, 0–1 from the left, or NaN when its measure is
     * no class boundary (recovery). A share of satisfied-or-delighted (or delighted) reaching t
     * means the classes before them end at 1 − t at most.
     */
    public double barPosition() {
        return measure == TargetMeasure.RECOVERY_AT_MOST ? Double.NaN : 1 - target;
    }

    public boolean met() {
        return shortfall <= 0;
    }
}
