package org.cxlens.storage;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.cxlens.domain.Comment;
import org.cxlens.domain.Expectation;
import org.cxlens.domain.ImportMeta;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.RespondentRecord;
import org.cxlens.domain.Scale;
import org.cxlens.domain.TouchpointSpec;

/** Small hand-made imports for the storage tests. */
final class TestData {

    static final double NA = Double.NaN;

    private TestData() {
    }

    static ImportMeta meta(String fileName, String sha256) {
        return new ImportMeta(fileName, sha256, "Sheet1", "{\"layout\":\"wide\"}",
                Instant.parse("2026-11-22T10:15:30Z"), Scale.of(0, 10), Scale.of(0, 10));
    }

    static TouchpointSpec touchpoint(String name, String department) {
        return new TouchpointSpec(name, department, MomentType.STANDARD, 1, Scale.of(0, 10));
    }

    static RespondentRecord respondent(String externalId, int row, String wave, LocalDateTime date, double overall,
                                       Expectation overallExpectation, double recommend, double[] scores,
                                       Expectation[] expectations, String[] attributes,
                                       List<Comment> comments) {
        return new RespondentRecord(externalId, row, null, wave, date, NA, overall, overallExpectation, recommend,
                scores, expectations, attributes, comments);
    }

    static RespondentRecord simple(int row, double... scores) {
        return respondent("R" + row, row, null, null, NA, null, NA, scores, new Expectation[scores.length],
                new String[0], List.of());
    }

    /** Attribute values in the order the import declared its attribute columns; null for an empty cell. */
    static String[] attributes(String... values) {
        return values;
    }
}
