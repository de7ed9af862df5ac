package org.cxlens.analysis;

import java.util.List;

/**
 * A key-driver analysis with its importance–performance matrix.
 *
 * @param base             respondents (unweighted) behind the relative weights
 * @param rSquared         variance of the outcome explained by all touchpoints together
 * @param meanImportance   where the matrix splits importance
 * @param meanPerformance  where the matrix splits performance
 * @param drivers          in journey order
 */
public record Drivers(DriverOutcome outcome, DriverMethod method, PerformanceMeasure performanceMeasure, int base,
                      double rSquared, double meanImportance, double meanPerformance, List<Driver> drivers) {
}
