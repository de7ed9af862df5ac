package org.cxlens.importer;

import org.cxlens.domain.CxLensException;

/** A stream of data rows (header rows already consumed), read in bounded memory. */
public interface RowSource extends AutoCloseable {

    /** The next row, or null at the end. */
    SourceRow next() throws CxLensException;

    /**
     * After the end: the cut-off record the source stopped at instead of failing, or null when
     * the file ended cleanly.
     */
    default CutOffRecord cutOff() {
        return null;
    }

    /**
     * The columns (0-based) of the row last returned from whose cells control characters, such
     * as a NUL byte, were removed; empty when none were.
     */
    default int[] cleanedColumns() {
        return new int[0];
    }

    /** Fraction of the input consumed so far (0–1), for progress bars. */
    double fractionRead();

    @Override
    void close() throws CxLensException;
}
