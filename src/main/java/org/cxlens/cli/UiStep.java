package org.cxlens.cli;

/** The steps of the UI benchmark, with the target for each (DESIGN §7, issue #8). */
public enum UiStep {
    /** The app's first start, which writes the class-data-sharing archive the later ones map (ADR 0011). */
    FIRST_START(1500),
    START_PAGE(1500),
    OPEN(1000),
    FILTER(100),
    THRESHOLD(17),
    DRILL_DOWN(500);

    /** Longest gap between two pulses allowed during any step: the FX thread blocked no longer. */
    static final double GAP_TARGET_MS = 100;

    private final double targetMs;

    UiStep(double targetMs) {
        this.targetMs = targetMs;
    }

    double targetMs() {
        return targetMs;
    }
}
