package org.cxlens.ui.overview;

/**
 * One wave of the overview's small trend: "2025-Q3 30 % ▲".
 *
 * @param wave    the wave as the data names it, for the drill-down
 * @param text    its label with the share delighted and the change mark
 * @param tooltip the exact figures and what the mark means
 * @param lowBase the wave's base is below the project's minimum
 */
public record WaveStep(String wave, String text, String tooltip, boolean lowBase) {
}
