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
    JOURNEY_ORDER,
    SCHEME,
    LOW_BASE_MINIMUM
}
