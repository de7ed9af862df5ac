package org.cxlens.report;

/**
 * One class's part of one bar.
 *
 * @param share  0–1, weighted when the chart is
 * @param n      cases of this class; when weighted, the weighted share of the unweighted base, rounded
 * @param low    lower end of the 95 % interval (NaN without base)
 * @param high   upper end of the 95 % interval (NaN without base)
 * @param vsRest whether this share differs significantly from all other bars' cases
 */
public record BarSegment(double share, int n, double low, double high, VsRest vsRest) {
}
