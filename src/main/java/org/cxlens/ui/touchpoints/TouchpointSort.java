package org.cxlens.ui.touchpoints;

/** The orders the touchpoints page offers; the label is a bundle key. */
public enum TouchpointSort {
    JOURNEY("touchpoints.sort.journey"),
    /** Most delighted first. */
    DELIGHTED("touchpoints.sort.delighted"),
    /** Most indifferent first. */
    INDIFFERENT("touchpoints.sort.indifferent"),
    /** Furthest short of its target first; touchpoints without a target (no base) last. */
    GAP("touchpoints.sort.gap");

    private final String labelKey;

    TouchpointSort(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
