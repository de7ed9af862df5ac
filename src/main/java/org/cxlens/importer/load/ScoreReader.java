package org.cxlens.importer.load;

import java.util.List;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Scale;
import org.cxlens.importer.mapping.LabelFamily;
import org.cxlens.importer.mapping.LabelTable;

/**
 * Reads one score column: a number, or an answer label on the column's scale. Labels come from
 * the column's own list when the mapping gives one, else from the label table or a "7 - label".
 */
final class ScoreReader {

    private final CellValues cells;
    private final Scale scale;
    private final LabelCache<Double> labels;
    private final String unknownLabelKey;
    private final ProblemLog problems;

    ScoreReader(CellValues cells, Scale scale, LabelTable table, List<String> columnLabels, ProblemLog problems) {
        this.cells = cells;
        this.scale = scale;
        if (columnLabels.isEmpty()) {
            labels = new LabelCache<>(raw -> {
                double v = table.scoreValue(scale, raw);
                if (Double.isNaN(v)) {
                    v = LabelTable.leadingNumber(raw);
                }
                return Double.isNaN(v) ? null : v;
            });
            unknownLabelKey = "importer.load.unknownLabel";
        } else {
            LabelPositions positions = new LabelPositions(columnLabels);
            labels = new LabelCache<>(raw -> {
                Integer p = positions.of(raw);
                return p == null ? null : LabelFamily.valueOf(scale, p, positions.count);
            });
            unknownLabelKey = "importer.load.unlistedLabel";
        }
        this.problems = problems;
    }

    /** The score, or NaN when the cell is empty, a missing code, or wrong (then a problem is recorded). */
    double read(String raw, int row) throws CxLensException {
        if (raw.isEmpty()) {
            return Double.NaN;
        }
        double x = cells.numbers.parse(raw);
        if (Double.isNaN(x)) {
            if (CellValues.isBlank(raw) || cells.isMissingText(raw)) {
                return Double.NaN;
            }
            Double label = labels.get(raw);
            if (label == null) {
                String key = hasLetter(raw) ? unknownLabelKey : "importer.load.notNumber";
                problems.report(row, cells.column, raw, key, raw, scale.label());
                return Double.NaN;
            }
            x = label;
        } else if (cells.isMissingNumber(x)) {
            return Double.NaN;
        }
        if (!scale.contains(x)) {
            problems.report(row, cells.column, raw, "importer.load.outOfScale", raw, scale.label());
            return Double.NaN;
        }
        return x;
    }

    private static boolean hasLetter(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            if (Character.isLetter(raw.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
