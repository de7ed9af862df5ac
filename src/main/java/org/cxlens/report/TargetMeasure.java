package org.cxlens.report;

/** What a moment type's target is judged on (DESIGN §4). */
public enum TargetMeasure {
    /** A moment of truth: share satisfied or delighted, at least the target. */
    SATISFIED_OR_DELIGHTED_AT_LEAST,
    /** An excel moment: share delighted, at least the target. */
    DELIGHTED_AT_LEAST,
    /** A standard moment: share needing recovery, at most the target. */
    RECOVERY_AT_MOST
}
