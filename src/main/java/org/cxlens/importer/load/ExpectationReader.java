package org.cxlens.importer.load;

import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Expectation;
import org.cxlens.domain.Scale;
import org.cxlens.importer.mapping.LabelTable;

/**
 * Reads one expectation column: a label from the table, or, when the column has a numeric
 * coding, a number whose lower half of the scale means worse, middle as expected, upper half better.
 */
final class ExpectationReader {

    private final CellValues cells;
    private final Scale coding;
    private final LabelCache<Expectation> labels;
    private final ProblemLog problems;

    ExpectationReader(CellValues cells, Scale coding, LabelTable labels, ProblemLog problems) {
        this.cells = cells;
        this.coding = coding;
        this.labels = new LabelCache<>(labels::expectation);
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
                problems.report(row, cells.column, raw, "importer.load.unknownExpectation", raw);
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
        double p = coding.fraction(x);
        return p < 0.5 ? Expectation.WORSE : p > 0.5 ? Expectation.BETTER : Expectation.AS_EXPECTED;
    }
}
