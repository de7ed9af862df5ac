package org.cxlens.storage;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cxlens.domain.Expectation;
import org.cxlens.domain.RespondentRecord;
import org.cxlens.domain.SurveyData;
import org.cxlens.domain.Touchpoint;

/**
 * The rows of one import, collected column-wise as they pass, so that the commit can extend the
 * column cache without reading a million rows back. Values are converted exactly as
 * {@link SurveyDataLoader} converts the stored columns, so both give identical data.
 */
final class ImportColumns {

    private int size;
    private int capacity = 1024;
    private float[] overall = new float[capacity];
    private byte[] overallExpectation = new byte[capacity];
    private float[] recommend = new float[capacity];
    private float[] weight = new float[capacity];
    private boolean weighted;
    private int[] epochDay = new int[capacity];
    private LocalDateTime lastDate;
    private int lastEpochDay;
    private final List<float[]> scores = new ArrayList<>();
    private final List<byte[]> expectations = new ArrayList<>();
    private final Dictionary wave = new Dictionary(capacity);
    private final Dictionary department = new Dictionary(capacity);
    private final Map<String, Dictionary> segments = new LinkedHashMap<>();

    /**
     * Adds a respondent whose packed scores are already validated, except its attributes: the
     * caller codes those into {@link #segment} columns. Returns the respondent's row index.
     */
    int add(RespondentRecord r, int slots) {
        if (size == capacity) {
            grow();
        }
        int i = size++;
        overall[i] = (float) r.overall();
        overallExpectation[i] = SurveyData.expectationCode(r.overallExpectation());
        recommend[i] = (float) r.recommend();
        if (Double.isNaN(r.weight())) {
            weight[i] = 1f;
        } else {
            weight[i] = (float) r.weight();
            weighted = true;
        }
        epochDay[i] = epochDay(r.date());
        wave.set(i, r.wave());
        department.set(i, r.department() == null || r.department().isBlank() ? null : r.department());
        while (scores.size() < slots) {
            float[] column = new float[capacity];
            Arrays.fill(column, Float.NaN);
            scores.add(column);
            byte[] codes = new byte[capacity];
            Arrays.fill(codes, (byte) -1);
            expectations.add(codes);
        }
        double[] s = r.scores();
        Expectation[] e = r.expectations();
        for (int slot = 0; slot < slots; slot++) {
            double x = s != null && slot < s.length ? s[slot] : Double.NaN;
            scores.get(slot)[i] = Double.isNaN(x) ? Float.NaN : (int) Math.rint(x * 100) / 100f;
            expectations.get(slot)[i] = SurveyData.expectationCode(e != null && slot < e.length ? e[slot] : null);
        }
        return i;
    }

    /** The column of a segment (attribute), created on first use. */
    Dictionary segment(String name) {
        return segments.computeIfAbsent(name, k -> new Dictionary(capacity));
    }

    /** Consecutive respondents mostly share a date: the last conversion is reused. */
    private int epochDay(LocalDateTime date) {
        if (date == null) {
            return Integer.MIN_VALUE;
        }
        if (!date.equals(lastDate)) {
            lastEpochDay = (int) date.toLocalDate().toEpochDay();
            lastDate = date;
        }
        return lastEpochDay;
    }

    private void grow() {
        int old = capacity;
        capacity *= 2;
        overall = Arrays.copyOf(overall, capacity);
        overallExpectation = Arrays.copyOf(overallExpectation, capacity);
        recommend = Arrays.copyOf(recommend, capacity);
        weight = Arrays.copyOf(weight, capacity);
        epochDay = Arrays.copyOf(epochDay, capacity);
        for (int slot = 0; slot < scores.size(); slot++) {
            float[] column = Arrays.copyOf(scores.get(slot), capacity);
            Arrays.fill(column, old, capacity, Float.NaN);
            scores.set(slot, column);
            byte[] codes = Arrays.copyOf(expectations.get(slot), capacity);
            Arrays.fill(codes, old, capacity, (byte) -1);
            expectations.set(slot, codes);
        }
    }

    /**
     * {@code before} followed by this import's rows.
     *
     * @param touchpoints the catalogue after this import
     * @param imports     the imports after this one; this import is the last
     */
    SurveyData appendTo(SurveyData before, List<Touchpoint> touchpoints, List<SurveyData.ImportScales> imports) {
        int n0 = before.size();
        int n = n0 + size;
        int slots = touchpoints.size();
        int[] importIndex = new int[n];
        System.arraycopy(before.importIndex(), 0, importIndex, 0, n0);
        Arrays.fill(importIndex, n0, n, imports.size() - 1);
        float[][] allScores = new float[slots][];
        byte[][] allExpectations = new byte[slots][];
        for (int slot = 0; slot < slots; slot++) {
            allScores[slot] = concat(slot < before.scores().length ? before.scores()[slot] : null, n0,
                    slot < scores.size() ? scores.get(slot) : null, size);
            allExpectations[slot] = concat(slot < before.expectations().length ? before.expectations()[slot] : null,
                    n0, slot < expectations.size() ? expectations.get(slot) : null, size);
        }
        List<SurveyData.Segment> allSegments = new ArrayList<>();
        for (SurveyData.Segment s : before.segments()) {
            Dictionary added = segments.get(s.name());
            allSegments.add(new SurveyData.Segment(s.name(), Dictionary.concat(s.column(),
                    added == null ? missing(size) : added.finish(size))));
        }
        for (Map.Entry<String, Dictionary> s : segments.entrySet()) {
            if (before.segments().stream().noneMatch(old -> old.name().equals(s.getKey()))) {
                allSegments.add(new SurveyData.Segment(s.getKey(),
                        Dictionary.concat(missing(n0), s.getValue().finish(size))));
            }
        }
        boolean anyWeight = before.weighted() || weighted;
        return new SurveyData(n, touchpoints, imports, importIndex,
                concat(before.overall(), n0, overall, size),
                concat(before.overallExpectation(), n0, overallExpectation, size),
                concat(before.recommend(), n0, recommend, size),
                allScores, allExpectations,
                concat(before.weight(), n0, weight, size), anyWeight,
                concat(before.epochDay(), n0, epochDay, size),
                Dictionary.concat(before.wave(), wave.finish(size)),
                Dictionary.concat(before.department(), department.finish(size)),
                List.copyOf(allSegments));
    }

    private static SurveyData.Coded missing(int n) {
        int[] codes = new int[n];
        Arrays.fill(codes, -1);
        return new SurveyData.Coded(List.of(), codes);
    }

    private static float[] concat(float[] a, int na, float[] b, int nb) {
        float[] out = new float[na + nb];
        if (a == null) {
            Arrays.fill(out, 0, na, Float.NaN);
        } else {
            System.arraycopy(a, 0, out, 0, na);
        }
        if (b == null) {
            Arrays.fill(out, na, na + nb, Float.NaN);
        } else {
            System.arraycopy(b, 0, out, na, nb);
        }
        return out;
    }

    private static byte[] concat(byte[] a, int na, byte[] b, int nb) {
        byte[] out = new byte[na + nb];
        if (a == null) {
            Arrays.fill(out, 0, na, (byte) -1);
        } else {
            System.arraycopy(a, 0, out, 0, na);
        }
        if (b == null) {
            Arrays.fill(out, na, na + nb, (byte) -1);
        } else {
            System.arraycopy(b, 0, out, na, nb);
        }
        return out;
    }

    private static int[] concat(int[] a, int na, int[] b, int nb) {
        int[] out = new int[na + nb];
        System.arraycopy(a, 0, out, 0, na);
        System.arraycopy(b, 0, out, na, nb);
        return out;
    }
}
