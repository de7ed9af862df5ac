package org.cxlens.analysis;

/** Which respondents entered the predictor correlation matrix of the relative weights. */
public enum DriverMethod {
    /** Only respondents who scored every touchpoint and the outcome. */
    COMPLETE_CASES,
    /**
     * Every respondent with the outcome, a missing touchpoint score replaced by that touchpoint's
     * mean; used when too few complete cases exist. Imputation pulls correlations towards zero.
     */
    MEAN_IMPUTED
}
