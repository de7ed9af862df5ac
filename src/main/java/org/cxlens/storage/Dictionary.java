package org.cxlens.storage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.cxlens.domain.SurveyData;

/** Dictionary-codes one text column row by row; the finished values are sorted. */
final class Dictionary {

    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> values = new ArrayList<>();
    private int[] codes;

    Dictionary(int capacity) {
        codes = new int[Math.max(capacity, 16)];
        Arrays.fill(codes, -1);
    }

    /**
     * Codes a row and returns the value's code (in order of first appearance), or -1 when the value
     * is null or empty: those stay missing. Rows may come in any order and grow the column.
     */
    int set(int row, String value) {
        if (value == null || value.isEmpty()) {
            return -1;
        }
        if (row >= codes.length) {
            int old = codes.length;
            codes = Arrays.copyOf(codes, Math.max(row + 1, old * 2));
            Arrays.fill(codes, old, codes.length, -1);
        }
        Integer code = index.get(value);
        if (code == null) {
            code = values.size();
            index.put(value, code);
            values.add(value);
        }
        codes[row] = code;
        return code;
    }

    /**
     * The first {@code size} rows over the values so far, in order of first appearance, after
     * which the rows are cleared for the next block of rows; the codes stay as they were.
     */
    SurveyData.Coded takeRows(int size) {
        int[] result = Arrays.copyOf(codes, size);
        if (size > codes.length) {
            Arrays.fill(result, codes.length, size, -1);
        }
        Arrays.fill(codes, -1);
        return new SurveyData.Coded(List.copyOf(values), result);
    }

    /** The first {@code size} rows, with values in natural order so lists and legends come out sorted. */
    SurveyData.Coded finish(int size) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(values));
        int[] remap = new int[values.size()];
        for (int i = 0; i < remap.length; i++) {
            remap[i] = Collections.binarySearch(sorted, values.get(i));
        }
        int[] result = new int[size];
        for (int r = 0; r < size; r++) {
            int c = r < codes.length ? codes[r] : -1;
            result[r] = c < 0 ? -1 : remap[c];
        }
        return new SurveyData.Coded(List.copyOf(sorted), result);
    }

    /** Rows of {@code first} followed by rows of {@code second}, over the sorted union of their values. */
    static SurveyData.Coded concat(SurveyData.Coded first, SurveyData.Coded second) {
        TreeSet<String> union = new TreeSet<>(first.values());
        union.addAll(second.values());
        List<String> values = List.copyOf(union);
        int[] codes = new int[first.codes().length + second.codes().length];
        int[] firstRemap = remap(first.values(), values);
        int[] secondRemap = remap(second.values(), values);
        int n = first.codes().length;
        for (int r = 0; r < n; r++) {
            int c = first.codes()[r];
            codes[r] = c < 0 ? -1 : firstRemap[c];
        }
        for (int r = 0; r < second.codes().length; r++) {
            int c = second.codes()[r];
            codes[n + r] = c < 0 ? -1 : secondRemap[c];
        }
        return new SurveyData.Coded(values, codes);
    }

    private static int[] remap(List<String> from, List<String> sortedTo) {
        int[] remap = new int[from.size()];
        for (int i = 0; i < remap.length; i++) {
            remap[i] = Collections.binarySearch(sortedTo, from.get(i));
        }
        return remap;
    }
}
