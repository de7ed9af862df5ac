package org.cxlens.domain;

/** What a source column means (DESIGN §5). */
public enum ColumnRole {
    RESPONDENT_ID,
    DEPARTMENT,
    /** Long shape only: the column naming the touchpoint of each row. */
    TOUCHPOINT,
    TOUCHPOINT_SCORE,
    TOUCHPOINT_EXPECTATION,
    OVERALL_SATISFACTION,
    OVERALL_EXPECTATION,
    RECOMMEND,
    COMMENT,
    DATE,
    WAVE,
    WEIGHT,
    SEGMENT,
    /** Personal data (e-mail, name, phone, IP): never stored. */
    PERSONAL,
    IGNORE
}
