package org.cxlens.domain;

import java.time.Instant;

/** An import as the project file lists it. */
public record ImportInfo(long id, String fileName, String sha256, String sheet, Instant importedAt, ImportCounts counts) {
}
