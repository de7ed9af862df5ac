package org.cxlens.report;

import java.util.regex.Pattern;

/**
 * Cells safe to open in a spreadsheet, for every CSV the program writes: one starting with
 * = + - @ tab or carriage return would run as a formula (CSV injection), so it gets a leading
 * apostrophe as OWASP recommends; a plain number such as -12.5 is no formula and stays a number.
 */
public final class CsvCells {

    /** With either decimal mark (see {@link CsvDialect}). */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+([.,]\\d+)?");

    private CsvCells() {
    }

    public static String neutralised(String text) {
        if (text == null || text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0
                || PLAIN_NUMBER.matcher(text).matches()) {
            return text == null ? "" : text;
        }
        return "'" + text;
    }

    /** A cell of tab-separated text for the clipboard: tabs and line breaks inside become spaces. */
    public static String tsvField(String cell) {
        return cell.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }
}
