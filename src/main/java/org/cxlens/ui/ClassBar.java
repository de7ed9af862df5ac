package org.cxlens.ui;

/**
 * One 100 % stacked bar: the class shares of a group (a touchpoint, a department) with its base.
 *
 * @param shares indifferent, satisfied, delighted as fractions summing to 1 (or all 0 without base)
 */
public record ClassBar(String label, String detail, int base, double[] shares, boolean lowBase) {
}
