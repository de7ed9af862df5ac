package org.cxlens.domain;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One respondent, validated and ready to store. Missing numbers are {@code NaN}; missing
 * expectations are null.
 *
 * @param externalId   the id in the source file, or null when the file has none
 * @param sourceRow    1-based row in the source sheet, as a spreadsheet shows it
 * @param scores       touchpoint scores indexed by the slot {@link ImportSink#touchpoint} returned
 * @param expectations touchpoint expectations, indexed like scores
 * @param attributes   values of the attribute columns (segments and unmapped columns, personal data
 *                     excluded) in the order {@link ImportSink#attributes} declared them; null where empty
 */
public record RespondentRecord(
        String externalId,
        int sourceRow,
        String department,
        String wave,
        LocalDateTime date,
        double weight,
        double overall,
        Expectation overallExpectation,
        double recommend,
        double[] scores,
        Expectation[] expectations,
        String[] attributes,
        List<Comment> comments) {
}
