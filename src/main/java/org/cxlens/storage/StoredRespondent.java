package org.cxlens.storage;

import java.util.List;
import org.cxlens.domain.Comment;

/**
 * What a drill-down row shows that the in-memory data does not hold.
 *
 * @param id         the respondent's id in the project file
 * @param externalId the respondent id the survey file gave, or null
 * @param sourceRow  the row of the survey file the respondent was read from
 * @param comments   the respondent's verbatims in import order
 */
public record StoredRespondent(long id, String externalId, int sourceRow, List<Comment> comments) {
}
