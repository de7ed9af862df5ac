package org.cxlens.report;

import java.util.Objects;

/**
 * One table cell of a deliverable: the text every renderer shows as it is, and for numbers the
 * value itself, so a spreadsheet gets a number it can compute with rather than a formatted string.
 *
 * @param text   as shown, already formatted in the report's language ("42.3 %", "1,204")
 * @param value  the number behind the text, NaN for a text cell
 * @param format what the number is
 */
public record ReportCell(String text, double value, CellFormat format) {

    public ReportCell {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        if ((format == CellFormat.TEXT) != Double.isNaN(value)) {
            throw new IllegalArgumentException("a text cell has no value and a number cell has one: " + text);
        }
    }

    public static ReportCell text(String text) {
        return new ReportCell(text, Double.NaN, CellFormat.TEXT);
    }

    public static ReportCell number(String text, double value, CellFormat format) {
        return new ReportCell(text, value, format);
    }

    public boolean numeric() {
        return format != CellFormat.TEXT;
    }
}
