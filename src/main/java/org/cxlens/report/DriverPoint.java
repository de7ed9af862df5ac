package org.cxlens.report;

import org.cxlens.analysis.Quadrant;

/**
 * One touchpoint of the importance–performance matrix, with every figure its point, tooltip and
 * table row show.
 *
 * @param key             the touchpoint's name in the data, for drill-down
 * @param label           the name as shown
 * @param performance     x: share satisfied-or-delighted or share delighted, as the chart says
 * @param performanceLow  95 % interval of the performance share; NaN when the base is empty
 * @param performanceHigh 95 % interval of the performance share; NaN when the base is empty
 * @param n               classified experiences behind the performance share (unweighted)
 * @param lowBase         n is below the project's minimum
 * @param importance      y: relative weight / R²; NaN when the touchpoint could not enter the model
 * @param correlation     Pearson correlation with the outcome; NaN when either is constant
 * @param correlationBase respondents with both the touchpoint's score and the outcome
 * @param relativeWeight  Johnson's relative weight; NaN when not in the model
 * @param rank            1 for the strongest driver, 0 when not ranked
 * @param quadrant        null when the verdicts are withheld or the point cannot be placed
 */
public record DriverPoint(String key, String label, double performance, double performanceLow, double performanceHigh,
                          int n, boolean lowBase, double importance, double correlation, int correlationBase,
                          double relativeWeight, int rank, Quadrant quadrant) {

    /** Whether the point has both coordinates; a point without them is listed, not drawn. */
    public boolean placed() {
        return !Double.isNaN(performance) && !Double.isNaN(importance);
    }
}
