package org.cxlens.cli;

/**
 * One timed step of the UI benchmark.
 *
 * @param ms           wall time from the action to the first frame laid out with its result
 * @param longestGapMs longest gap between two pulses meanwhile: how long the FX thread was blocked
 * @param longestWorkMs most CPU time the FX thread used between two pulses meanwhile: its own work
 *                      for one frame, without the time it waited for a core on a busy machine
 */
public record UiTiming(UiStep step, double ms, double longestGapMs, double longestWorkMs) {
}
