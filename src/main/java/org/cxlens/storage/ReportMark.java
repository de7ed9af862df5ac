package org.cxlens.storage;

import java.time.Instant;
import java.util.List;

/**
 * What makes a project file a report file: when and from which project it was saved, and what it
 * opens on. The filter is kept as the {@code --filter KEY=VALUE} arguments of the command line,
 * one value per argument, so the file stays readable without this program.
 *
 * @param sourceFile file name of the project the report was saved from
 * @param filter     filter arguments, in a stable order
 * @param page       the page to open on, by its lower-case name ("journey")
 * @param note       the consultant's note to the reader; empty when there is none
 */
public record ReportMark(Instant savedAt, String sourceFile, List<String> filter, String page, String note) {

    public ReportMark {
        filter = List.copyOf(filter);
    }
}
