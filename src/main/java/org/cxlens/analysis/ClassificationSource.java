package org.cxlens.analysis;

/** Which item a respondent's class was read from (DESIGN §3: shown, never hidden). */
public enum ClassificationSource {
    /** The overall satisfaction item, with the overall expectation item when answered. */
    OVERALL,
    /** The likelihood-to-recommend item, used when the overall item is missing. */
    RECOMMEND,
    /** The mean of the respondent's touchpoint fractions, used when both items above are missing. */
    TOUCHPOINT_MEAN,
    /** Nothing to classify from: the respondent has no score at all. */
    NONE
}
