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
    /**
     * Per touchpoint slot, as many as declared so far: the packed score characters (0 or ' ' when
     * missing), decoded at the end. Two bytes a score instead of a float's four, and no expectation
     * column until a slot's first expectation: each column is a stream of memory writes, and with
     * thirty of them per row this was the slowest part of converting a respondent.
     */
    private char[][] scores = new char[0][];
    private byte[][] expectations = new byte[0][];
    private final Dictionary wave = new Dictionary(capacity);
    private final Dictionary department = new Dictionary(capacity);
    private final Map<String, Dictionary> segments = new LinkedHashMap<>();

    /**
     * Adds a respondent, except its attributes: the caller codes those into {@link #segment}
     * columns. Its scores come as packed characters, one per slot ({@link PackedAnswers#packScores}),
     * and are decoded as the table reader decodes them. Returns the respondent's row index.
     */
    int add(RespondentRecord r, char[] scoreChars, int slots) {
        if (size == capacity) {
            grow();
        }
        if (scores.length < slots) {
            addSlots(slots);
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
        for (int slot = 0; slot < slots; slot++) {
            scores[slot][i] = scoreChars[slot];
        }
        Expectation[] e = r.expectations();
        if (e != null) {
            for (int slot = 0; slot < Math.min(slots, e.length); slot++) {
                if (e[slot] != null) {
                    if (expectations[slot] == null) {
                        expectations[slot] = missingCodes(capacity);
                    }
                    expectations[slot][i] = SurveyData.expectationCode(e[slot]);
                }
            }
        }
        return i;
    }

    private void addSlots(int slots) {
        int old = scores.length;
        scores = Arrays.copyOf(scores, slots);
        expectations = Arrays.copyOf(expectations, slots);
        for (int slot = old; slot < slots; slot++) {
            scores[slot] = new char[capacity];
        }
    }

    private static byte[] missingCodes(int n) {
        byte[] codes = new byte[n];
        Arrays.fill(codes, (byte) -1);
        return codes;
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
        for (int slot = 0; slot < scores.length; slot++) {
            scores[slot] = Arrays.copyOf(scores[slot], capacity);
            if (expectations[slot] != null) {
                expectations[slot] = Arrays.copyOf(expectations[slot], capacity);
                Arrays.fill(expectations[slot], old, capacity, (byte) -1);
            }
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
                    slot < scores.length ? decode(scores[slot], size) : null, size);
            allExpectations[slot] = concat(slot < before.expectations().length ? before.expectations()[slot] : null,
                    n0, slot < expectations.length ? expectations[slot] : null, size);
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

    private static float[] decode(char[] packed, int n) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = PackedAnswers.score(packed[i]);
        }
        return values;
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
