package org.cxlens.importer.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cxlens.importer.mapping.DecimalParser;
import org.cxlens.importer.mapping.LabelTable;

/**
 * What every reader of one column shares: the number parser and the codes meaning "no answer"
 * (the mapping's and the column's own), split into numbers and normalised text once, up front.
 */
final class CellValues {

    final String column;
    final DecimalParser numbers;
    private final double[] missingNumbers;
    private final Set<String> missingText;
    /** First characters (ASCII, lower case) of the text codes: most cells are rejected on their first character. */
    private final boolean[] codeStarts = new boolean[128];

    CellValues(String column, DecimalParser numbers, Collection<String> globalCodes, Collection<String> columnCodes) {
        this.column = column;
        this.numbers = numbers;
        List<Double> nums = new ArrayList<>();
        this.missingText = new HashSet<>();
        for (Collection<String> codes : List.of(globalCodes, columnCodes)) {
            for (String code : codes) {
                double x = numbers.parse(code);
                if (Double.isNaN(x)) {
                    missingText.add(LabelTable.normalize(code));
                } else {
                    nums.add(x);
                }
            }
        }
        missingNumbers = nums.stream().mapToDouble(Double::doubleValue).toArray();
        for (String code : missingText) {
            if (!code.isEmpty()) {
                char c = code.charAt(0);
                if (c < 128) {
                    codeStarts[c] = true;
                }
            }
        }
    }

    boolean isMissingNumber(double x) {
        for (double m : missingNumbers) {
            if (m == x) {
                return true;
            }
        }
        return false;
    }

    boolean isMissingText(String raw) {
        int i = 0;
        while (i < raw.length() && Character.isWhitespace(raw.charAt(i))) {
            i++;
        }
        if (i == raw.length()) {
            return true;
        }
        char c = raw.charAt(i);
        if (c < 128) {
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (!codeStarts[lower]) {
                return false;
            }
        }
        // Other characters may normalise to ASCII (dashes, non-breaking spaces): take the full path.
        return missingText.contains(LabelTable.normalize(raw));
    }

    static boolean isBlank(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            if (!Character.isWhitespace(raw.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
