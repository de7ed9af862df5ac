package org.cxlens.importer.mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answers one column holds over a whole file (or an evenly spread sample of it), as counts
 * per distinct value. Suggestions are made from these counts, never from the first rows alone:
 * a file sorted by one column shows only one end of each scale at the top.
 *
 * <p>Counts are weights: when a large file is sampled, a row read at every k-th position counts
 * k times, so shares estimate the whole file. At most {@link #MAX_DISTINCT} distinct values are
 * counted one by one; further new values (free text, ids, timestamps) only add to {@link #rest()}
 * and to the count of numbers among them, which keeps memory bounded whatever the file.
 */
public final class ColumnValues {

    /** A date with its year last (3/4/2025, 03.04.25): the day and month parts are groups 1 and 2. */
    static final Pattern YEAR_LAST_DATE = Pattern.compile("^(\\d{1,2})[/.-](\\d{1,2})[/.-]\\d{2,4}");

    /** Distinct values counted one by one; a rating or category column has far fewer. */
    public static final int MAX_DISTINCT = 500;
    /** Values remembered for the uniqueness check of a possible id column. */
    private static final int MAX_TRACKED_IDS = 1 << 16;
    /** Longer than a UUID: text, not an id. */
    private static final int MAX_ID_LENGTH = 40;

    /** One distinct value with its (weighted) count. */
    public record Count(String value, long count) {
    }

    private final Map<String, long[]> counts = new HashMap<>();
    private long rows;
    private long empty;
    private long rest;
    private long restNumeric;
    private long restLength;
    /** Of {@link #rest}, dates with a year last that read only day first, and only month first. */
    private final long[] restOneOrderOnly = new long[DateOrder.values().length];
    private HashMap<String, Boolean> ids = new HashMap<>();
    private long idsChecked;
    private long idDuplicates;
    private boolean textNotId;

    /** Adds one cell read at a position that stands for {@code weight} rows. */
    void add(String cell, long weight, DecimalParser numbers) {
        rows += weight;
        String v = cell == null ? "" : cell.strip();
        if (v.isEmpty()) {
            empty += weight;
            return;
        }
        trackId(v);
        long[] c = counts.get(v);
        if (c != null) {
            c[0] += weight;
        } else if (counts.size() < MAX_DISTINCT) {
            counts.put(v, new long[] {weight});
        } else {
            rest += weight;
            restLength += (long) v.length() * weight;
            countDateOrder(v, weight);
            if (!Double.isNaN(numbers.parse(v))) {
                restNumeric += weight;
            }
        }
    }

    /**
     * Timestamps are all different, so most of a date column lies past the limit: what tells day
     * first from month first (a part over 12) is counted there too, or a file whose first 500
     * dates are early in a month would look ambiguous however many later dates settle it.
     */
    private void countDateOrder(String v, long weight) {
        Matcher date = YEAR_LAST_DATE.matcher(v);
        if (!date.find()) {
            return;
        }
        int first = Integer.parseInt(date.group(1));
        int second = Integer.parseInt(date.group(2));
        if (first > 12 && second <= 12) {
            restOneOrderOnly[DateOrder.DAY_MONTH.ordinal()] += weight;
        } else if (second > 12 && first <= 12) {
            restOneOrderOnly[DateOrder.MONTH_DAY.ordinal()] += weight;
        }
    }

    /** Of {@link #rest()}, the dates that read in {@code order} alone (a part over 12 rules the other out). */
    public long restOnlyIn(DateOrder order) {
        return restOneOrderOnly[order.ordinal()];
    }

    /** Keeps remembering values while they are (nearly) all different: only an id column needs it. */
    private void trackId(String v) {
        if (ids == null) {
            return;
        }
        if (v.length() > MAX_ID_LENGTH) {
            // Long values are free text, never an id: remembering them would cost memory for nothing.
            ids = null;
            textNotId = true;
            return;
        }
        idsChecked++;
        if (ids.put(v, Boolean.TRUE) != null) {
            idDuplicates++;
        }
        if (idDuplicates * 20 > idsChecked + 20 || ids.size() >= MAX_TRACKED_IDS) {
            ids = null;
        }
    }

    /** Rows seen (weighted), empty cells included. */
    public long rows() {
        return rows;
    }

    /** Rows with a non-empty cell. */
    public long filled() {
        return rows - empty;
    }

    /** The counted distinct values, most frequent first. */
    public List<Count> counts() {
        List<Count> out = new ArrayList<>(counts.size());
        counts.forEach((v, c) -> out.add(new Count(v, c[0])));
        out.sort((a, b) -> a.count != b.count ? Long.compare(b.count, a.count) : a.value.compareTo(b.value));
        return Collections.unmodifiableList(out);
    }

    /** The count of one value (0 when never seen or not counted one by one). */
    public long count(String value) {
        long[] c = counts.get(value);
        return c == null ? 0 : c[0];
    }

    /** True when every filled cell is in {@link #counts()}. */
    public boolean complete() {
        return rest == 0;
    }

    /** Filled cells whose values were past the distinct-value limit. */
    public long rest() {
        return rest;
    }

    /** Of {@link #rest()}, those that read as numbers. */
    public long restNumeric() {
        return restNumeric;
    }

    /** Mean length of the values past the limit (0 when there are none). */
    public double restMeanLength() {
        return rest == 0 ? 0 : (double) restLength / rest;
    }

    /** Distinct values seen: exact while {@link #complete()}, else at least this many. */
    public int distinct() {
        return counts.size() + (rest > 0 ? 1 : 0);
    }

    /**
     * Whether the filled cells read so far were unique: 1 when no value repeated, lower with
     * duplicates, or -1 when values repeat too often to be an id (or too many to track).
     */
    public double uniqueShare() {
        if (textNotId || ids == null && idDuplicates * 20 > idsChecked + 20) {
            return -1;
        }
        return idsChecked == 0 ? 1 : 1 - (double) idDuplicates / idsChecked;
    }

    /** Repeated values found among the cells checked for uniqueness. */
    public long duplicates() {
        return idDuplicates;
    }
}
