package org.cxlens.storage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
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
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Expectation;
import org.cxlens.domain.Message;
import org.cxlens.domain.Scale;
import org.cxlens.domain.SurveyData;
import org.cxlens.domain.Touchpoint;

/**
 * Builds {@link SurveyData} from the tables, or from the column cache when it belongs to the
 * current data generation. A rebuilt result is written back to the cache.
 */
final class SurveyDataLoader {

    private static final JsonFactory JSON = new JsonFactory();

    private SurveyDataLoader() {
    }

    static SurveyData load(ProjectFile project, Connection c) throws CxLensException {
        List<Touchpoint> touchpoints = TouchpointCatalogue.read(project, c);
        try {
            List<SurveyData.ImportScales> imports = importScales(c);
            long generation = ProjectSettings.dataGeneration(c);
            SurveyData cached = ColumnCache.read(c, generation, touchpoints, imports);
            if (cached != null) {
                return cached;
            }
            SurveyData data = fromTables(project, c, touchpoints, imports);
            project.inTransaction(() -> ColumnCache.write(c, generation, data));
            return data;
        } catch (SQLException e) {
            throw project.readFailed(e);
        }
    }

    static List<SurveyData.ImportScales> importScales(Connection c) throws SQLException {
        List<SurveyData.ImportScales> result = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("""
                     SELECT id, overall_scale_min, overall_scale_max, recommend_scale_min, recommend_scale_max
                     FROM imports ORDER BY id""")) {
            while (rs.next()) {
                result.add(new SurveyData.ImportScales(rs.getLong(1), scale(rs, 2), scale(rs, 4)));
            }
        }
        return result;
    }

    /** A project without respondents. */
    static SurveyData empty(List<Touchpoint> touchpoints, List<SurveyData.ImportScales> imports) {
        int slots = touchpoints.size();
        return new SurveyData(0, touchpoints, imports, new int[0], new float[0], new byte[0], new float[0],
                new float[slots][0], new byte[slots][0], new float[0], false, new int[0],
                new SurveyData.Coded(List.of(), new int[0]), new SurveyData.Coded(List.of(), new int[0]), List.of());
    }

    private static Scale scale(ResultSet rs, int minColumn) throws SQLException {
        Double min = Sql.doubleOrNull(rs, minColumn);
        Double max = Sql.doubleOrNull(rs, minColumn + 1);
        return min == null || max == null ? null : Scale.of(min, max);
    }

    private static SurveyData fromTables(ProjectFile project, Connection c, List<Touchpoint> touchpoints,
                                         List<SurveyData.ImportScales> imports) throws SQLException, CxLensException {
        int n = (int) Sql.queryLong(c, "SELECT count(*) FROM respondents");
        int slots = touchpoints.size();
        Map<Long, Integer> importIndexById = new HashMap<>();
        for (int i = 0; i < imports.size(); i++) {
            importIndexById.put(imports.get(i).importId(), i);
        }
        Map<Long, String> departmentNames = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, name FROM departments")) {
            while (rs.next()) {
                departmentNames.put(rs.getLong(1), rs.getString(2));
            }
        }
        List<String> segmentNames = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(
                     "SELECT name FROM attribute_columns WHERE is_segment GROUP BY name ORDER BY min(rowid)")) {
            while (rs.next()) {
                segmentNames.add(rs.getString(1));
            }
        }
        Map<String, Integer> segmentIndex = new HashMap<>();
        Dictionary[] segmentCodes = new Dictionary[segmentNames.size()];
        for (int i = 0; i < segmentCodes.length; i++) {
            segmentIndex.put(segmentNames.get(i), i);
            segmentCodes[i] = new Dictionary(n);
        }

        int[] importIndex = new int[n];
        float[] overall = new float[n];
        byte[] overallExpectation = new byte[n];
        float[] recommend = new float[n];
        float[][] scores = new float[slots][n];
        byte[][] expectations = new byte[slots][n];
        float[] weight = new float[n];
        boolean weighted = false;
        int[] epochDay = new int[n];
        Dictionary wave = new Dictionary(n);
        Dictionary department = new Dictionary(n);

        int r = 0;
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT import_id, department_id, wave, date, weight, overall, overall_expectation, recommend,
                       scores, expectations, attributes
                FROM respondents ORDER BY id""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next() && r < n) {
                importIndex[r] = importIndexById.get(rs.getLong(1));
                long departmentId = rs.getLong(2);
                if (!rs.wasNull()) {
                    department.set(r, departmentNames.get(departmentId));
                }
                wave.set(r, rs.getString(3));
                String date = rs.getString(4);
                try {
                    epochDay[r] = epochDay(date);
                } catch (NumberFormatException | DateTimeException e) {
                    throw new CxLensException(Message.of("storage.read.badDate", project.path(), date), e);
                }
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
                String attributes = segmentCodes.length > 0 ? rs.getString(11) : "{}";
                if (!"{}".equals(attributes)) {
                    readAttributes(project, attributes, r, segmentIndex, segmentCodes);
                }
                r++;
            }
        }
        List<SurveyData.Segment> segments = new ArrayList<>();
        for (int i = 0; i < segmentCodes.length; i++) {
            segments.add(new SurveyData.Segment(segmentNames.get(i), segmentCodes[i].finish(n)));
        }
        if (!weighted) {
            Arrays.fill(weight, 1f);
        }
        return new SurveyData(n, touchpoints, imports, importIndex, overall, overallExpectation, recommend,
                scores, expectations, weight, weighted, epochDay, wave.finish(n), department.finish(n),
                List.copyOf(segments));
    }

    private static void readAttributes(ProjectFile project, String json, int row, Map<String, Integer> segmentIndex,
                                       Dictionary[] segmentCodes) throws CxLensException {
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                Integer segment = segmentIndex.get(p.currentName());
                JsonToken value = p.nextToken();
                if (segment != null && value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                    segmentCodes[segment].set(row, p.getText());
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new CxLensException(Message.of("storage.read.badAttributes", project.path(), row + 1,
                    e.getMessage()), e);
        }
    }

    /** Days since 1970-01-01 of an ISO date or date-time, Integer.MIN_VALUE when absent. */
    static int epochDay(String isoDate) throws NumberFormatException, DateTimeException {
        if (isoDate == null || isoDate.length() < 10) {
            return Integer.MIN_VALUE;
        }
        // Fields by position: DateTimeFormatter parsing dominated the load of a million rows.
        return (int) LocalDate.of(Integer.parseInt(isoDate, 0, 4, 10), Integer.parseInt(isoDate, 5, 7, 10),
                Integer.parseInt(isoDate, 8, 10, 10)).toEpochDay();
    }
}
