package org.cxlens.workspace;

import java.time.LocalDate;
import java.util.List;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Touchpoint;

/**
 * One comment of the comments page with what is known of its respondent.
 *
 * @param position        the respondent's index in the project's loaded data
 * @param respondentId    the id the survey file gave, or null
 * @param respondentClass null when there is nothing to classify from
 * @param question        the open question answered
 * @param about           the touchpoint the question is about, or null
 * @param text            the verbatim, as the client wrote it
 * @param wave            null when missing
 * @param date            null when missing
 * @param scores          one per touchpoint of {@link CommentList#touchpoints()}, in that order
 */
public record CommentRow(int position, String respondentId, ExperienceClass respondentClass, String question,
                         Touchpoint about, String text, String wave, LocalDate date, List<DrillRow.Score> scores) {
}
