package org.cxlens.analysis;

/**
 * Respondents moving between classes from one scheme to another; rows are the class under the
 * old scheme, columns under the new ({@link org.cxlens.domain.ExperienceClass} ordinals).
 *
 * @param counts unweighted respondents
 * @param shares weighted share of all classified respondents (the matrix sums to 1)
 */
public record ClassMoves(long[][] counts, double[][] shares) {
}
