package org.cxlens.analysis;

/** Open-addressing map from long to a dense int id, for keying millions of cells without boxing. */
final class LongIntMap {

    private long[] keys;
    private int[] ids;
    private boolean[] used;
    private int size;

    LongIntMap() {
        keys = new long[64];
        ids = new int[64];
        used = new boolean[64];
    }

    /** The id of key, or -1 when absent. */
    int get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); used[i]; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return ids[i];
            }
        }
        return -1;
    }

    void put(long key, int id) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        insert(key, id);
        size++;
    }

    private void insert(long key, int id) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (used[i]) {
            i = (i + 1) & mask;
        }
        used[i] = true;
        keys[i] = key;
        ids[i] = id;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldIds = ids;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        ids = new int[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                insert(oldKeys[i], oldIds[i]);
            }
        }
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
