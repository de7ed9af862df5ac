package org.cxlens.storage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Expectation;
import org.cxlens.domain.Message;
import org.cxlens.domain.SurveyData;
import org.cxlens.domain.Touchpoint;
import org.sqlite.SQLiteConfig;

/**
 * Builds {@link SurveyData} from the {@code respondents} table: the slow path, used when the
 * column cache is missing or stale. Large projects are read in id ranges by several threads, each
 * with its own read-only connection; each range fills its own stretch of the arrays and codes its
 * own dictionaries, which are concatenated at the end.
 */
final class SurveyTableReader {

    /** Below this many respondents one thread reads everything. */
    static final int PARALLEL_FROM = 100_000;
    private static final int MAX_THREADS = 4;
    private static final JsonFactory JSON = new JsonFactory();

    private final ProjectFile project;
    private final int n;
    private final int slots;
    private final Map<Long, Integer> importIndexById = new HashMap<>();
    private final Map<Long, String> departmentNames = new HashMap<>();
    private final List<String> segmentNames = new ArrayList<>();
    /** Per import id: the segment index of each position in its respondents' attribute arrays, -1 for none. */
    private final Map<Long, int[]> segmentOfPosition = new HashMap<>();
    private final int[] importIndex;
    private final float[] overall;
    private final byte[] overallExpectation;
    private final float[] recommend;
    private final float[][] scores;
    private final byte[][] expectations;
    private final float[] weight;
    private final int[] epochDay;

    /** Codes of one id range, relative to its first row. */
    private record RangeCodes(int rows, boolean weighted, Dictionary wave, Dictionary department,
                              Dictionary[] segments) {
    }

    private SurveyTableReader(ProjectFile project, Connection c, int n, List<Touchpoint> touchpoints,
                              List<SurveyData.ImportScales> imports) throws SQLException {
        this.project = project;
        this.n = n;
        this.slots = touchpoints.size();
        for (int i = 0; i < imports.size(); i++) {
            importIndexById.put(imports.get(i).importId(), i);
        }
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT id, name FROM departments")) {
                while (rs.next()) {
                    departmentNames.put(rs.getLong(1), rs.getString(2));
                }
            }
            Map<String, Integer> segmentIndex = new HashMap<>();
            try (ResultSet rs = st.executeQuery(
                    "SELECT name FROM attribute_columns WHERE is_segment GROUP BY name ORDER BY min(rowid)")) {
                while (rs.next()) {
                    segmentIndex.put(rs.getString(1), segmentNames.size());
                    segmentNames.add(rs.getString(1));
                }
            }
            try (ResultSet rs = st.executeQuery(
                    "SELECT import_id, position, name FROM attribute_columns WHERE is_segment")) {
                while (rs.next()) {
                    int position = rs.getInt(2);
                    int[] segments = segmentOfPosition.computeIfAbsent(rs.getLong(1), id -> new int[0]);
                    if (position >= segments.length) {
                        int old = segments.length;
                        segments = Arrays.copyOf(segments, position + 1);
                        Arrays.fill(segments, old, segments.length, -1);
                        segmentOfPosition.put(rs.getLong(1), segments);
                    }
                    segments[position] = segmentIndex.get(rs.getString(3));
                }
            }
        }
        importIndex = new int[n];
        overall = new float[n];
        overallExpectation = new byte[n];
        recommend = new float[n];
        scores = new float[slots][n];
        expectations = new byte[slots][n];
        weight = new float[n];
        epochDay = new int[n];
    }

    /** Reads with as many threads as the size of the project warrants. */
    static SurveyData read(ProjectFile project, Connection c, List<Touchpoint> touchpoints,
                           List<SurveyData.ImportScales> imports) throws SQLException, CxLensException {
        int n = (int) Sql.queryLong(c, "SELECT count(*) FROM respondents");
        int threads = n < PARALLEL_FROM ? 1 : Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());
        return read(project, c, touchpoints, imports, n, threads);
    }

    /** Reads {@code n} respondents in {@code threads} id ranges (one range on the caller's connection). */
    static SurveyData read(ProjectFile project, Connection c, List<Touchpoint> touchpoints,
                           List<SurveyData.ImportScales> imports, int n, int threads)
            throws SQLException, CxLensException {
        SurveyTableReader reader = new SurveyTableReader(project, c, n, touchpoints, imports);
        int parts = Math.max(1, Math.min(threads, n));
        int[] firstRow = new int[parts + 1];
        long[] firstId = new long[parts + 1];
        for (int p = 0; p < parts; p++) {
            firstRow[p] = (int) ((long) n * p / parts);
            firstId[p] = n == 0 ? 0 : Sql.queryLong(c, "SELECT id FROM respondents ORDER BY id LIMIT 1 OFFSET ?",
                    firstRow[p]);
        }
        firstRow[parts] = n;
        firstId[parts] = Long.MAX_VALUE;
        RangeCodes[] codes = new RangeCodes[parts];
        if (parts == 1) {
            codes[0] = reader.readRange(c, firstId[0], firstId[1], firstRow[0], n);
        } else {
            codes = reader.readInParallel(firstId, firstRow);
        }
        return reader.assemble(codes, touchpoints, imports);
    }

    private RangeCodes[] readInParallel(long[] firstId, int[] firstRow) throws SQLException, CxLensException {
        int parts = firstId.length - 1;
        ExecutorService pool = Executors.newFixedThreadPool(parts, r -> {
            Thread t = new Thread(r, "cxlens-load");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<RangeCodes>> futures = new ArrayList<>();
            for (int p = 0; p < parts; p++) {
                int part = p;
                futures.add(pool.submit(() -> {
                    try (Connection own = readOnly(project.path())) {
                        return readRange(own, firstId[part], firstId[part + 1], firstRow[part],
                                firstRow[part + 1] - firstRow[part]);
                    }
                }));
            }
            RangeCodes[] codes = new RangeCodes[parts];
            for (int p = 0; p < parts; p++) {
                codes[p] = futures.get(p).get();
            }
            return codes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new org.cxlens.domain.CancelledException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql) {
                throw sql;
            }
            if (cause instanceof CxLensException cx) {
                throw cx;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Connection readOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return config.createConnection("jdbc:sqlite:" + file);
    }

    private RangeCodes readRange(Connection c, long fromId, long toId, int row0, int rows)
            throws SQLException, CxLensException {
        Dictionary wave = new Dictionary(rows);
        Dictionary department = new Dictionary(rows);
        Dictionary[] segments = new Dictionary[segmentNames.size()];
        for (int i = 0; i < segments.length; i++) {
            segments[i] = new Dictionary(rows);
        }
        boolean weighted = false;
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT import_id, department_id, wave, date, weight, overall, overall_expectation, recommend,
                       scores, expectations, attributes
                FROM respondents WHERE id >= ? AND id < ? ORDER BY id""")) {
            ps.setLong(1, fromId);
            ps.setLong(2, toId);
            try (ResultSet rs = ps.executeQuery()) {
                for (int i = 0; i < rows && rs.next(); i++) {
                    int r = row0 + i;
                    long importId = rs.getLong(1);
                    importIndex[r] = importIndexById.get(importId);
                    long departmentId = rs.getLong(2);
                    if (!rs.wasNull()) {
                        department.set(i, departmentNames.get(departmentId));
                    }
                    wave.set(i, rs.getString(3));
                    epochDay[r] = epochDay(rs.getString(4));
                    double w = rs.getDouble(5);
                    if (rs.wasNull()) {
                        weight[r] = 1f;
                    } else {
                        weight[r] = (float) w;
                        weighted = true;
                    }
                    overall[r] = (float) Sql.doubleOrNaN(rs, 6);
                    String oe = rs.getString(7);
                    overallExpectation[r] = SurveyData.expectationCode(
                            oe == null || oe.isEmpty() ? null : Expectation.fromCode(oe.charAt(0)));
                    recommend[r] = (float) Sql.doubleOrNaN(rs, 8);
                    String packedScores = rs.getString(9);
                    String packedExpectations = rs.getString(10);
                    for (int slot = 0; slot < slots; slot++) {
                        scores[slot][r] = PackedAnswers.score(packedScores, slot);
                        expectations[slot][r] = SurveyData.expectationCode(
                                PackedAnswers.expectation(packedExpectations, slot));
                    }
                    String attributes = segments.length > 0 ? rs.getString(11) : "[]";
                    if (!"[]".equals(attributes)) {
                        readAttributes(attributes, segmentOfPosition.get(importId), i, segments);
                    }
                }
            }
        }
        return new RangeCodes(rows, weighted, wave, department, segments);
    }

    private SurveyData assemble(RangeCodes[] parts, List<Touchpoint> touchpoints,
                                List<SurveyData.ImportScales> imports) {
        boolean weighted = false;
        SurveyData.Coded wave = empty();
        SurveyData.Coded department = empty();
        SurveyData.Coded[] segments = new SurveyData.Coded[segmentNames.size()];
        Arrays.fill(segments, empty());
        for (RangeCodes part : parts) {
            weighted |= part.weighted();
            wave = Dictionary.concat(wave, part.wave().finish(part.rows()));
            department = Dictionary.concat(department, part.department().finish(part.rows()));
            for (int i = 0; i < segments.length; i++) {
                segments[i] = Dictionary.concat(segments[i], part.segments()[i].finish(part.rows()));
            }
        }
        List<SurveyData.Segment> segmentList = new ArrayList<>();
        for (int i = 0; i < segments.length; i++) {
            segmentList.add(new SurveyData.Segment(segmentNames.get(i), segments[i]));
        }
        if (!weighted) {
            Arrays.fill(weight, 1f);
        }
        return new SurveyData(n, touchpoints, imports, importIndex, overall, overallExpectation, recommend,
                scores, expectations, weight, weighted, epochDay, wave, department, List.copyOf(segmentList));
    }

    private static SurveyData.Coded empty() {
        return new SurveyData.Coded(List.of(), new int[0]);
    }

    /** Codes the values of a JSON array of attribute values; {@code segmentOf} maps its positions to segments. */
    private void readAttributes(String json, int[] segmentOf, int row, Dictionary[] segments) throws CxLensException {
        if (segmentOf == null) {
            return;
        }
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException("not an array");
            }
            JsonToken value;
            for (int position = 0; (value = p.nextToken()) != JsonToken.END_ARRAY; position++) {
                if (value == null) {
                    throw new IOException("unexpected end");
                }
                int segment = position < segmentOf.length ? segmentOf[position] : -1;
                if (segment >= 0 && value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                    segments[segment].set(row, p.getText());
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new CxLensException(Message.of("storage.read.badAttributes", project.path(), json,
                    e.getMessage()), e);
        }
    }

    /** Days since 1970-01-01 of an ISO date or date-time, Integer.MIN_VALUE when absent. */
    private int epochDay(String isoDate) throws CxLensException {
        if (isoDate == null) {
            return Integer.MIN_VALUE;
        }
        // Fields by position: DateTimeFormatter parsing dominated the load of a million rows.
        try {
            return (int) LocalDate.of(Integer.parseInt(isoDate, 0, 4, 10), Integer.parseInt(isoDate, 5, 7, 10),
                    Integer.parseInt(isoDate, 8, 10, 10)).toEpochDay();
        } catch (IndexOutOfBoundsException | NumberFormatException | DateTimeException e) {
            throw new CxLensException(Message.of("storage.read.badDate", project.path(), isoDate), e);
        }
    }
}
