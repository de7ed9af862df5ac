package org.cxlens.importer.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cxlens.importer.mapping.LabelFamilies;

/** A column's own answer labels (its mapping's list), found the way the suggestion matched them: case, accents and spacing aside. */
final class LabelPositions {

    private final Map<String, Integer> byKey = new HashMap<>();
    final int count;

    LabelPositions(List<String> labels) {
        count = labels.size();
        for (int i = 0; i < count; i++) {
            byKey.putIfAbsent(LabelFamilies.key(labels.get(i)), i);
        }
    }

    /** The label's position, 0 for the lowest, or null when the list does not hold it. */
    Integer of(String raw) {
        return byKey.get(LabelFamilies.key(raw));
    }
}
