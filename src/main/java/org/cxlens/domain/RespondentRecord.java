package org.cxlens.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * One respondent, validated and ready to store. Missing numbers are {@code NaN}; missing
 * expectations are null.
 *
 * @param externalId   the id in the source file, or null when the file has none
 * @param sourceRow    1-based row in the source sheet, as a spreadsheet shows it
 * @param scores       touchpoint scores indexed by the slot {@link ImportSink#touchpoint} returned
 * @param expectations touchpoint expectations, indexed like scores
 * @param attributes   segment and unmapped columns: header → raw value (personal data excluded)
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
        Map<String, String> attributes,
        List<Comment> comments) {
}
