package org.cxlens.workspace;

/** The steps of opening a project for analysis, in order; {@code cxlens bench analysis} times each. */
public enum OpeningStep {
    /** Checking the file, connecting (migrating an older schema) and reading the project's settings. */
    OPEN_FILE,
    /** Every respondent into memory, column-wise. */
    LOAD_DATA,
    /** The analysis engine's level ids of every cell. */
    PREPARE_ENGINE,
    /** What is left, after the steps above, of the check that the file is not damaged, which runs beside them. */
    CHECK_FILE
}
