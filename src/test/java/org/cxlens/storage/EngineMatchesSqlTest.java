package org.cxlens.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cxlens.analysis.AnalysisEngine;
import org.cxlens.analysis.AnalysisSettings;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.TouchpointMeasure;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Progress;
import org.cxlens.importer.ReadOptions;
import org.cxlens.importer.SurveyImport;
import org.cxlens.sample.SampleFiles;
import org.cxlens.sample.SampleLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cross-check: class counts per touchpoint computed in plain SQL over the project
 * file's {@code responses} view (DESIGN §3 written as one CASE) equal the engine's dashboard
 * counts for every touchpoint, on the Dutch sample export (1–10 grades with expectation items)
 * and on a generated plain export (0–10, no expectation items).
 */
class EngineMatchesSqlTest {

    /**
     * p = (score − min) / (max − min); with an expectation answer: worse → indifferent, as
     * expected → satisfied from the satisfied cut, better → delighted from the satisfied cut and
     * satisfied below it; without one: delighted and satisfied cuts. A score on a cut point
     * belongs to the upper class (the engine allows 1e-6 for float rounding, so does this query).
     */
    private static final String SQL_COUNTS = """
            WITH cut(delighted, satisfied) AS (SELECT ? - 1e-6, ? - 1e-6),
            answers AS (
                SELECT r.touchpoint_id, r.expectation AS e,
                       (r.score - t.scale_min) / (t.scale_max - t.scale_min) AS p
                FROM responses r JOIN touchpoints t ON t.id = r.touchpoint_id),
            classed AS (
                SELECT a.touchpoint_id,
                       CASE WHEN a.e = '-' THEN 'indifferent'
                            WHEN a.e = '=' THEN CASE WHEN a.p >= cut.satisfied THEN 'satisfied' ELSE 'indifferent' END
                            WHEN a.e = '+' THEN CASE WHEN a.p >= cut.satisfied THEN 'delighted' ELSE 'satisfied' END
                            WHEN a.p >= cut.delighted THEN 'delighted'
                            WHEN a.p >= cut.satisfied THEN 'satisfied'
                            ELSE 'indifferent' END AS class
                FROM answers a, cut)
            SELECT t.name, count(*), sum(class = 'indifferent'), sum(class = 'satisfied'), sum(class = 'delighted')
            FROM classed c JOIN touchpoints t ON t.id = c.touchpoint_id
            GROUP BY t.id ORDER BY t.slot""";

    @TempDir
    static Path dir;
    static Path dutch;
    static Path plain;

    @BeforeAll
    static void importProjects() throws Exception {
        dutch = importInto(Path.of("samples", "dutch-export.csv"), dir.resolve("dutch.cxlens"));
        Path csv = dir.resolve("plain.csv");
        SampleFiles.writePlainWide(csv, SampleLayout.PLAIN_CSV, 3000, 11L, Progress.NONE);
        plain = importInto(csv, dir.resolve("plain.cxlens"));
    }

    private static Path importInto(Path csv, Path project) throws Exception {
        try (ProjectFile file = ProjectFile.create(project)) {
            SurveyImport.run(csv, ReadOptions.DETECT, null, false, file, Progress.NONE);
        }
        return project;
    }

    @ParameterizedTest
    @CsvSource({
            "dutch, 0.85, 0.65, 0.35",
            "dutch, 0.90, 0.70, 0.30",
            "dutch, 0.75, 0.55, 0.35",
            "plain, 0.85, 0.65, 0.35",
            "plain, 0.90, 0.60, 0.30"})
    void sqlCountsEqualTheEnginesForEveryTouchpoint(String which, double delighted, double satisfied, double recovery)
            throws Exception {
        Path project = which.equals("dutch") ? dutch : plain;
        ClassificationScheme scheme = new ClassificationScheme(delighted, satisfied, recovery);

        Map<String, List<Long>> sql = sqlCounts(project, scheme);
        Map<String, List<Long>> engine = engineCounts(project, scheme);

        assertThat(sql).hasSize(which.equals("dutch") ? 8 : 15);
        assertThat(engine).isEqualTo(sql);
        // Not vacuous: every class occurs somewhere.
        for (int c = 1; c <= 3; c++) {
            int column = c;
            assertThat(sql.values().stream().mapToLong(v -> v.get(column)).sum()).isPositive();
        }
    }

    @ParameterizedTest
    @CsvSource({"dutch, 1", "plain, 0"})
    void theDutchSampleExercisesTheExpectationRules(String which, int expected) throws Exception {
        Path project = which.equals("dutch") ? dutch : plain;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(DISTINCT expectation) = 3 FROM responses WHERE expectation IS NOT NULL")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(expected);
        }
    }

    /** Touchpoint name → [n, indifferent, satisfied, delighted]. */
    private static Map<String, List<Long>> sqlCounts(Path project, ClassificationScheme scheme) throws Exception {
        Map<String, List<Long>> counts = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project);
             PreparedStatement st = c.prepareStatement(SQL_COUNTS)) {
            st.setDouble(1, scheme.delightedFrom());
            st.setDouble(2, scheme.satisfiedFrom());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), List.of(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                }
            }
        }
        return counts;
    }

    private static Map<String, List<Long>> engineCounts(Path project, ClassificationScheme scheme) throws Exception {
        Dashboard dashboard;
        try (ProjectFile file = ProjectFile.open(project)) {
            dashboard = AnalysisEngine.prepare(file.loadSurveyData(), AnalysisSettings.DEFAULT)
                    .dashboard(Filter.NONE, scheme);
        }
        Map<String, List<Long>> counts = new LinkedHashMap<>();
        for (TouchpointMeasure tm : dashboard.touchpoints()) {
            long n = tm.measure().classes().base();
            // Unweighted data: each share is count / n exactly, so rounding share × n recovers the count.
            counts.put(tm.touchpoint().name(), List.of(n,
                    Math.round(tm.measure().classes().share(ExperienceClass.INDIFFERENT) * n),
                    Math.round(tm.measure().classes().share(ExperienceClass.SATISFIED) * n),
                    Math.round(tm.measure().classes().share(ExperienceClass.DELIGHTED) * n)));
        }
        return counts;
    }
}
