package org.cxlens.domain;

/**
 * A touchpoint in the project's catalogue.
 *
 * @param slot       index of this touchpoint in packed score columns and in {@link SurveyData}
 * @param department owning department name, or null when unassigned
 * @param target     analyst's target for this touchpoint as a share (0–1), or null for the
 *                   default of its moment type
 */
public record Touchpoint(long id, int slot, String name, String department, MomentType momentType,
                         int journeyOrder, Scale scale, Double target) {
}
