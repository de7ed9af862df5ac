package org.cxlens.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * What an analysis command prints, independent of the output format: context lines (filter,
 * scheme, bases) and one table. {@link ReportWriter} renders it as an aligned table, CSV or JSON.
 *
 * @param title   first line of the table format
 * @param context labelled values shown above the table (JSON: top-level fields)
 * @param columns table columns
 * @param rows    one list of cells per row, one cell per column
 * @param notes   lines shown below the table in the table format only (legends)
 */
record Report(String title, List<Entry> context, List<Column> columns, List<List<Cell>> rows, List<String> notes) {

    /**
     * @param id    machine name: JSON key, CSV header
     * @param label text in the table format
     */
    record Entry(String id, String label, Cell value) {
    }

    /**
     * @param id       machine name: JSON key, CSV header
     * @param label    table header
     * @param trailing in the table format, shown on its own indented line below the row (long text)
     */
    record Column(String id, String label, boolean trailing) {

        static Column of(String id, String label) {
            return new Column(id, label, false);
        }
    }

    Report {
        context = List.copyOf(context);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
        for (List<Cell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " cells for " + columns.size() + " columns");
            }
        }
    }

    /** Collects a report row by row. */
    static final class Builder {

        private final String title;
        private final List<Entry> context = new ArrayList<>();
        private final List<Column> columns = new ArrayList<>();
        private final List<List<Cell>> rows = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        Builder(String title) {
            this.title = title;
        }

        Builder context(String id, String label, Cell value) {
            context.add(new Entry(id, label, value));
            return this;
        }

        Builder column(String id, String label) {
            columns.add(Column.of(id, label));
            return this;
        }

        Builder trailingColumn(String id, String label) {
            columns.add(new Column(id, label, true));
            return this;
        }

        Builder row(List<Cell> cells) {
            rows.add(List.copyOf(cells));
            return this;
        }

        Builder note(String line) {
            notes.add(line);
            return this;
        }

        Report build() {
            return new Report(title, context, columns, rows, notes);
        }
    }
}
