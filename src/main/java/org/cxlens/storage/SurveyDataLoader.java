package org.cxlens.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Scale;
import org.cxlens.domain.SurveyData;
import org.cxlens.domain.Touchpoint;

/**
 * Builds {@link SurveyData} from the tables, or from the column cache when it belongs to the
 * current data generation. A rebuilt result is written back to the cache, except in a report file,
 * which is never written to (it was saved with the cache of its project).
 */
final class SurveyDataLoader {

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
            SurveyData data = SurveyTableReader.read(project, c, touchpoints, imports);
            if (project.reportMark().isEmpty()) {
                project.inTransaction(() -> ColumnCache.write(c, generation, data));
            }
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

    private static Scale scale(ResultSet rs, int minColumn) throws SQLException {
        Double min = Sql.doubleOrNull(rs, minColumn);
        Double max = Sql.doubleOrNull(rs, minColumn + 1);
        return min == null || max == null ? null : Scale.of(min, max);
    }
}
