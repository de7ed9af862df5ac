package org.cxlens.report;

import org.cxlens.domain.MomentType;

/**
 * One touchpoint of the journey chart, in journey order.
 *
 * @param key        the touchpoint's name in the data, for drill-down
 * @param label      the step's name as shown
 * @param department the owning department, or empty
 * @param momentType the touchpoint's moment type
 * @param base       classified experiences at the step (unweighted)
 * @param lowBase    the base is below the project's minimum: drawn differently
 * @param delighted  share of experiences that delighted
 * @param recovery   share of experiences needing recovery
 * @param target     the target of the step's moment type, or null without base
 */
public record JourneyStep(String key, String label, String department, MomentType momentType, int base, boolean lowBase,
                          JourneyPoint delighted, JourneyPoint recovery, TargetMarker target) {
}
