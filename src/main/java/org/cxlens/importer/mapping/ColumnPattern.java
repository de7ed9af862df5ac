package org.cxlens.importer.mapping;

import java.util.Locale;
import java.util.regex.Pattern;
import org.cxlens.importer.SourceColumn;

/**
 * A mapping entry that names many columns at once: {@code "Q5_*"} (any text) or
 * {@code "Q?_1"} (one character), case ignored, so a 97-column survey needs a handful of lines.
 */
final class ColumnPattern {

    private ColumnPattern() {
    }

    static boolean isPattern(String column) {
        return column.indexOf('*') >= 0 || column.indexOf('?') >= 0 && !column.endsWith("?");
    }

    static boolean matches(String pattern, String column) {
        StringBuilder regex = new StringBuilder();
        for (char ch : pattern.toCharArray()) {
            if (ch == '*') {
                regex.append(".*");
            } else if (ch == '?') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL).matcher(column).matches();
    }

    /** The touchpoint a matched column names: its matrix item, else its question text. */
    static String itemOf(SourceColumn column) {
        String text = column.questionText() == null ? column.name() : column.questionText();
        HeaderText h = HeaderText.of(text);
        String item = h.item() != null ? h.item() : h.raw();
        return item.isEmpty() ? column.name() : item.substring(0, 1).toUpperCase(Locale.ROOT) + item.substring(1);
    }
}
