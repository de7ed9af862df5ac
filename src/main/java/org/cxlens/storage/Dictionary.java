package org.cxlens.storage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cxlens.domain.SurveyData;

/** Dictionary-codes one text column while reading; the finished values are sorted. */
final class Dictionary {

    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> values = new ArrayList<>();
    private final int[] codes;

    Dictionary(int size) {
        codes = new int[size];
        Arrays.fill(codes, -1);
    }

    void set(int row, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Integer code = index.get(value);
        if (code == null) {
            code = values.size();
            index.put(value, code);
            values.add(value);
        }
        codes[row] = code;
    }

    /** The coded column with values in natural order, so lists and legends come out sorted. */
    SurveyData.Coded finish() {
        Integer[] order = new Integer[values.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> values.get(a).compareTo(values.get(b)));
        int[] remap = new int[order.length];
        List<String> sorted = new ArrayList<>(order.length);
        for (int i = 0; i < order.length; i++) {
            remap[order[i]] = i;
            sorted.add(values.get(order[i]));
        }
        for (int r = 0; r < codes.length; r++) {
            if (codes[r] >= 0) {
                codes[r] = remap[codes[r]];
            }
        }
        return new SurveyData.Coded(List.copyOf(sorted), codes);
    }
}
