package org.cxlens.report;

import java.util.List;

/**
 * A table of a deliverable, the same in every format: the PDF and the slides print it, the
 * workbook writes it as cells with their numbers.
 *
 * @param headers column headings
 * @param rows    each with one cell per heading
 */
public record ReportTable(List<String> headers, List<List<ReportCell>> rows) {

    public ReportTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<ReportCell> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("a row needs one cell per heading: " + row);
            }
        }
    }

    public static ReportTable empty() {
        return new ReportTable(List.of(), List.of());
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
