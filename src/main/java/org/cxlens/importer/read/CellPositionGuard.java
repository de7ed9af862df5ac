package org.cxlens.importer.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Refuses a sheet part, while it streams, at the first cell position ({@code r="…"}) with more
 * column letters than XFD, Excel's last column. The workbook reader makes room for every column up
 * to a cell's position before our own column check sees the row, so one made-up position such as
 * {@code r="ZZZZZZ3"} would otherwise take hundreds of millions of entries of heap.
 */
final class CellPositionGuard extends FilterInputStream {

    /** XFD has three letters; four or more always lie beyond it (three beyond it are caught per row). */
    private static final int MAX_LETTERS = 3;

    // Where the scan is inside a tag: ints rather than an enum, as this runs for every byte of a
    // sheet, several times per import (measured on the client compiler: importing a 100k-row
    // workbook took 7.1–7.7 s instead of 7.9–8.3 s).
    private static final int NOTHING = 0;
    private static final int SPACE = 1;
    private static final int R = 2;
    private static final int R_IS = 3;
    private static final int LETTERS = 4;

    private final Path file;
    private final String part;
    private final byte[] one = new byte[1];
    private boolean inTag;
    private int seen = NOTHING;
    private int letters;

    CellPositionGuard(InputStream in, Path file, String part) {
        super(in);
        this.file = file;
        this.part = part;
    }

    /** Whether a part of this name is a sheet, whose cells carry positions. */
    static boolean guards(String part) {
        return part.contains("worksheets/") && part.endsWith(".xml");
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            one[0] = (byte) b;
            scan(one, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            scan(b, off, off + n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipped bytes would go unscanned: read them instead.
        byte[] buffer = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /**
     * Follows attributes inside tags only (text content may hold anything), carrying its state from
     * one read to the next; in local variables while it runs, which the client compiler keeps in registers.
     */
    private void scan(byte[] bytes, int from, int to) throws PartLimitException {
        boolean tag = inTag;
        int state = seen;
        int count = letters;
        for (int i = from; i < to; i++) {
            byte c = bytes[i];
            if (!tag) {
                if (c == '<') {
                    tag = true;
                    state = NOTHING;
                }
                continue;
            }
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
            if (state == LETTERS) {
                if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                    if (++count > MAX_LETTERS) {
                        throw new PartLimitException(ReadErrors.of("cellBeyondLastColumn", file, part));
                    }
                    continue;
                }
            } else if (state == R_IS) {
                if (c == '"' || c == '\'') {
                    state = LETTERS;
                    count = 0;
                    continue;
                }
                if (space) {
                    continue;
                }
            } else if (state == R) {
                if (c == '=') {
                    state = R_IS;
                    continue;
                }
                if (space) {
                    continue;
                }
            } else if (state == SPACE && c == 'r') {
                state = R;
                continue;
            }
            if (c == '>') {
                tag = false;
            }
            state = space ? SPACE : NOTHING;
        }
        inTag = tag;
        seen = state;
        letters = count;
    }
}
