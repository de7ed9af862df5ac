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

/**
 * The rows of one import, collected column-wise as they pass, one block of the column cache at a
 * time ({@link ColumnCache#BLOCK_ROWS} rows), so that the import extends the cache without reading
 * its rows back and without holding more than a block of them. Values are converted exactly as
 * {@link SurveyDataLoader} converts the stored columns, so both give identical data.
 */
final class ImportColumns {

    private final int importIndex;
    private final int capacity;
    /** Rows in the current block. */
    private int size;
    private int respondents;
    private final float[] overall;
    private final byte[] overallExpectation;
    private final float[] recommend;
    private final float[] weight;
    private boolean weighted;
    private final int[] epochDay;
    private LocalDateTime lastDate;
    private int lastEpochDay;
    /**
     * Per touchpoint slot, as many as declared so far: the packed score characters (0 or ' ' when
     * missing), decoded per block. Two bytes a score instead of a float's four, and no expectation
     * column until a slot's first expectation in the block: each column is a stream of memory
     * writes, and with thirty of them per row this was the slowest part of converting a respondent.
     */
    private char[][] scores = new char[0][];
    private byte[][] expectations = new byte[0][];
    private final Dictionary wave;
    private final Dictionary department;
    /** In order of first value: the order the cache lists the import's new segments in. */
    private final Map<String, Dictionary> segments = new LinkedHashMap<>();

    /** @param importIndex the import's index in the project's imports (ordered by id) */
    ImportColumns(int importIndex, int capacity) {
        this.importIndex = importIndex;
        this.capacity = capacity;
        overall = new float[capacity];
        overallExpectation = new byte[capacity];
        recommend = new float[capacity];
        weight = new float[capacity];
        epochDay = new int[capacity];
        wave = new Dictionary(capacity);
        department = new Dictionary(capacity);
    }

    /**
     * Adds a respondent, except its attributes: the caller codes those into {@link #segment}
     * columns. Its scores come as packed characters, one per slot ({@link PackedAnswers#packScores}),
     * and are decoded as the table reader decodes them. Returns the respondent's row in the block;
     * call {@link #takeBlock} once the block {@link #isFull}.
     */
    int add(RespondentRecord r, char[] scoreChars, int slots) {
        if (scores.length < slots) {
            addSlots(slots);
        }
        int i = size++;
        respondents++;
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

    boolean isFull() {
        return size == capacity;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Respondents added in all blocks. */
    int respondents() {
        return respondents;
    }

    /** Whether any respondent so far had a weight. */
    boolean weighted() {
        return weighted;
    }

    /** The names of the segments that got a value, in order of their first. */
    List<String> segmentNames() {
        return List.copyOf(segments.keySet());
    }

    /**
     * The current block as a column cache block ({@link ColumnCache#block}), after which the next
     * row starts a new block.
     */
    byte[] takeBlock() {
        int slots = scores.length;
        float[][] blockScores = new float[slots][];
        byte[][] blockExpectations = new byte[slots][];
        for (int slot = 0; slot < slots; slot++) {
            blockScores[slot] = decode(scores[slot], size);
            blockExpectations[slot] = expectations[slot] == null ? missingCodes(size)
                    : Arrays.copyOf(expectations[slot], size);
            expectations[slot] = null;
        }
        List<SurveyData.Segment> blockSegments = new ArrayList<>();
        segments.forEach((name, column) -> blockSegments.add(new SurveyData.Segment(name, column.takeRows(size))));
        int[] importIndexes = new int[size];
        Arrays.fill(importIndexes, importIndex);
        // Only the columns are encoded: the block needs no catalogue or import scales.
        SurveyData block = new SurveyData(size, List.of(), List.of(), importIndexes, overall, overallExpectation,
                recommend, blockScores, blockExpectations, weight, weighted, epochDay, wave.takeRows(size),
                department.takeRows(size), List.copyOf(blockSegments));
        byte[] encoded = ColumnCache.block(block, 0, size);
        size = 0;
        return encoded;
    }

    private static float[] decode(char[] packed, int n) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = PackedAnswers.score(packed[i]);
        }
        return values;
    }
}
