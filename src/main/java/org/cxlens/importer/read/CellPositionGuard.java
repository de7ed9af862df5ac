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

    private enum Seen { NOTHING, SPACE, R, R_IS, LETTERS }

    private final Path file;
    private final String part;
    private boolean inTag;
    private Seen seen = Seen.NOTHING;
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
            scan((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        for (int i = off; i < off + n; i++) {
            scan(b[i]);
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

    /** Follows attributes inside tags only: text content may hold anything. */
    private void scan(byte c) throws PartLimitException {
        if (!inTag) {
            inTag = c == '<';
            seen = Seen.NOTHING;
            return;
        }
        boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        switch (seen) {
            case LETTERS -> {
                if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                    if (++letters > MAX_LETTERS) {
                        throw new PartLimitException(ReadErrors.of("cellBeyondLastColumn", file, part));
                    }
                    return;
                }
            }
            case R_IS -> {
                if (c == '"' || c == '\'') {
                    seen = Seen.LETTERS;
                    letters = 0;
                    return;
                }
                if (space) {
                    return;
                }
            }
            case R -> {
                if (c == '=') {
                    seen = Seen.R_IS;
                    return;
                }
                if (space) {
                    return;
                }
            }
            case SPACE -> {
                if (c == 'r') {
                    seen = Seen.R;
                    return;
                }
            }
            default -> {
                // Nothing under way.
            }
        }
        if (c == '>') {
            inTag = false;
        }
        seen = space ? Seen.SPACE : Seen.NOTHING;
    }
}
