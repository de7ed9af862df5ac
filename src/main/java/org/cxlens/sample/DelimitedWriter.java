package org.cxlens.sample;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes delimited text one field at a time, quoting (RFC 4180) only fields that contain the
 * delimiter, a quote or a line break. Hand-rolled rather than OpenCSV because the benchmark file
 * has 22 million fields and the per-field array and builder of a general writer cost seconds.
 */
final class DelimitedWriter {

    private static final String[] SMALL_NUMBERS = new String[101];

    static {
        for (int i = 0; i < SMALL_NUMBERS.length; i++) {
            SMALL_NUMBERS[i] = Integer.toString(i);
        }
    }

    private final Writer out;
    private final char delimiter;
    private final String lineEnd;
    private boolean rowStarted;

    DelimitedWriter(Writer out, char delimiter, String lineEnd) {
        this.out = out;
        this.delimiter = delimiter;
        this.lineEnd = lineEnd;
    }

    void field(String value) throws IOException {
        separate();
        if (value == null || value.isEmpty()) {
            return;
        }
        if (needsQuotes(value)) {
            out.write('"');
            out.write(value.replace("\"", "\"\""));
            out.write('"');
        } else {
            out.write(value);
        }
    }

    void field(int value) throws IOException {
        separate();
        out.write(value >= 0 && value < SMALL_NUMBERS.length ? SMALL_NUMBERS[value] : Integer.toString(value));
    }

    void empty() throws IOException {
        separate();
    }

    void fields(Iterable<String> values) throws IOException {
        for (String v : values) {
            field(v);
        }
    }

    void endRow() throws IOException {
        out.write(lineEnd);
        rowStarted = false;
    }

    private void separate() throws IOException {
        if (rowStarted) {
            out.write(delimiter);
        }
        rowStarted = true;
    }

    private boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
