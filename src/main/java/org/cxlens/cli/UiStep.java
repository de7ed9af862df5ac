package org.cxlens.cli;

/** The steps of the UI benchmark, with the target for each (DESIGN §7, issue #8). */
public enum UiStep {
    /** The app's first start, which writes the class-data-sharing archive the later ones map (ADR 0011). */
    FIRST_START(1500),
    START_PAGE(1500),
    /** A start with no archive to map and none to write, as {@code java -jar} and {@code ./mvnw javafx:run} start the app. */
    START_WITHOUT_ARCHIVE(1500),
    /** The window left on its painted start page before the first open, as a user looks at it: no target of its own, only the pulse gap's. */
    START_PAGE_PAUSE(Double.NaN),
    /** The first open in the benchmark's JVM, whichever of the open steps it is also counted in: its cold code is the slowest. */
    OPEN_COLD(1000),
    /** Open → overview painted from the figures stored in the project, while its respondents load. */
    OPEN(1000),
    /** Open → ready for analysis: respondents loaded, filters usable (no target of its own in the issue). */
    OPEN_READY(1000),
    /** Open of a project without stored figures (one an older version imported): overview painted when ready. */
    OPEN_FIRST(1000),
    FILTER(100),
    THRESHOLD(17),
    DRILL_DOWN(500),
    /** A page other than the overview shown after an open, its figures computed (no target of its own, only the pulse gap's). */
    PAGE(Double.NaN);

    /** Longest gap between two pulses allowed during any step: the FX thread blocked no longer. */
    static final double GAP_TARGET_MS = 100;
    /**
     * How long the benchmark leaves the window on its painted start page before the first open,
     * unless told otherwise: a user choosing a recent file, or a file in the file chooser, looks
     * at the start page for seconds first, and the window uses that time (ADR 0013). Two seconds
     * is a quick user's; {@code --start-page-pause=0} times an open right after the start.
     */
    static final long START_PAGE_PAUSE_MS = 2000;

    private final double targetMs;

    UiStep(double targetMs) {
        this.targetMs = targetMs;
    }

    double targetMs() {
        return targetMs;
    }
}
