package org.cxlens.domain;

import java.time.Instant;

/**
 * Provenance of one import, stored with it.
 *
 * @param sheet          the sheet read, or null for CSV
 * @param mappingJson    the column mapping used, as its JSON profile
 * @param overallScale   scale of the overall satisfaction item, or null when not mapped
 * @param recommendScale scale of the likelihood-to-recommend item, or null when not mapped
 */
public record ImportMeta(
        String fileName,
        String sha256,
        String sheet,
        String mappingJson,
        Instant importedAt,
        Scale overallScale,
        Scale recommendScale) {
}
