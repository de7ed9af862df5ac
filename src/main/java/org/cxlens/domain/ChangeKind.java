package org.cxlens.domain;

/** What a change-log entry records; stored by name in the project file. */
public enum ChangeKind {
    IMPORT,
    TOUCHPOINT_NAME,
    TOUCHPOINT_DEPARTMENT,
    TOUCHPOINT_MOMENT_TYPE,
    TOUCHPOINT_ORDER,
    TOUCHPOINT_TARGET,
    TOUCHPOINT_MERGE,
    /** An old name (after a rename or a merge) that the next waves' columns may still use. */
    TOUCHPOINT_ALIAS,
    JOURNEY_ORDER,
    SCHEME,
    LOW_BASE_MINIMUM
}
