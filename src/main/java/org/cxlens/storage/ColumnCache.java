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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cxlens.domain.SurveyData;
import org.cxlens.domain.Touchpoint;

/**
 * {@link SurveyData}'s per-respondent arrays, stored one BLOB per column in {@code column_cache}
 * (little-endian), valid for one data generation. Reading it back is a few bulk copies instead of
 * a million JDBC rows. Derived data: deleting the table's rows only costs one slow load.
 * Scores are stored as unsigned 16-bit hundredths (0xFFFF missing), as precise as the packed column.
 * A column whose every value is the same (no expectation items, one import, no weight) is stored
 * as that one value: a third of a typical million-respondent cache, written at every import.
 * Dictionary codes take one byte each while a column has fewer than 255 distinct values.
 */
final class ColumnCache {

    private static final int FORMAT = 3;

    private ColumnCache() {
    }

    /** The cached data of this generation, or null when there is none or it does not fit. */
    static SurveyData read(Connection c, long generation, List<Touchpoint> touchpoints,
                           List<SurveyData.ImportScales> imports) throws SQLException {
        Map<String, byte[]> blobs = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, data FROM column_cache WHERE generation = ?")) {
            ps.setLong(1, generation);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    blobs.put(rs.getString(1), rs.getBytes(2));
                }
            }
        }
        byte[] meta = blobs.get("meta");
        if (meta == null) {
            return null;
        }
        ByteBuffer m = le(meta);
        int format = m.getInt();
        int n = m.getInt();
        int slots = m.getInt();
        int segmentCount = m.getInt();
        boolean weighted = m.get() == 1;
        if (format != FORMAT || slots != touchpoints.size()) {
            return null;
        }
        float[][] scores = new float[slots][];
        byte[][] expectations = new byte[slots][];
        for (int slot = 0; slot < slots; slot++) {
            scores[slot] = hundredths(blobs.get("scores." + slot), n);
            expectations[slot] = expand(blobs.get("expectations." + slot), 1, n);
        }
        float[] weight = new float[n];
        if (weighted) {
            weight = floats(blobs.get("weight"), n);
        } else {
            Arrays.fill(weight, 1f);
        }
        List<String> segmentNames = strings(blobs.get("segments"));
        List<SurveyData.Segment> segments = new ArrayList<>();
        for (int i = 0; i < segmentCount; i++) {
            segments.add(new SurveyData.Segment(segmentNames.get(i), coded(blobs, "segment." + i, n)));
        }
        return new SurveyData(n, touchpoints, imports, ints(blobs.get("import_index"), n),
                floats(blobs.get("overall"), n), expand(blobs.get("overall_expectation"), 1, n),
                floats(blobs.get("recommend"), n),
                scores, expectations, weight, weighted, ints(blobs.get("epoch_day"), n),
                coded(blobs, "wave", n), coded(blobs, "department", n), List.copyOf(segments));
    }

    /** Replaces the cache with data of this generation. Call inside a transaction. */
    static void write(Connection c, long generation, SurveyData d) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM column_cache");
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO column_cache(name, generation, data) VALUES (?, ?, ?)")) {
            Writer w = (name, data) -> {
                ps.setString(1, name);
                ps.setLong(2, generation);
                ps.setBytes(3, data);
                ps.executeUpdate();
            };
            ByteBuffer meta = ByteBuffer.allocate(17).order(ByteOrder.LITTLE_ENDIAN);
            meta.putInt(FORMAT).putInt(d.size()).putInt(d.scores().length).putInt(d.segments().size())
                    .put((byte) (d.weighted() ? 1 : 0));
            w.put("meta", meta.array());
            w.column("import_index", ints(d.importIndex()), 4);
            w.column("overall", floats(d.overall()), 4);
            w.column("overall_expectation", d.overallExpectation(), 1);
            w.column("recommend", floats(d.recommend()), 4);
            if (d.weighted()) {
                w.column("weight", floats(d.weight()), 4);
            }
            w.column("epoch_day", ints(d.epochDay()), 4);
            putCoded(w, "wave", d.wave());
            putCoded(w, "department", d.department());
            List<String> names = new ArrayList<>();
            for (int i = 0; i < d.segments().size(); i++) {
                names.add(d.segments().get(i).name());
                putCoded(w, "segment." + i, d.segments().get(i).column());
            }
            w.put("segments", strings(names));
            for (int slot = 0; slot < d.scores().length; slot++) {
                w.column("scores." + slot, hundredths(d.scores()[slot]), 2);
                w.column("expectations." + slot, d.expectations()[slot], 1);
            }
        }
    }

    private interface Writer {
        void put(String name, byte[] data) throws SQLException;

        /** Stores one column of values that are {@code width} bytes wide, compacted. */
        default void column(String name, byte[] data, int width) throws SQLException {
            put(name, compact(data, width));
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

    /** Undoes {@link #compact}: n values of {@code width} bytes. */
    static byte[] expand(byte[] data, int width, int n) {
        if (data.length != width || n == 1) {
            return data;
        }
        byte[] out = new byte[width * n];
        for (int i = 0; i < out.length; i += width) {
            System.arraycopy(data, 0, out, i, width);
        }
        return out;
    }

    private static void putCoded(Writer w, String name, SurveyData.Coded coded) throws SQLException {
        w.put(name + ".values", strings(coded.values()));
        w.put(name + ".codes", codes(coded.codes(), coded.values().size()));
    }

    private static SurveyData.Coded coded(Map<String, byte[]> blobs, String name, int n) {
        return new SurveyData.Coded(strings(blobs.get(name + ".values")), codes(blobs.get(name + ".codes"), n));
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

    /** Undoes {@link #codes(int[], int)} for n rows. */
    static int[] codes(byte[] blob, int n) {
        int width = blob[0];
        byte[] data = expand(Arrays.copyOfRange(blob, 1, blob.length), width, n);
        int[] codes = new int[n];
        for (int i = 0, at = 0; i < n; i++) {
            int value = 0;
            for (int b = 0; b < width; b++) {
                value |= (data[at++] & 0xFF) << (8 * b);
            }
            codes[i] = value - 1;
        }
        return codes;
    }

    private static ByteBuffer le(byte[] data) {
        return ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] ints(int[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asIntBuffer().put(values);
        return b.array();
    }

    private static int[] ints(byte[] data, int n) {
        int[] values = new int[n];
        le(expand(data, 4, n)).asIntBuffer().get(values);
        return values;
    }

    private static byte[] floats(float[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(values);
        return b.array();
    }

    private static float[] floats(byte[] data, int n) {
        float[] values = new float[n];
        le(expand(data, 4, n)).asFloatBuffer().get(values);
        return values;
    }

    private static byte[] hundredths(float[] scores) {
        short[] h = new short[scores.length];
        for (int r = 0; r < h.length; r++) {
            h[r] = (short) (Float.isNaN(scores[r]) ? 0xFFFF : Math.round(scores[r] * 100));
        }
        ByteBuffer b = ByteBuffer.allocate(h.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.asShortBuffer().put(h);
        return b.array();
    }

    /** Decodes scores the way {@link PackedAnswers#score} does, so both paths give identical floats. */
    private static float[] hundredths(byte[] data, int n) {
        short[] h = new short[n];
        le(expand(data, 2, n)).asShortBuffer().get(h);
        float[] scores = new float[n];
        for (int r = 0; r < n; r++) {
            int hundredths = h[r] & 0xFFFF;
            scores[r] = hundredths == 0xFFFF ? Float.NaN : hundredths / 100f;
        }
        return scores;
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

    private static List<String> strings(byte[] data) {
        ByteBuffer b = le(data);
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
