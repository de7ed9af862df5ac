package org.cxlens.importer.load;

import java.util.List;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Expectation;
import org.cxlens.domain.Scale;
import org.cxlens.importer.mapping.LabelTable;

/**
 * Reads one expectation column: a label from the column's own list (lower half worse, middle as
 * expected, upper half better) or, without a list, from the table; or, when the column has a
 * numeric coding, a number read the same way on its scale.
 */
final class ExpectationReader {

    private final CellValues cells;
    private final Scale coding;
    private final LabelCache<Expectation> labels;
    private final String unknownLabelKey;
    private final ProblemLog problems;

    ExpectationReader(CellValues cells, Scale coding, LabelTable table, List<String> columnLabels,
                      ProblemLog problems) {
        this.cells = cells;
        this.coding = coding;
        if (columnLabels.isEmpty()) {
            labels = new LabelCache<>(table::expectation);
            unknownLabelKey = "importer.load.unknownExpectation";
        } else {
            LabelPositions positions = new LabelPositions(columnLabels);
            labels = new LabelCache<>(raw -> {
                Integer p = positions.of(raw);
                return p == null ? null : fromFraction((double) p / (positions.count - 1));
            });
            unknownLabelKey = "importer.load.unlistedExpectation";
        }
        this.problems = problems;
    }

    /** The expectation, or null when empty, a missing code, or unknown (then a problem is recorded). */
    Expectation read(String raw, int row) throws CxLensException {
        if (raw.isEmpty()) {
            return null;
        }
        double x = cells.numbers.parse(raw);
        if (Double.isNaN(x)) {
            Expectation e = labels.get(raw);
            if (e != null) {
                return e;
            }
            if (!CellValues.isBlank(raw) && !cells.isMissingText(raw)) {
                problems.report(row, cells.column, raw, unknownLabelKey, raw);
            }
            return null;
        }
        if (cells.isMissingNumber(x)) {
            return null;
        }
        if (coding == null) {
            problems.report(row, cells.column, raw, "importer.load.expectationNotCoded", raw);
            return null;
        }
        if (!coding.contains(x)) {
            problems.report(row, cells.column, raw, "importer.load.outOfScale", raw, coding.label());
            return null;
        }
        return fromFraction(coding.fraction(x));
    }

    private static Expectation fromFraction(double p) {
        return p < 0.5 ? Expectation.WORSE : p > 0.5 ? Expectation.BETTER : Expectation.AS_EXPECTED;
    }
}
