package org.cxlens.analysis;

import java.util.List;

/**
 * A key-driver analysis with its importance–performance matrix.
 *
 * @param model            which respondents the relative weights rest on
 * @param rSquared         variance of the outcome explained by all touchpoints together; NaN without a model
 * @param meanImportance   where the matrix splits importance
 * @param meanPerformance  where the matrix splits performance
 * @param warnings         what to be careful about; see {@link #judged()}
 * @param drivers          in journey order; no quadrants when not judged
 */
public record Drivers(DriverOutcome outcome, DriverMethod method, PerformanceMeasure performanceMeasure,
                      DriverModelBase model, double rSquared, double meanImportance, double meanPerformance,
                      List<DriverWarning> warnings, List<Driver> drivers) {

    public Drivers {
        warnings = List.copyOf(warnings);
        drivers = List.copyOf(drivers);
    }

    /** Respondents (unweighted) behind the relative weights. */
    public int base() {
        return model.respondents();
    }

    /** True when no warning withholds the verdicts: quadrants and driver ranks may be acted on. */
    public boolean judged() {
        return DriverWarning.judged(warnings);
    }
}
