package org.cxlens.report;

import org.cxlens.analysis.Comparison;

/** A bar's share against the rest of its chart at 95 %: the mark drawn beside it. */
public enum VsRest {
    HIGHER, LOWER,
    /** Not significant, no rest to compare with, or a low base (where marks never appear). */
    NONE;

    /** The mark of a test; NONE when there is none, or it is not significant or suppressed. */
    static VsRest of(Comparison comparison) {
        if (comparison == null || !comparison.significant()) {
            return NONE;
        }
        return comparison.difference() > 0 ? HIGHER : LOWER;
    }
}
