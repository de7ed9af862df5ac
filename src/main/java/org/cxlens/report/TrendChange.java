package org.cxlens.report;

/** A trend period against the period before it with figures, at 95 %: the mark drawn on its point. */
public enum TrendChange {
    UP, DOWN,
    /** Not significant, no earlier period, or a low base on either side (where marks never appear). */
    NONE
}
