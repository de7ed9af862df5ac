package org.cxlens.analysis;

import org.cxlens.domain.ExperienceClass;

/**
 * How one respondent is classified, for drill-down and exports.
 *
 * @param experienceClass null when the source is {@link ClassificationSource#NONE}
 * @param fraction        the score fraction the class was read from, NaN for NONE
 */
public record RespondentClass(ExperienceClass experienceClass, ClassificationSource source, double fraction,
                              boolean recoveryNeeded) {
}
