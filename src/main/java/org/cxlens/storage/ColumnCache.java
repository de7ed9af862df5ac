package org.cxlens.storage;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cxlens.domain.SurveyData;
import org.cxlens.domain.Touchpoint;

/**
 * {@link SurveyData}'s per-respondent arrays, stored in {@code column_cache} (little-endian), valid
 * for one data generation. Reading it back is a few bulk copies instead of a million JDBC rows.
 * Derived data: deleting the table's rows only costs one slow load.
 *
 * <p>The rows are stored in blocks of at most {@link #BLOCK_ROWS} respondents, one BLOB each
 * ({@code block.0}, {@code block.1}, ...), described by a {@code meta} BLOB. So writing and reading
 * hold one block's bytes at a time beside the arrays themselves, and an import appends its own
 * blocks without rewriting those of earlier imports: at ten million respondents whole columns
 * did not fit beside the data in a 2 GB heap. Within a block each column is stored as in format 3
 * (one BLOB per column): scores as unsigned 16-bit hundredths (0xFFFF missing), as precise as the
 * packed column; a column whose every value is the same (no expectation items, one import, no
 * weight) as that one value; dictionary-coded columns with the block's own values, in one byte
 * each while it has fewer than 255 of them. A block written before a touchpoint or segment existed
 * simply lacks its column: its rows are missing there. Caches of format 3 are not read; the next
 * load rebuilds them from the tables.
 */
final class ColumnCache {

    private static final int FORMAT = 4;
    /**
     * About 0.5 MB a block for 15 touchpoints. A larger block is a "humongous" object to G1 in a
     * 2 GB heap (over half a 1 MB region): allocating one per block, with the heap already full of
     * the project's arrays, started a concurrent collection each time, and loading 10M respondents
     * spent more time collecting than reading. Small blocks are ordinary young garbage.
     */
    static final int BLOCK_ROWS = 1 << 13;
    private static final String SEGMENT = "segment:";

    /** What the {@code meta} BLOB says: rows, touchpoint slots, blocks, weighting and segment names in order. */
    record Meta(int size, int slots, int blocks, boolean weighted, List<String> segments) {
    }

    private ColumnCache() {
    }

    /** The meta of this generation's cache, or null when there is none, of another format or with other slots. */
    static Meta meta(Connection c, long generation, int slots) throws SQLException {
        byte[] data = blob(c, generation, "meta");
        if (data == null) {
            return null;
        }
        ByteBuffer m = le(data);
        int format = m.getInt();
        if (format != FORMAT) {
            return null;
        }
        Meta meta = new Meta(m.getInt(), m.getInt(), m.getInt(), m.get() == 1, strings(m));
        return meta.slots() == slots ? meta : null;
    }

    /** The cached data of this generation, or null when there is none or it does not fit. */
    static SurveyData read(Connection c, long generation, List<Touchpoint> touchpoints,
                           List<SurveyData.ImportScales> imports) throws SQLException {
        Meta meta = meta(c, generation, touchpoints.size());
        if (meta == null) {
            return null;
        }
        Columns columns = new Columns(meta);
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT data FROM column_cache WHERE name = ? AND generation = ?")) {
            ps.setLong(2, generation);
            for (int b = 0; b < meta.blocks(); b++) {
                ps.setString(1, blockName(b));
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || !columns.add(rs.getBytes(1))) {
                        return null;
                    }
                }
            }
        }
        return columns.finish(touchpoints, imports);
    }

    /** Replaces the cache with data of this generation. Call inside a transaction. */
    static void write(Connection c, long generation, SurveyData d) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM column_cache");
        }
        int blocks = 0;
        for (int from = 0; from < d.size(); from += BLOCK_ROWS) {
            putBlock(c, generation, blocks++, block(d, from, Math.min(BLOCK_ROWS, d.size() - from)));
        }
        List<String> segments = d.segments().stream().map(SurveyData.Segment::name).toList();
        putMeta(c, generation, new Meta(d.size(), d.scores().length, blocks, d.weighted(), segments));
    }

    /** Stores block number {@code index} (see {@link #block}); blocks must come in row order from 0. */
    static void putBlock(Connection c, long generation, int index, byte[] block) throws SQLException {
        put(c, generation, blockName(index), block);
    }

    /** Stores the meta that makes the blocks 0 .. {@code meta.blocks() - 1} the cache of this generation. */
    static void putMeta(Connection c, long generation, Meta meta) throws SQLException {
        byte[] names = strings(meta.segments());
        ByteBuffer b = ByteBuffer.allocate(17 + names.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(FORMAT).putInt(meta.size()).putInt(meta.slots()).putInt(meta.blocks())
                .put((byte) (meta.weighted() ? 1 : 0)).put(names);
        put(c, generation, "meta", b.array());
    }

    /** Moves every stored block and meta to this generation. */
    static void setGeneration(Connection c, long generation) throws SQLException {
        Sql.update(c, "UPDATE column_cache SET generation = ?", generation);
    }

    private static String blockName(int index) {
        return "block." + index;
    }

    private static void put(Connection c, long generation, String name, byte[] data) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR REPLACE INTO column_cache(name, generation, data) VALUES (?, ?, ?)")) {
            ps.setString(1, name);
            ps.setLong(2, generation);
            ps.setBytes(3, data);
            ps.executeUpdate();
        }
    }

    private static byte[] blob(Connection c, long generation, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT data FROM column_cache WHERE name = ? AND generation = ?")) {
            ps.setString(1, name);
            ps.setLong(2, generation);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        }
    }

    /**
     * The rows {@code from .. from + rows - 1} of {@code d} as one block: its row count, then each
     * column as name and bytes. Only the data's columns are read, not its catalogue or imports.
     */
    static byte[] block(SurveyData d, int from, int rows) {
        Map<String, byte[]> columns = new LinkedHashMap<>();
        columns.put("import_index", compact(ints(d.importIndex(), from, rows), 4));
        columns.put("overall", compact(floats(d.overall(), from, rows), 4));
        columns.put("overall_expectation", compact(Arrays.copyOfRange(d.overallExpectation(), from, from + rows), 1));
        columns.put("recommend", compact(floats(d.recommend(), from, rows), 4));
        columns.put("weight", compact(floats(d.weight(), from, rows), 4));
        columns.put("epoch_day", compact(ints(d.epochDay(), from, rows), 4));
        putCoded(columns, "wave", d.wave(), from, rows);
        putCoded(columns, "department", d.department(), from, rows);
        for (SurveyData.Segment s : d.segments()) {
            putCoded(columns, SEGMENT + s.name(), s.column(), from, rows);
        }
        for (int slot = 0; slot < d.scores().length; slot++) {
            columns.put("scores." + slot, compact(hundredths(d.scores()[slot], from, rows), 2));
            columns.put("expectations." + slot,
                    compact(Arrays.copyOfRange(d.expectations()[slot], from, from + rows), 1));
        }
        int size = 8;
        List<byte[]> names = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : columns.entrySet()) {
            byte[] name = e.getKey().getBytes(StandardCharsets.UTF_8);
            names.add(name);
            size += 8 + name.length + e.getValue().length;
        }
        ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(rows).putInt(columns.size());
        int i = 0;
        for (byte[] data : columns.values()) {
            byte[] name = names.get(i++);
            b.putInt(name.length).put(name).putInt(data.length).put(data);
        }
        return b.array();
    }

    /** The block's own values (those its rows use) and its rows' codes over them. */
    private static void putCoded(Map<String, byte[]> columns, String name, SurveyData.Coded coded, int from, int rows) {
        int[] local = new int[coded.values().size()];
        Arrays.fill(local, -1);
        List<String> values = new ArrayList<>();
        int[] codes = new int[rows];
        for (int r = 0; r < rows; r++) {
            int c = coded.codes()[from + r];
            if (c >= 0 && local[c] < 0) {
                local[c] = values.size();
                values.add(coded.values().get(c));
            }
            codes[r] = c < 0 ? -1 : local[c];
        }
        columns.put(name + ".values", strings(values));
        columns.put(name + ".codes", codes(codes, values.size()));
    }

    /** Fills whole-project arrays block by block; the dictionaries are sorted at the end. */
    private static final class Columns {
        private final Meta meta;
        private final int n;
        private final int[] importIndex;
        private final float[] overall;
        private final byte[] overallExpectation;
        private final float[] recommend;
        private final float[] weight;
        private final int[] epochDay;
        private final float[][] scores;
        private final byte[][] expectations;
        private final CodedColumn wave;
        private final CodedColumn department;
        private final Map<String, CodedColumn> segments = new LinkedHashMap<>();
        private int at;

        Columns(Meta meta) {
            this.meta = meta;
            this.n = meta.size();
            importIndex = new int[n];
            overall = new float[n];
            overallExpectation = new byte[n];
            recommend = new float[n];
            weight = new float[n];
            epochDay = new int[n];
            scores = new float[meta.slots()][n];
            expectations = new byte[meta.slots()][];
            wave = new CodedColumn(n);
            department = new CodedColumn(n);
            for (String name : meta.segments()) {
                segments.put(name, new CodedColumn(n));
            }
        }

        /** Decodes the next block; false when it does not fit the meta. */
        boolean add(byte[] block) {
            ByteBuffer b = le(block);
            int rows = b.getInt();
            int count = b.getInt();
            if (rows < 0 || at + rows > n) {
                return false;
            }
            Map<String, ByteBuffer> columns = new HashMap<>();
            for (int i = 0; i < count; i++) {
                byte[] name = new byte[b.getInt()];
                b.get(name);
                int length = b.getInt();
                ByteBuffer data = b.slice(b.position(), length).order(ByteOrder.LITTLE_ENDIAN);
                b.position(b.position() + length);
                columns.put(new String(name, StandardCharsets.UTF_8), data);
            }
            ints(columns.get("import_index"), rows, importIndex, at);
            floats(columns.get("overall"), rows, overall, at);
            bytes(columns.get("overall_expectation"), rows, overallExpectation, at);
            floats(columns.get("recommend"), rows, recommend, at);
            floats(columns.get("weight"), rows, weight, at);
            ints(columns.get("epoch_day"), rows, epochDay, at);
            wave.add(columns, "wave", rows, at);
            department.add(columns, "department", rows, at);
            for (Map.Entry<String, CodedColumn> s : segments.entrySet()) {
                s.getValue().add(columns, SEGMENT + s.getKey(), rows, at);
            }
            for (int slot = 0; slot < scores.length; slot++) {
                hundredths(columns.get("scores." + slot), rows, scores[slot], at);
                ByteBuffer e = columns.get("expectations." + slot);
                if (expectations[slot] == null && !allMissing(e)) {
                    expectations[slot] = new byte[n];
                    Arrays.fill(expectations[slot], 0, at, (byte) -1);
                }
                if (expectations[slot] != null) {
                    bytes(e, rows, expectations[slot], at);
                }
            }
            at += rows;
            return true;
        }

        SurveyData finish(List<Touchpoint> touchpoints, List<SurveyData.ImportScales> imports) {
            if (at != n) {
                return null;
            }
            // Most touchpoints have no expectation item: they share one column of "missing", which
            // at 10M respondents saves 10 MB per touchpoint. SurveyData's arrays are never written to.
            byte[] noExpectations = null;
            for (int slot = 0; slot < expectations.length; slot++) {
                if (expectations[slot] == null) {
                    if (noExpectations == null) {
                        noExpectations = new byte[n];
                        Arrays.fill(noExpectations, (byte) -1);
                    }
                    expectations[slot] = noExpectations;
                }
            }
            List<SurveyData.Segment> list = new ArrayList<>();
            segments.forEach((name, column) -> list.add(new SurveyData.Segment(name, column.finish())));
            return new SurveyData(n, touchpoints, imports, importIndex, overall, overallExpectation, recommend,
                    scores, expectations, weight, meta.weighted(), epochDay, wave.finish(), department.finish(),
                    List.copyOf(list));
        }
    }

    /** A dictionary-coded column gathered from blocks with their own values; sorted when finished. */
    private static final class CodedColumn {
        private final Map<String, Integer> index = new HashMap<>();
        private final List<String> values = new ArrayList<>();
        private final int[] codes;

        CodedColumn(int n) {
            codes = new int[n];
        }

        /** Rows of a block that lacks the column are missing. */
        void add(Map<String, ByteBuffer> columns, String name, int rows, int at) {
            ByteBuffer valueData = columns.get(name + ".values");
            if (valueData == null) {
                Arrays.fill(codes, at, at + rows, -1);
                return;
            }
            List<String> blockValues = strings(valueData);
            int[] global = new int[blockValues.size()];
            for (int i = 0; i < global.length; i++) {
                global[i] = index.computeIfAbsent(blockValues.get(i), v -> {
                    values.add(v);
                    return values.size() - 1;
                });
            }
            codes(columns.get(name + ".codes"), rows, codes, at);
            for (int r = at; r < at + rows; r++) {
                if (codes[r] >= 0) {
                    codes[r] = global[codes[r]];
                }
            }
        }

        /** The column with its values in natural order, so lists and legends come out sorted. */
        SurveyData.Coded finish() {
            List<String> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            int[] remap = new int[values.size()];
            for (int i = 0; i < remap.length; i++) {
                remap[i] = Collections.binarySearch(sorted, values.get(i));
            }
            for (int r = 0; r < codes.length; r++) {
                if (codes[r] >= 0) {
                    codes[r] = remap[codes[r]];
                }
            }
            return new SurveyData.Coded(List.copyOf(sorted), codes);
        }
    }

    /** The first value alone when every value equals it, else the data as it is. */
    static byte[] compact(byte[] data, int width) {
        int n = data.length;
        // All values are equal exactly when the data equals itself shifted by one value.
        if (n <= width || Arrays.mismatch(data, width, n, data, 0, n - width) >= 0) {
            return data;
        }
        return Arrays.copyOf(data, width);
    }

    /**
     * The n values of {@code width} bytes of a compacted column, as a buffer positioned at the
     * first: the column itself, or its one value repeated.
     */
    static ByteBuffer expand(ByteBuffer data, int width, int n) {
        if (data.remaining() != width || n == 1) {
            return data;
        }
        byte[] out = new byte[width * n];
        data.duplicate().get(out, 0, width);
        // Doubling copies: a few array copies instead of one buffer object per row.
        for (int filled = width; filled < out.length; filled *= 2) {
            System.arraycopy(out, 0, out, filled, Math.min(filled, out.length - filled));
        }
        return ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * Codes as code + 1 (0 for missing), unsigned, in as few bytes as the number of values allows,
     * compacted, after one byte that gives that width.
     */
    static byte[] codes(int[] codes, int valueCount) {
        int width = valueCount < 0xFF ? 1 : valueCount < 0xFFFF ? 2 : 4;
        byte[] data = new byte[codes.length * width];
        for (int i = 0, at = 0; i < codes.length; i++) {
            int value = codes[i] + 1;
            for (int b = 0; b < width; b++) {
                data[at++] = (byte) (value >>> (8 * b));
            }
        }
        byte[] compacted = compact(data, width);
        byte[] blob = new byte[compacted.length + 1];
        blob[0] = (byte) width;
        System.arraycopy(compacted, 0, blob, 1, compacted.length);
        return blob;
    }

    /** Undoes {@link #codes(int[], int)}: n rows into {@code out} from {@code at}. */
    static void codes(ByteBuffer blob, int n, int[] out, int at) {
        int width = blob.get(blob.position());
        ByteBuffer data = expand(blob.slice(blob.position() + 1, blob.remaining() - 1), width, n);
        byte[] bytes = data.array();
        int from = data.arrayOffset() + data.position();
        if (width == 1) {
            for (int i = 0; i < n; i++) {
                out[at + i] = (bytes[from + i] & 0xFF) - 1;
            }
            return;
        }
        for (int i = 0, o = from; i < n; i++) {
            int value = 0;
            for (int b = 0; b < width; b++) {
                value |= (bytes[o++] & 0xFF) << (8 * b);
            }
            out[at + i] = value - 1;
        }
    }

    private static ByteBuffer le(byte[] data) {
        return ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] ints(int[] values, int from, int rows) {
        ByteBuffer b = ByteBuffer.allocate(rows * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asIntBuffer().put(values, from, rows);
        return b.array();
    }

    private static void ints(ByteBuffer data, int n, int[] out, int at) {
        expand(data, 4, n).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(out, at, n);
    }

    private static byte[] floats(float[] values, int from, int rows) {
        ByteBuffer b = ByteBuffer.allocate(rows * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(values, from, rows);
        return b.array();
    }

    private static void floats(ByteBuffer data, int n, float[] out, int at) {
        expand(data, 4, n).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out, at, n);
    }

    /** True for a block without the column or with a column of one repeated "missing". */
    private static boolean allMissing(ByteBuffer expectations) {
        return expectations == null
                || expectations.remaining() == 1 && expectations.get(expectations.position()) == -1;
    }

    /** A block without the column (a touchpoint added later) leaves its rows missing (-1). */
    private static void bytes(ByteBuffer data, int n, byte[] out, int at) {
        if (data == null) {
            Arrays.fill(out, at, at + n, (byte) -1);
        } else {
            expand(data, 1, n).get(out, at, n);
        }
    }

    private static byte[] hundredths(float[] scores, int from, int rows) {
        ByteBuffer b = ByteBuffer.allocate(rows * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int r = from; r < from + rows; r++) {
            b.putShort((short) (Float.isNaN(scores[r]) ? 0xFFFF : Math.round(scores[r] * 100)));
        }
        return b.array();
    }

    /**
     * Decodes scores the way {@link PackedAnswers#score} does, so both paths give identical floats;
     * a block without the column (a touchpoint added later) leaves its rows missing.
     */
    private static void hundredths(ByteBuffer data, int n, float[] out, int at) {
        if (data == null) {
            Arrays.fill(out, at, at + n, Float.NaN);
            return;
        }
        ByteBuffer h = expand(data, 2, n);
        byte[] bytes = h.array();
        for (int r = 0, o = h.arrayOffset() + h.position(); r < n; r++, o += 2) {
            int hundredths = (bytes[o] & 0xFF) | (bytes[o + 1] & 0xFF) << 8;
            out[at + r] = hundredths == 0xFFFF ? Float.NaN : hundredths / 100f;
        }
    }

    private static byte[] strings(List<String> values) {
        List<byte[]> encoded = new ArrayList<>(values.size());
        int size = 4;
        for (String v : values) {
            byte[] e = v.getBytes(StandardCharsets.UTF_8);
            encoded.add(e);
            size += 4 + e.length;
        }
        ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(values.size());
        for (byte[] e : encoded) {
            b.putInt(e.length).put(e);
        }
        return b.array();
    }

    private static List<String> strings(ByteBuffer b) {
        int count = b.getInt();
        List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] e = new byte[b.getInt()];
            b.get(e);
            values.add(new String(e, StandardCharsets.UTF_8));
        }
        return List.copyOf(values);
    }
}
