package org.cxlens.report;

/** A bar's share against the rest of its chart at 95 %: the mark drawn beside it. */
public enum VsRest {
    HIGHER, LOWER,
    /** Not significant, no rest to compare with, or a low base (where marks never appear). */
    NONE
}
