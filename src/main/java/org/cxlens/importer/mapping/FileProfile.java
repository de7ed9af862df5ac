package org.cxlens.importer.mapping;

import java.util.ArrayList;
import java.util.List;
import org.cxlens.domain.CxLensException;
import org.cxlens.importer.ListRowSource;
import org.cxlens.importer.RowSource;
import org.cxlens.importer.SourceRow;

/**
 * The values of every column of a file, read in one streaming pass in bounded memory.
 *
 * <p>Files up to {@link #FULL_ROWS} data rows are read whole. Past that, rows are taken at a
 * stride that doubles each time another {@code FULL_ROWS / 2} rows have been taken, each counted
 * with the stride as its weight: the sample stays spread over the whole file (a file sorted by
 * one column still shows every part of it), the counts stay estimates of the whole file, and
 * the work per million rows stays small.
 *
 * @param rows    data rows in the file
 * @param sampled data rows whose values were counted
 */
public record FileProfile(List<ColumnValues> columns, long rows, long sampled) {

    /** Files up to this many rows are profiled from every row. */
    public static final int FULL_ROWS = 50_000;

    public FileProfile {
        columns = List.copyOf(columns);
    }

    public ColumnValues column(int index) {
        return columns.get(index);
    }

    /** True when not every row was counted. */
    public boolean isSample() {
        return sampled < rows;
    }

    /** Reads every remaining row of the source; the source stays open. */
    public static FileProfile read(RowSource source, int width, char decimalSeparator) throws CxLensException {
        List<ColumnValues> columns = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            columns.add(new ColumnValues());
        }
        DecimalParser numbers = new DecimalParser(decimalSeparator);
        long rows = 0;
        long sampled = 0;
        long stride = 1;
        long takenAtStride = 0;
        long next = FULL_ROWS + 1;
        SourceRow row;
        while ((row = source.next()) != null) {
            rows++;
            if (rows > FULL_ROWS) {
                if (rows != next) {
                    continue;
                }
                if (stride == 1 || ++takenAtStride > FULL_ROWS / 2) {
                    stride *= 2;
                    takenAtStride = 1;
                }
                // This row stands for itself and the stride - 1 rows skipped after it.
                next = rows + stride;
            }
            sampled++;
            String[] cells = row.cells();
            for (int i = 0; i < width; i++) {
                columns.get(i).add(i < cells.length ? cells[i] : "", stride, numbers);
            }
        }
        return new FileProfile(columns, rows, sampled);
    }

    /** A profile of rows already in memory (a preview's sample, a test's table). */
    public static FileProfile of(List<SourceRow> rows, int width, char decimalSeparator) {
        try {
            return read(new ListRowSource(rows), width, decimalSeparator);
        } catch (CxLensException e) {
            throw new IllegalStateException("rows in memory cannot fail to read", e);
        }
    }
}
