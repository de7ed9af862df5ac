package org.cxlens.importer.load;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Remembers what the label table said for the exact cell texts of one column, so that a column
 * of a few repeated labels is not normalised again on every row. Bounded: a column of free
 * text stops filling it.
 */
final class LabelCache<V> {

    private static final int MAX_ENTRIES = 1024;

    private final Map<String, V> known = new HashMap<>();
    private final Function<String, V> lookup;

    LabelCache(Function<String, V> lookup) {
        this.lookup = lookup;
    }

    /** The table's answer for the text, or null when the table does not know it (misses are not cached). */
    V get(String raw) {
        V v = known.get(raw);
        if (v == null) {
            v = lookup.apply(raw);
            if (v != null && known.size() < MAX_ENTRIES) {
                known.put(raw, v);
            }
        }
        return v;
    }
}
