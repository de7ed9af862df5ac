package org.cxlens.importer.load;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The row each respondent id of a wide file first appeared on, for the duplicate-id check. Ids
 * that are plain numbers (the common case) are kept as primitive longs: a million ids as String
 * keys with boxed rows in a HashMap cost about 100 MB of objects that every young collection
 * copies. Exports mostly list ids in ascending order, so numbers above every earlier one are
 * appended to a sorted run (no look-up, no scattered memory access: a tenth of the import's
 * conversion time went to hash-table cache misses); smaller numbers are searched in the run and
 * kept in an open-addressing table. Other ids go to a HashMap. A plain number has exactly one
 * spelling (digits only, no leading zero), so "7" and "07" stay different ids, as in the file.
 */
final class FirstRows {

    private static final long EMPTY = -1;
    private static final int MAX_DIGITS = 18;

    private long[] ascendingKeys = new long[1 << 10];
    private int[] ascendingRows = new int[1 << 10];
    private int ascendingSize;
    private long[] keys = emptyKeys(1 << 10);
    private int[] rows = new int[1 << 10];
    private int size;
    private final Map<String, Integer> others = new HashMap<>();

    /** Records the id's (1-based) row unless the id was seen before; returns that earlier row, or 0 when new. */
    int putIfAbsent(String id, int row) {
        long number = plainNumber(id);
        if (number < 0) {
            Integer first = others.putIfAbsent(id, row);
            return first == null ? 0 : first;
        }
        if (ascendingSize == 0 || number > ascendingKeys[ascendingSize - 1]) {
            append(number, row);
            return 0;
        }
        int found = Arrays.binarySearch(ascendingKeys, 0, ascendingSize, number);
        return found >= 0 ? ascendingRows[found] : putUnordered(number, row);
    }

    private void append(long number, int row) {
        if (ascendingSize == ascendingKeys.length) {
            ascendingKeys = Arrays.copyOf(ascendingKeys, ascendingSize * 2);
            ascendingRows = Arrays.copyOf(ascendingRows, ascendingSize * 2);
        }
        ascendingKeys[ascendingSize] = number;
        ascendingRows[ascendingSize++] = row;
    }

    private int putUnordered(long number, int row) {
        int mask = keys.length - 1;
        int i = slot(number, mask);
        while (keys[i] != EMPTY) {
            if (keys[i] == number) {
                return rows[i];
            }
            i = (i + 1) & mask;
        }
        keys[i] = number;
        rows[i] = row;
        if (2 * ++size > keys.length) {
            grow();
        }
        return 0;
    }

    /** The id's value when it is 1 to 18 digits without a leading zero ("0" itself included); otherwise -1. */
    static long plainNumber(String id) {
        int length = id.length();
        if (length == 0 || length > MAX_DIGITS || id.charAt(0) == '0' && length > 1) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < length; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldRows = rows;
        keys = emptyKeys(oldKeys.length * 2);
        rows = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldKeys[k] != EMPTY) {
                int i = slot(oldKeys[k], mask);
                while (keys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[k];
                rows[i] = oldRows[k];
            }
        }
    }

    private static long[] emptyKeys(int n) {
        long[] k = new long[n];
        Arrays.fill(k, EMPTY);
        return k;
    }

    // Runs of consecutive ids are likely here too; mixing spreads them so linear probing stays short.
    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
