package org.cxlens.workspace;

import java.time.LocalDate;
import java.util.List;
import org.cxlens.analysis.ClassificationSource;
import org.cxlens.domain.Comment;
import org.cxlens.domain.ExperienceClass;

/**
 * One respondent of a drill-down page.
 *
 * @param position        the respondent's index in the project's loaded data
 * @param projectId       the respondent's id in the project file
 * @param respondentId    the id the survey file gave, or null
 * @param wave            null when missing
 * @param date            null when missing
 * @param respondentClass null when there is nothing to classify from (source NONE)
 * @param scores          one per touchpoint of {@link DrillDown#touchpoints()}, in that order
 */
public record DrillRow(int position, long projectId, String respondentId, String wave, LocalDate date,
                       String sourceFile, int sourceRow, ExperienceClass respondentClass,
                       ClassificationSource classSource, List<Score> scores, List<Comment> comments) {

    /**
     * A touchpoint score.
     *
     * @param value           the raw score on the touchpoint's scale, NaN when not scored
     * @param experienceClass null when not scored
     */
    public record Score(float value, ExperienceClass experienceClass) {
    }
}
