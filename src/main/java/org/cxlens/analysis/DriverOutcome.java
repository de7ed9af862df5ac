package org.cxlens.analysis;

/** The overall outcome a key-driver analysis explains. */
public enum DriverOutcome {
    /** 1 when the respondent is delighted, else 0 (respondents without a class are left out). */
    DELIGHT,
    /** The likelihood-to-recommend score as a fraction of its scale (respondents without it are left out). */
    RECOMMEND
}
