package org.cxlens.importer.read;

import java.util.Arrays;
import org.cxlens.domain.CxLensException;
import org.cxlens.importer.CutOffRecord;
import org.cxlens.importer.RowSource;
import org.cxlens.importer.SourceRow;

/**
 * Data rows shaped to the header's width. Empty cells past the last column (trailing delimiters,
 * formatted but empty spreadsheet cells) are left off; spreadsheet rows are padded, because a
 * missing cell there just means an empty one. A CSV record with too few or too many real cells is
 * passed on as it is, so the import can report it.
 */
public final class DataRows implements RowSource {

    private final RowSource raw;
    private final int width;
    private final boolean pad;

    public DataRows(RowSource raw, int width, boolean pad) {
        this.raw = raw;
        this.width = width;
        this.pad = pad;
    }

    @Override
    public SourceRow next() throws CxLensException {
        SourceRow row = raw.next();
        return row == null ? null : fitRow(row, width, pad);
    }

    public static SourceRow fitRow(SourceRow row, int width, boolean pad) {
        String[] cells = row.cells();
        if (cells.length > width) {
            int keep = Math.max(width, RowCells.contentWidth(cells));
            return keep == cells.length ? row : new SourceRow(row.rowNumber(), Arrays.copyOf(cells, keep));
        }
        if (pad && cells.length < width) {
            String[] padded = Arrays.copyOf(cells, width);
            Arrays.fill(padded, cells.length, width, "");
            return new SourceRow(row.rowNumber(), padded);
        }
        return row;
    }

    @Override
    public CutOffRecord cutOff() {
        return raw.cutOff();
    }

    @Override
    public int[] cleanedColumns() {
        return raw.cleanedColumns();
    }

    @Override
    public double fractionRead() {
        return raw.fractionRead();
    }

    @Override
    public void close() throws CxLensException {
        raw.close();
    }
}
