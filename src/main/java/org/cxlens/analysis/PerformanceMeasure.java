package org.cxlens.analysis;

/** The performance axis of the importance–performance matrix. */
public enum PerformanceMeasure {
    SATISFIED_OR_DELIGHTED, DELIGHTED
}
