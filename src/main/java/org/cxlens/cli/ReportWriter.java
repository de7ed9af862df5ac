package org.cxlens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.cxlens.domain.Message;
import org.cxlens.report.CsvCells;

/**
 * Renders a {@link Report} as an aligned text table for people (display language and number
 * format), or as RFC 4180 CSV or JSON for scripts (English, plain numbers, whatever the locale).
 */
final class ReportWriter {

    private static final String NOT_AVAILABLE = "-";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportWriter() {
    }

    static void write(Report report, OutputFormat format, PrintWriter out) {
        switch (format) {
            case table -> table(report, out);
            case csv -> csv(report, out);
            case json -> json(report, out);
        }
        out.flush();
    }

    // ---- table

    private static void table(Report report, PrintWriter out) {
        out.println(report.title().shown());
        List<Report.Entry> context = report.context().stream().filter(Report.Entry::inTable).toList();
        int labelWidth = context.stream().mapToInt(e -> e.label().length()).max().orElse(0);
        for (Report.Entry e : context) {
            out.println("  " + pad(e.label() + ":", labelWidth + 1, false) + " " + tableText(e.value()));
        }
        if (report.warnings() != null && !report.warnings().isEmpty()) {
            out.println();
            for (Report.Warning w : report.warnings()) {
                out.println(Message.of("cli.table.warning", w.message().shown()).render());
            }
        }
        out.println();
        List<Report.Column> columns = report.columns();
        List<Integer> shown = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (!columns.get(c).trailing()) {
                shown.add(c);
            }
        }
        int[] width = new int[columns.size()];
        for (int c : shown) {
            width[c] = columns.get(c).label().length();
            for (List<Cell> row : report.rows()) {
                width[c] = Math.max(width[c], tableText(row.get(c)).length());
            }
        }
        StringBuilder header = new StringBuilder();
        for (int c : shown) {
            appendCell(header, columns.get(c).label(), width[c], c != shown.get(0) && numeric(report, c));
        }
        out.println(header.toString().stripTrailing());
        out.println("-".repeat(header.toString().stripTrailing().length()));
        for (List<Cell> row : report.rows()) {
            StringBuilder line = new StringBuilder();
            for (int c : shown) {
                appendCell(line, tableText(row.get(c)), width[c], c != shown.get(0) && rightAligned(row.get(c)));
            }
            out.println(line.toString().stripTrailing());
            for (int c = 0; c < columns.size(); c++) {
                String text = tableText(row.get(c));
                if (columns.get(c).trailing() && !text.isEmpty()) {
                    out.println("    " + text);
                }
            }
        }
        if (!report.notes().isEmpty()) {
            out.println();
            report.notes().forEach(out::println);
        }
    }

    private static void appendCell(StringBuilder line, String text, int width, boolean right) {
        if (line.length() > 0) {
            line.append("  ");
        }
        line.append(pad(text, width, right));
    }

    private static boolean numeric(Report report, int column) {
        return report.rows().stream().anyMatch(r -> rightAligned(r.get(column)));
    }

    private static boolean rightAligned(Cell cell) {
        return !(cell instanceof Cell.Text || cell instanceof Cell.Phrase);
    }

    private static String pad(String text, int width, boolean right) {
        String fill = " ".repeat(Math.max(0, width - text.length()));
        return right ? fill + text : text + fill;
    }

    /** A cell as people read it: words in the display language, numbers in its format. */
    static String tableText(Cell cell) {
        if (cell instanceof Cell.Text t) {
            return t.value();
        } else if (cell instanceof Cell.Phrase p) {
            return p.shown();
        } else if (cell instanceof Cell.Decimal d) {
            return shownDecimal(d.value(), d.decimals());
        } else if (cell instanceof Cell.Count n) {
            return Display.count(n.value());
        } else if (cell instanceof Cell.Flag f) {
            return f.value() ? Message.of("cli.table.yes").render() : "";
        }
        Cell.Interval i = (Cell.Interval) cell;
        if (Double.isNaN(i.low())) {
            return NOT_AVAILABLE;
        }
        // "-11.7–36.7" reads like a range of negatives; spell the separator out when the low end is negative.
        return Message.of(i.low() < 0 ? "cli.table.intervalFromNegative" : "cli.table.interval",
                shownDecimal(i.low(), i.decimals()), shownDecimal(i.high(), i.decimals())).render();
    }

    private static String shownDecimal(double value, int decimals) {
        return missing(value) ? NOT_AVAILABLE : Display.decimal(value, decimals);
    }

    /** A decimal for CSV: plain digits and a point, empty when not available. */
    private static String plainDecimal(double value, int decimals) {
        return missing(value) ? "" : Display.rounded(value, decimals).toPlainString();
    }

    private static boolean missing(double value) {
        return Double.isNaN(value) || Double.isInfinite(value);
    }

    // ---- CSV

    private static void csv(Report report, PrintWriter out) {
        StringWriter buffer = new StringWriter();
        try (CSVWriter csv = new CSVWriter(buffer, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, ICSVWriter.RFC4180_LINE_END)) {
            List<String> header = new ArrayList<>();
            for (int c = 0; c < report.columns().size(); c++) {
                String id = report.columns().get(c).id();
                if (isInterval(report, c)) {
                    header.add(id + "_low");
                    header.add(id + "_high");
                } else {
                    header.add(id);
                }
            }
            // Context that scripts need (bases, R², weighting) is repeated on every row: CSV has no other place for it.
            List<Report.Entry> repeated = report.context().stream().filter(Report.Entry::inCsv).toList();
            repeated.forEach(e -> header.add(e.id()));
            if (report.warnings() != null) {
                header.add("warnings");
            }
            csv.writeNext(header.toArray(String[]::new), false);
            for (List<Cell> row : report.rows()) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    if (cell instanceof Cell.Interval i) {
                        cells.add(plainDecimal(i.low(), i.decimals()));
                        cells.add(plainDecimal(i.high(), i.decimals()));
                    } else {
                        cells.add(CsvCells.neutralised(csvText(cell)));
                    }
                }
                repeated.forEach(e -> cells.add(CsvCells.neutralised(csvText(e.value()))));
                if (report.warnings() != null) {
                    cells.add(String.join(";", report.warnings().stream().map(Report.Warning::code).toList()));
                }
                csv.writeNext(cells.toArray(String[]::new), false);
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        out.print(buffer);
    }

    private static boolean isInterval(Report report, int column) {
        return report.rows().stream().anyMatch(r -> r.get(column) instanceof Cell.Interval);
    }

    private static String csvText(Cell cell) {
        if (cell instanceof Cell.Text t) {
            return t.value();
        } else if (cell instanceof Cell.Phrase p) {
            return p.english();
        } else if (cell instanceof Cell.Decimal d) {
            return plainDecimal(d.value(), d.decimals());
        } else if (cell instanceof Cell.Count n) {
            return Long.toString(n.value());
        } else if (cell instanceof Cell.Flag f) {
            return Boolean.toString(f.value());
        }
        throw new IllegalArgumentException("intervals take two CSV columns");
    }

    // ---- JSON

    private static void json(Report report, PrintWriter out) {
        ObjectNode root = JSON.createObjectNode();
        root.put("title", report.title().english());
        for (Report.Entry e : report.context()) {
            put(root, e.id(), e.value());
        }
        if (report.warnings() != null) {
            ArrayNode warnings = root.putArray("warnings");
            for (Report.Warning w : report.warnings()) {
                warnings.addObject().put("code", w.code()).put("message", w.message().english());
            }
        }
        ArrayNode rows = root.putArray("rows");
        for (List<Cell> row : report.rows()) {
            ObjectNode node = rows.addObject();
            for (int c = 0; c < row.size(); c++) {
                put(node, report.columns().get(c).id(), row.get(c));
            }
        }
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (IOException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    private static void put(ObjectNode node, String id, Cell cell) {
        if (cell instanceof Cell.Text t) {
            node.put(id, t.value());
        } else if (cell instanceof Cell.Phrase p) {
            node.put(id, p.english());
        } else if (cell instanceof Cell.Decimal d) {
            putDecimal(node, id, d.value(), d.decimals());
        } else if (cell instanceof Cell.Count n) {
            node.put(id, n.value());
        } else if (cell instanceof Cell.Flag f) {
            node.put(id, f.value());
        } else if (cell instanceof Cell.Interval i) {
            ObjectNode interval = node.putObject(id);
            putDecimal(interval, "low", i.low(), i.decimals());
            putDecimal(interval, "high", i.high(), i.decimals());
        }
    }

    private static void putDecimal(ObjectNode node, String id, double value, int decimals) {
        if (missing(value)) {
            node.putNull(id);
        } else {
            node.put(id, Display.rounded(value, decimals));
        }
    }
}
