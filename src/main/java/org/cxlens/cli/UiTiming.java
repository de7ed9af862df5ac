package org.cxlens.cli;

/**
 * One timed step of the UI benchmark.
 *
 * @param ms           wall time from the action to the first frame laid out with its result
 * @param longestGapMs longest gap between two pulses meanwhile: how long the FX thread was blocked
 */
public record UiTiming(UiStep step, double ms, double longestGapMs) {
}
