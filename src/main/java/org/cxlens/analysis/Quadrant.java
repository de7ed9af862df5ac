package org.cxlens.analysis;

/** Quadrants of the importance–performance matrix, split at the mean importance and mean performance. */
public enum Quadrant {
    /** Important and performing below the mean: act here first. */
    FIX_FIRST,
    /** Important and performing well: protect. */
    KEEP_UP,
    /** Less important and performing below the mean. */
    LOW_PRIORITY,
    /** Less important yet performing well: effort may be better spent elsewhere. */
    POSSIBLE_OVERKILL;

    static Quadrant of(boolean highImportance, boolean highPerformance) {
        if (highImportance) {
            return highPerformance ? KEEP_UP : FIX_FIRST;
        }
        return highPerformance ? POSSIBLE_OVERKILL : LOW_PRIORITY;
    }
}
