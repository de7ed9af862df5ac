package org.cxlens.report;

import java.util.List;
import java.util.Objects;

/**
 * One view of a deliverable (a PDF page, a slide, a worksheet): a dashboard page's chart with its
 * table and the sentences a reader needs to read them right (bases, weighting, model warnings).
 *
 * @param key   the page it renders, as the app names it ("overview", "touchpoints", "departments",
 *              "journey", "drivers", "priorities", "heatmap", "trend"): stable, for file and sheet names
 * @param title the heading, in the report's language
 * @param chart the chart, or null for a view that is a table only
 * @param table the view's table, possibly empty
 * @param notes sentences printed with the view, in order
 */
public record ReportView(String key, String title, ReportChart chart, ReportTable table, List<String> notes) {

    public ReportView {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(table, "table");
        notes = List.copyOf(notes);
    }
}
