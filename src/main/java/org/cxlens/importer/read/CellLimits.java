package org.cxlens.importer.read;

import java.nio.file.Path;
import org.apache.poi.ss.util.CellReference;
import org.cxlens.domain.CxLensException;

/**
 * The {@link WorkbookLimits} on one row of an XLSX sheet. An XLS sheet cannot exceed them: the
 * format stops at 256 columns and 65,535 characters in a string.
 */
final class CellLimits {

    private CellLimits() {
    }

    /** Before the row's cells are taken: a row wider than Excel allows is refused. */
    static void checkWidth(Path file, String sheet, int rowNumber, int cellCount) throws CxLensException {
        if (cellCount > ReadLimits.MAX_COLUMNS) {
            throw ReadErrors.of("tooManyColumns", file, sheet, rowNumber, ReadLimits.MAX_COLUMNS);
        }
    }

    /** @param column 0-based */
    static String checkText(Path file, String sheet, int rowNumber, int column, String text) throws CxLensException {
        if (text.length() > ReadLimits.MAX_CELL_CHARS) {
            String cell = CellReference.convertNumToColString(column) + rowNumber;
            throw ReadErrors.of("cellTooLong", file, sheet, cell, ReadLimits.MAX_CELL_CHARS);
        }
        return text;
    }
}
