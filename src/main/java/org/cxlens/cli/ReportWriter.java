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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Renders a {@link Report} as an aligned text table, RFC 4180 CSV or JSON. */
final class ReportWriter {

    private static final String NOT_AVAILABLE = "-";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
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
        out.println(report.title());
        int labelWidth = report.context().stream().mapToInt(e -> e.label().length()).max().orElse(0);
        for (Report.Entry e : report.context()) {
            out.println("  " + pad(e.label() + ":", labelWidth + 1, false) + " " + tableText(e.value()));
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
        return !(cell instanceof Cell.Text);
    }

    private static String pad(String text, int width, boolean right) {
        String fill = " ".repeat(Math.max(0, width - text.length()));
        return right ? fill + text : text + fill;
    }

    static String tableText(Cell cell) {
        if (cell instanceof Cell.Text t) {
            return t.value();
        } else if (cell instanceof Cell.Decimal d) {
            return decimal(d.value(), d.decimals(), NOT_AVAILABLE);
        } else if (cell instanceof Cell.Count n) {
            return String.format(Locale.ROOT, "%,d", n.value());
        } else if (cell instanceof Cell.Flag f) {
            return f.value() ? "yes" : "";
        }
        Cell.Interval i = (Cell.Interval) cell;
        if (Double.isNaN(i.low())) {
            return NOT_AVAILABLE;
        }
        // "-11.7–36.7" reads like a range of negatives; spell the separator out when the low end is negative.
        return decimal(i.low(), i.decimals(), NOT_AVAILABLE) + (i.low() < 0 ? " to " : "–")
                + decimal(i.high(), i.decimals(), NOT_AVAILABLE);
    }

    private static String decimal(double value, int decimals, String missing) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return missing;
        }
        return rounded(value, decimals).toPlainString();
    }

    private static BigDecimal rounded(double value, int decimals) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
        return d.signum() == 0 ? d.abs() : d;
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
            csv.writeNext(header.toArray(String[]::new), false);
            for (List<Cell> row : report.rows()) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    if (cell instanceof Cell.Interval i) {
                        cells.add(decimal(i.low(), i.decimals(), ""));
                        cells.add(decimal(i.high(), i.decimals(), ""));
                    } else {
                        cells.add(safeCsvCell(csvText(cell)));
                    }
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
        } else if (cell instanceof Cell.Decimal d) {
            return decimal(d.value(), d.decimals(), "");
        } else if (cell instanceof Cell.Count n) {
            return Long.toString(n.value());
        } else if (cell instanceof Cell.Flag f) {
            return Boolean.toString(f.value());
        }
        throw new IllegalArgumentException("intervals take two CSV columns");
    }

    /**
     * A spreadsheet runs a cell starting with = + - @ as a formula (CSV injection); such a cell
     * gets a leading apostrophe unless it is a plain number such as -12.5.
     */
    static String safeCsvCell(String text) {
        if (text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0 || PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    // ---- JSON

    private static void json(Report report, PrintWriter out) {
        ObjectNode root = JSON.createObjectNode();
        root.put("title", report.title());
        for (Report.Entry e : report.context()) {
            put(root, e.id(), e.value());
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
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            node.putNull(id);
        } else {
            node.put(id, rounded(value, decimals));
        }
    }
}
