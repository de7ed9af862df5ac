package org.cxlens.workspace;

/**
 * Text cells safe to open in a spreadsheet: one starting with = + - @ tab or carriage return
 * would run as a formula (CSV injection), so it gets a leading apostrophe as OWASP recommends.
 * Numbers the program writes itself are not passed through here and stay numbers.
 */
final class CsvCells {

    private CsvCells() {
    }

    static String neutralised(String text) {
        if (text == null || text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0) {
            return text == null ? "" : text;
        }
        return "'" + text;
    }

    /** A CSV field: quoted when it holds a separator, quote or line break. */
    static String csvField(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    /** A cell of tab-separated text for the clipboard: tabs and line breaks inside become spaces. */
    static String tsvField(String cell) {
        return cell.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }
}
