package org.cxlens.analysis;

import org.cxlens.domain.Touchpoint;

/**
 * One touchpoint in a key-driver analysis.
 *
 * @param correlation     Pearson correlation of the touchpoint fraction with the outcome, on all
 *                        respondents with both (pairwise complete); NaN when either is constant
 * @param correlationBase respondents with both
 * @param relativeWeight  Johnson's relative weight (share of outcome variance, 0–R²); NaN when the
 *                        touchpoint could not enter the model
 * @param importance      relativeWeight / R²: the touchpoint's share of what the model explains
 * @param performance     share satisfied-or-delighted or share delighted, as asked
 * @param rank            1 for the strongest driver by relative weight, 0 when not ranked
 * @param quadrant        null when importance is unknown
 */
public record Driver(Touchpoint touchpoint, double correlation, int correlationBase, double relativeWeight,
                     double importance, double performance, int rank, Quadrant quadrant) {
}
