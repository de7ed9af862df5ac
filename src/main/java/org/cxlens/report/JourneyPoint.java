package org.cxlens.report;

/**
 * One point of a journey line: a share of a step's experiences.
 *
 * @param share 0–1, weighted when the chart is; NaN when the step has no base (no point drawn)
 * @param n     cases behind the share; when weighted, the weighted share of the unweighted base, rounded
 * @param low   lower end of the 95 % interval (NaN without base)
 * @param high  upper end of the 95 % interval (NaN without base)
 */
public record JourneyPoint(double share, int n, double low, double high) {

    /** Whether there is a point to draw: the step has a base. */
    public boolean present() {
        return !Double.isNaN(share);
    }
}
