package org.cxlens.importer.read;

/**
 * How much one file may make the readers do. A survey export never comes near these; a file that
 * does is broken or made to attack, and is refused with a sentence that names the limit, so a
 * reader ends in bounded time and memory (under a 512 MB heap) whatever it is given.
 */
public final class ReadLimits {

    /** Excel's own limit on the columns of a sheet: no survey export has more. */
    public static final int MAX_COLUMNS = 16_384;
    /**
     * The longest text read from one cell, in every format: three times Excel's 32,767 characters
     * and twice Google Sheets' 50,000, so only a made or broken file goes beyond it.
     */
    public static final int MAX_CELL_CHARS = 100_000;
    /** Excel's own limit on the line feeds in one cell; a quoted field spanning more is nearly always a stray quote. */
    public static final int MAX_CELL_LINE_BREAKS = 253;
    /**
     * Characters in one CSV record: the cell and column limits alone would allow half a billion.
     * Four million is ten times the longest header row of a real wide export, and the preview's
     * few hundred rows of this size still fit in a small heap (see {@link #MAX_PREVIEW_CHARS}).
     */
    public static final int MAX_RECORD_CHARS = 4 * 1024 * 1024;
    /** Characters the preview keeps in memory; past this it samples fewer rows rather than run out of heap. */
    public static final long MAX_PREVIEW_CHARS = 16L * 1024 * 1024;

    private ReadLimits() {
    }
}
