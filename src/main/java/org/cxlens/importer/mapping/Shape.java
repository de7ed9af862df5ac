package org.cxlens.importer.mapping;

/** How a survey file lays out touchpoints (DESIGN §5). */
public enum Shape {
    /** One row per respondent, one column per touchpoint item. */
    WIDE,
    /** One row per respondent × touchpoint, with a touchpoint-name column. */
    LONG
}
