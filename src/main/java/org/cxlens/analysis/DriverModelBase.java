package org.cxlens.analysis;

/**
 * Which respondents a key-driver model rests on.
 *
 * @param withOutcome            selected respondents that have the outcome
 * @param completeCases          of those, respondents who scored every touchpoint of the analysis
 * @param respondents            respondents behind the relative weights: the complete cases, or
 *                               everyone with the outcome under mean imputation ({@link DriverMethod})
 * @param effective              Kish effective base of those respondents, (Σw)² / Σw²; equals
 *                               respondents when unweighted
 * @param predictors             touchpoints that entered the model (those that vary among its respondents)
 * @param outcomeFromTouchpoints respondents in the model whose delight outcome was classified from
 *                               the mean of their touchpoint scores, i.e. from the predictors themselves
 */
public record DriverModelBase(int withOutcome, int completeCases, int respondents, double effective, int predictors,
                              int outcomeFromTouchpoints) {
}
