package org.cxlens.domain;

/** What an import did: rows read, respondents stored, rows skipped, problems recorded. */
public record ImportCounts(long rowsRead, long respondents, long rowsSkipped, long problems) {
}
