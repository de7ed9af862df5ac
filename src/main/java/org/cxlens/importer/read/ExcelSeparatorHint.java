package org.cxlens.importer.read;

import java.util.Locale;

/**
 * Excel reads, and some tools write, a first line {@code sep=;} that names the delimiter. It is
 * neither header nor data: the sniffer takes the delimiter from it and the reader skips it.
 */
final class ExcelSeparatorHint {

    private static final String PREFIX = "sep=";

    private ExcelSeparatorHint() {
    }

    /** The delimiter named on the first line of the text, or null when there is no hint. */
    static Character delimiter(String text) {
        int end = text.indexOf('\n');
        String first = (end < 0 ? text : text.substring(0, end)).strip();
        boolean hint = first.length() == PREFIX.length() + 1 && first.toLowerCase(Locale.ROOT).startsWith(PREFIX);
        return hint ? first.charAt(PREFIX.length()) : null;
    }

    /** Whether a parsed first record is the hint line (split or not by the delimiter it names). */
    static boolean isHint(String[] cells, char delimiter) {
        return delimiter(String.join(String.valueOf(delimiter), cells)) != null;
    }
}
