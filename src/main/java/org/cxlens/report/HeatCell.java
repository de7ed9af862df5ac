package org.cxlens.report;

/**
 * One cell of a heatmap: a touchpoint's experiences in one group.
 *
 * @param share   the measure's share, 0–1 (NaN when the cell has no cases)
 * @param low     lower end of the 95 % interval (NaN without cases)
 * @param high    upper end of the 95 % interval
 * @param n       cases counted by the share (the delighted experiences, say); when weighted, the
 *                weighted share of the unweighted base, rounded
 * @param base    classified experiences in the cell (unweighted)
 * @param lowBase the base is below the project's minimum: drawn greyed, no significance mark
 * @param vsRest  the group against the touchpoint's other groups; NONE on a low base
 */
public record HeatCell(double share, double low, double high, int n, int base, boolean lowBase, VsRest vsRest) {

    public boolean empty() {
        return base == 0;
    }
}
