package org.cxlens.cli;

import java.util.ArrayList;
import java.util.List;
import org.cxlens.domain.Message;

/**
 * What an analysis command prints, independent of the output format: context lines (filter,
 * scheme, bases) and one table. {@link ReportWriter} renders it as an aligned table, CSV or JSON.
 *
 * @param title   first line of the table format, and the JSON title (in English)
 * @param context labelled values shown above the table (JSON: top-level fields)
 * @param columns table columns
 * @param rows    one list of cells per row, one cell per column
 * @param notes   lines shown below the table in the table format only (legends)
 */
record Report(Cell.Phrase title, List<Entry> context, List<Column> columns, List<List<Cell>> rows,
              List<String> notes) {

    /** Label keys of the analysis commands' reports: {@code cli.context.<id>}, {@code cli.column.<id>}. */
    static final String ANALYSIS_LABELS = "cli";

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

    /**
     * Collects a report row by row. Labels are looked up by id in the messages bundles, so one id
     * has one label in every report that shares the label keys, and the ids never depend on the language.
     */
    static final class Builder {

        private final Cell.Phrase title;
        private final String labels;
        private final List<Entry> context = new ArrayList<>();
        private final List<Column> columns = new ArrayList<>();
        private final List<List<Cell>> rows = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        /**
         * @param labels prefix of the label keys: {@code <labels>.context.<id>} and {@code <labels>.column.<id>}
         */
        Builder(Message title, String labels) {
            this.title = Cell.phrase(title);
            this.labels = labels;
        }

        Builder context(String id, Cell value) {
            context.add(new Entry(id, label("context", id), value));
            return this;
        }

        Builder column(String id) {
            return column(id, label("column", id));
        }

        /** A column whose header is no word to translate: a symbol, or data such as a segment's name. */
        Builder column(String id, String label) {
            columns.add(new Column(id, label, false));
            return this;
        }

        Builder trailingColumn(String id) {
            columns.add(new Column(id, label("column", id), true));
            return this;
        }

        Builder row(List<Cell> cells) {
            rows.add(List.copyOf(cells));
            return this;
        }

        Builder note(Message line) {
            notes.add(line.render());
            return this;
        }

        Report build() {
            return new Report(title, context, columns, rows, notes);
        }

        private String label(String kind, String id) {
            return Message.of(labels + "." + kind + "." + id).render();
        }
    }
}
