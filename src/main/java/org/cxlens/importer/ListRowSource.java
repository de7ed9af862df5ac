package org.cxlens.importer;

import java.util.List;

/**
 * Rows already in memory (a preview's sample rows) as a {@link RowSource}; the fraction read is
 * the share of rows handed out.
 */
public final class ListRowSource implements RowSource {

    private final List<SourceRow> rows;
    private int next;

    public ListRowSource(List<SourceRow> rows) {
        this.rows = rows;
    }

    @Override
    public SourceRow next() {
        return next < rows.size() ? rows.get(next++) : null;
    }

    @Override
    public double fractionRead() {
        return rows.isEmpty() ? 1 : (double) next / rows.size();
    }

    @Override
    public void close() {
        // nothing to release: the list belongs to the caller
    }
}
