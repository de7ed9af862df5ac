package org.cxlens.importer.read;

/** Small helpers on the text cells of one row. */
public final class RowCells {

    private RowCells() {
    }

    public static boolean allBlank(String[] cells) {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The characters in all cells of a row. */
    public static long length(String[] cells) {
        long n = 0;
        for (String c : cells) {
            n += c == null ? 0 : c.length();
        }
        return n;
    }

    /** One past the index of the last non-blank cell; 0 for a row without content. */
    public static int contentWidth(String[] cells) {
        for (int i = cells.length - 1; i >= 0; i--) {
            if (cells[i] != null && !cells[i].isBlank()) {
                return i + 1;
            }
        }
        return 0;
    }
}
