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
 * @param warnings what to be careful about: lines above the table, a JSON array, and a CSV column
 *                 of their codes; null for a report that never warns (no such column or array)
 */
record Report(Cell.Phrase title, List<Entry> context, List<Column> columns, List<List<Cell>> rows,
              List<String> notes, List<Warning> warnings) {

    /** Label keys of the analysis commands' reports: {@code cli.context.<id>}, {@code cli.column.<id>}. */
    static final String ANALYSIS_LABELS = "cli";

    /** Where a context entry appears besides JSON, where every entry is a top-level field. */
    enum Shown {
        /** Above the table. */
        TABLE,
        /** Above the table, and as a CSV column repeated on every row (CSV has no place for context). */
        TABLE_AND_CSV,
        /** As a CSV column only: a machine form of something the table says in words. */
        CSV
    }

    /**
     * @param id    machine name: JSON key, CSV header
     * @param label text in the table format
     */
    record Entry(String id, String label, Cell value, Shown shown) {

        boolean inTable() {
            return shown != Shown.CSV;
        }

        boolean inCsv() {
            return shown != Shown.TABLE;
        }
    }

    /**
     * @param code    machine name, lower case (JSON, CSV)
     * @param message the sentence for people
     */
    record Warning(String code, Cell.Phrase message) {
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
        warnings = warnings == null ? null : List.copyOf(warnings);
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
        private List<Warning> warnings;

        /**
         * @param labels prefix of the label keys: {@code <labels>.context.<id>} and {@code <labels>.column.<id>}
         */
        Builder(Message title, String labels) {
            this.title = Cell.phrase(title);
            this.labels = labels;
        }

        Builder context(String id, Cell value) {
            return context(id, value, Shown.TABLE);
        }

        Builder context(String id, Cell value, Shown shown) {
            context.add(new Entry(id, shown == Shown.CSV ? id : label("context", id), value, shown));
            return this;
        }

        /** Declares that this report warns (even when the list is empty, so CSV and JSON keep their shape). */
        Builder warnings(List<Warning> list) {
            warnings = new ArrayList<>(list);
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
            return new Report(title, context, columns, rows, notes, warnings);
        }

        private String label(String kind, String id) {
            return Message.of(labels + "." + kind + "." + id).render();
        }
    }
}
