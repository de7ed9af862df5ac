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
        return raw.isEmpty() || missingText.contains(LabelTable.normalize(raw));
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
