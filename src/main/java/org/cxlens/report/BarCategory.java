package org.cxlens.report;

import org.cxlens.domain.MomentType;

/**
 * One bar of a class bar chart.
 *
 * @param key        what the bar stands for in the data (a touchpoint or department name), for drill-down
 * @param label      the bar's name as shown
 * @param detail     a second line: the owning department of a touchpoint, or empty
 * @param momentType the touchpoint's moment type, or null for a bar that is no touchpoint
 * @param base       classified cases behind the bar (unweighted)
 * @param lowBase    the base is below the project's minimum: drawn differently, with no significance marks
 * @param target     the target of the bar's moment type, or null
 */
public record BarCategory(String key, String label, String detail, MomentType momentType, int base,
                          boolean lowBase, TargetMarker target) {
}
