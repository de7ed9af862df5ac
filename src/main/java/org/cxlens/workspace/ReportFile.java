package org.cxlens.workspace;

import java.time.Instant;
import org.cxlens.analysis.Filter;

/**
 * What a report file opens on (DESIGN §6): the consultant's filter, the page and a note to the
 * reader, with when and from which project it was saved.
 *
 * @param note empty when the consultant wrote none
 */
public record ReportFile(Filter filter, ReportPage page, String note, Instant savedAt, String sourceFile) {
}
