package org.cxlens.storage;

import static org.cxlens.testing.TestFiles.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cxlens.storage.TestData.NA;
import static org.cxlens.storage.TestData.attributes;
import static org.cxlens.storage.TestData.meta;
import static org.cxlens.storage.TestData.respondent;
import static org.cxlens.storage.TestData.simple;
import static org.cxlens.storage.TestData.touchpoint;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cxlens.domain.Comment;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Expectation;
import org.cxlens.domain.ImportCounts;
import org.cxlens.domain.ImportInfo;
import org.cxlens.domain.ImportProblem;
import org.cxlens.domain.ImportSink;
import org.cxlens.domain.Message;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.RespondentRecord;
import org.cxlens.domain.Scale;
import org.cxlens.domain.Touchpoint;
import org.cxlens.domain.TouchpointSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectImportTest {

    private static final Expectation B = Expectation.BETTER;
    private static final Expectation E = Expectation.AS_EXPECTED;
    private static final Expectation W = Expectation.WORSE;

    @TempDir
    Path dir;

    /** Three respondents over three touchpoints, the values chosen to be checked by eye. */
    static long importHotelSurvey(ProjectFile project) throws CxLensException {
        try (ImportSink sink = project.begin(meta("hotel.xlsx", "aa11"))) {
            assertThat(sink.touchpoint(touchpoint("Reception", "Front office"))).isZero();
            assertThat(sink.touchpoint(touchpoint("Room", "Housekeeping"))).isEqualTo(1);
            assertThat(sink.touchpoint(touchpoint("Checkout", "Front office"))).isEqualTo(2);
            sink.attributes(List.of("Empty", "Region", "Note"));
            sink.respondent(respondent("A1", 2, "W1", LocalDateTime.of(2024, 3, 1, 0, 0), 8, B, 9,
                    new double[] {7.5, NA, 10}, new Expectation[] {B, null, W},
                    attributes(null, "Zuid \"Holland\"", "café ☕ 😀 \\ end"),
                    List.of(new Comment("Why?", "Great \"stay\"\nthanks"))));
            sink.respondent(respondent(null, 3, "W2", LocalDateTime.of(2024, 3, 2, 14, 30), NA, null, 3,
                    new double[] {0, 4, NA}, new Expectation[] {null, E, null},
                    attributes(null, "Noord", null), List.of()));
            sink.respondent(respondent("A3", 5, null, null, 6, W, NA,
                    new double[] {NA, NA, NA}, new Expectation[3], attributes(null, null, null), List.of()));
            sink.problem(new ImportProblem(4, "Room", "eleven", Message.of("importer.value.notANumber", "eleven", 4)));
            return sink.commit(new ImportCounts(4, 3, 1, 1));
        }
    }

    @Test
    void importedValuesReadBackThroughThePlainSqlViews() throws Exception {
        Path file = dir.resolve("hotel.cxlens");
        long importId;
        try (ProjectFile project = ProjectFile.create(file)) {
            importId = importHotelSurvey(project);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            assertThat(rows(st, """
                    SELECT respondent_id, touchpoint, score, expectation FROM responses
                    ORDER BY respondent_id, touchpoint_id""")).containsExactly(
                    List.of(1, "Reception", 7.5, "+"),
                    List.of(1, "Checkout", 10.0, "-"),
                    Arrays.asList(2, "Reception", 0.0, null),
                    List.of(2, "Room", 4.0, "="));
            assertThat(rows(st, "SELECT respondent_id, name, value FROM respondent_attributes ORDER BY 1, 2"))
                    .containsExactly(
                            List.of(1, "Note", "café ☕ 😀 \\ end"),
                            List.of(1, "Region", "Zuid \"Holland\""),
                            List.of(2, "Region", "Noord"));
            assertThat(rows(st, """
                    SELECT import_id, source_row, external_id, wave, date, weight, overall, overall_expectation,
                           recommend, department_id
                    FROM respondents ORDER BY id""")).containsExactly(
                    Arrays.asList((int) importId, 2, "A1", "W1", "2024-03-01", null, 8.0, "+", 9.0, null),
                    Arrays.asList((int) importId, 3, null, "W2", "2024-03-02T14:30", null, null, null, 3.0, null),
                    Arrays.asList((int) importId, 5, "A3", null, null, null, 6.0, "-", null, null));
            assertThat(rows(st, "SELECT respondent_id, question, text FROM comments"))
                    .containsExactly(List.of(1, "Why?", "Great \"stay\"\nthanks"));
            assertThat(rows(st, """
                    SELECT t.slot, t.name, d.name, t.moment_type, t.scale_min, t.scale_max
                    FROM touchpoints t JOIN departments d ON d.id = t.department_id ORDER BY t.slot""")).containsExactly(
                    List.of(0, "Reception", "Front office", "STANDARD", 0.0, 10.0),
                    List.of(1, "Room", "Housekeeping", "STANDARD", 0.0, 10.0),
                    List.of(2, "Checkout", "Front office", "STANDARD", 0.0, 10.0));
            assertThat(rows(st, "SELECT import_id, name, position FROM attribute_columns ORDER BY rowid"))
                    .containsExactly(List.of((int) importId, "Region", 1), List.of((int) importId, "Note", 2));
            assertThat(rows(st, "SELECT attributes FROM respondents ORDER BY id")).containsExactly(
                    List.of("[null,\"Zuid \\\"Holland\\\"\",\"café ☕ 😀 \\\\ end\"]"),
                    List.of("[null,\"Noord\"]"),
                    List.of("[]"));
            assertThat(rows(st, """
                    SELECT file_name, sha256, sheet, rows_read, respondents, rows_skipped, problems,
                           overall_scale_min, overall_scale_max
                    FROM imports""")).containsExactly(
                    List.of("hotel.xlsx", "aa11", "Sheet1", 4, 3, 1, 1, 0.0, 10.0));
            assertThat(rows(st, "SELECT row, column_name, raw_value, reason_code, reason_args FROM problems"))
                    .containsExactly(List.of(4, "Room", "eleven", "importer.value.notANumber", "[\"eleven\",4]"));
        }
    }

    @Test
    void columnsNullInAWholeChunkAndFilledInTheNextBothReadBack() throws Exception {
        Path file = dir.resolve("chunks.cxlens");
        int rows = RowChunk.CAPACITY + 2;
        try (ProjectFile project = ProjectFile.create(file);
             ImportSink sink = project.begin(meta("chunks.csv", "cc33"))) {
            sink.touchpoint(touchpoint("Room", "Housekeeping"));
            // The first chunk has no wave, date, weight, department or overall answers at all.
            for (int row = 2; row < 2 + RowChunk.CAPACITY; row++) {
                sink.respondent(simple(row, 5));
            }
            sink.respondent(new RespondentRecord("X1", 2 + RowChunk.CAPACITY, "Front office", "W3",
                    LocalDateTime.of(2025, 1, 6, 0, 0), 1.5, 7, Expectation.BETTER, 8,
                    new double[] {6}, new Expectation[1], new String[0], List.of()));
            sink.respondent(simple(3 + RowChunk.CAPACITY, 4));
            sink.commit(new ImportCounts(rows, rows, 0, 0));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            assertThat(rows(st, """
                    SELECT r.source_row, r.external_id, d.name, r.wave, r.date, r.weight, r.overall,
                           r.overall_expectation, r.recommend
                    FROM respondents r LEFT JOIN departments d ON d.id = r.department_id
                    WHERE r.source_row IN (2, 10001, 10002, 10003) ORDER BY r.id""")).containsExactly(
                    Arrays.asList(2, "R2", null, null, null, null, null, null, null),
                    Arrays.asList(10001, "R10001", null, null, null, null, null, null, null),
                    Arrays.asList(10002, "X1", "Front office", "W3", "2025-01-06", 1.5, 7.0, "+", 8.0),
                    Arrays.asList(10003, "R10003", null, null, null, null, null, null, null));
            assertThat(rows(st, "SELECT count(*), sum(score) FROM responses"))
                    .containsExactly(List.of(rows, 5.0 * RowChunk.CAPACITY + 6 + 4));
        }
    }

    @Test
    void summaryProblemsAndTouchpointsReadBack() throws Exception {
        try (ProjectFile project = ProjectFile.create(dir.resolve("p.cxlens"))) {
            long importId = importHotelSurvey(project);
            ProjectSummary summary = project.summary();
            assertThat(summary.respondents()).isEqualTo(3);
            assertThat(summary.touchpoints()).isEqualTo(3);
            assertThat(summary.departments()).isEqualTo(2);
            assertThat(summary.problems()).isEqualTo(1);
            assertThat(summary.imports()).extracting(ImportInfo::fileName).containsExactly("hotel.xlsx");
            assertThat(summary.imports().get(0).counts()).isEqualTo(new ImportCounts(4, 3, 1, 1));
            assertThat(project.problemCount(importId)).isEqualTo(1);
            assertThat(project.problems(importId, 10)).containsExactly(new ImportProblem(4, "Room", "eleven",
                    Message.of("importer.value.notANumber", "eleven", 4)));
            assertThat(project.touchpoints()).extracting(Touchpoint::name, Touchpoint::slot, Touchpoint::department)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("Reception", 0, "Front office"),
                            org.assertj.core.groups.Tuple.tuple("Room", 1, "Housekeeping"),
                            org.assertj.core.groups.Tuple.tuple("Checkout", 2, "Front office"));
        }
    }

    @Test
    void closingWithoutCommitLeavesTheFileByteIdentical() throws Exception {
        Path file = dir.resolve("rollback.cxlens");
        try (ProjectFile project = ProjectFile.create(file)) {
            importHotelSurvey(project);
        }
        String before = sha256(file);
        try (ProjectFile project = ProjectFile.open(file);
             ImportSink sink = project.begin(meta("second.csv", "bb22"))) {
            int slot = sink.touchpoint(touchpoint("Spa", "Wellness"));
            // More than two chunks, so rows are in flight on the writer thread when we give up.
            for (int row = 2; row < 2 + 2 * RowChunk.CAPACITY + 7; row++) {
                double[] scores = new double[slot + 1];
                Arrays.fill(scores, 5);
                sink.respondent(simple(row, scores));
            }
            sink.problem(new ImportProblem(9, null, null, Message.of("importer.row.empty", 9)));
        }
        assertThat(sha256(file)).isEqualTo(before);
        assertThat(Path.of(file + "-wal")).doesNotExist();
        assertThat(Path.of(file + "-shm")).doesNotExist();
    }

    @Test
    void aFailedWriteOnTheWriterThreadSurfacesAndTheImportRollsBack() throws Exception {
        Path file = dir.resolve("failing.cxlens");
        try (ProjectFile project = ProjectFile.create(file)) {
            importHotelSurvey(project);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("""
                    CREATE TRIGGER refuse_row_13 BEFORE INSERT ON respondents WHEN NEW.source_row = 13
                    BEGIN SELECT RAISE(ABORT, 'row 13 refused'); END""");
        }
        String before = sha256(file);
        try (ProjectFile project = ProjectFile.open(file)) {
            try (ImportSink sink = project.begin(meta("second.csv", "bb22"))) {
                sink.touchpoint(touchpoint("Room", null));
                assertThatThrownBy(() -> {
                    for (int row = 2; row < 2 + 3 * RowChunk.CAPACITY; row++) {
                        sink.respondent(simple(row, NA, 5));
                    }
                    sink.commit(new ImportCounts(0, 0, 0, 0));
                }).isInstanceOfSatisfying(CxLensException.class, e -> {
                    assertThat(e.userMessage().key()).isEqualTo("storage.write.failed");
                    assertThat(e.getMessage()).contains("row 13 refused", file.toString());
                });
                assertThatThrownBy(() -> sink.respondent(simple(99, NA, 5)))
                        .isInstanceOfSatisfying(CxLensException.class,
                                e -> assertThat(e.getMessage()).contains("row 13 refused"));
            }
            assertThat(project.summary().respondents()).isEqualTo(3);
            assertThat(project.summary().importCount()).isEqualTo(1);
        }
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void importsAreFoundBySha256() throws Exception {
        try (ProjectFile project = ProjectFile.create(dir.resolve("sha.cxlens"))) {
            assertThat(project.importWithSha256("aa11")).isEmpty();
            long id = importHotelSurvey(project);
            assertThat(project.importWithSha256("aa11")).get()
                    .satisfies(info -> {
                        assertThat(info.id()).isEqualTo(id);
                        assertThat(info.fileName()).isEqualTo("hotel.xlsx");
                        assertThat(info.sheet()).isEqualTo("Sheet1");
                        assertThat(info.importedAt()).hasToString("2026-11-22T10:15:30Z");
                    });
            assertThat(project.importWithSha256("ffff")).isEmpty();
        }
    }

    @Test
    void aLaterImportReusesTouchpointsByNameAndAddsNewSlots() throws Exception {
        try (ProjectFile project = ProjectFile.create(dir.resolve("reuse.cxlens"))) {
            importHotelSurvey(project);
            try (ImportSink sink = project.begin(meta("wave2.csv", "cc33"))) {
                assertThat(sink.touchpoint(touchpoint("Spa", null))).isEqualTo(3);
                assertThat(sink.touchpoint(touchpoint("Room", "Housekeeping"))).isEqualTo(1);
                sink.respondent(simple(2, NA, 9, NA, 6));
                sink.commit(new ImportCounts(1, 1, 0, 0));
            }
            assertThat(project.touchpoints()).extracting(Touchpoint::name)
                    .containsExactly("Reception", "Room", "Checkout", "Spa");
            assertThat(project.summary().respondents()).isEqualTo(4);
            assertThat(project.summary().importCount()).isEqualTo(2);
        }
    }

    @Test
    void aTouchpointOnAnotherScaleIsRefused() throws Exception {
        try (ProjectFile project = ProjectFile.create(dir.resolve("scale.cxlens"))) {
            importHotelSurvey(project);
            try (ImportSink sink = project.begin(meta("five.csv", "dd44"))) {
                assertThatThrownBy(() -> sink.touchpoint(
                        new TouchpointSpec("Room", null, MomentType.STANDARD, 1, Scale.of(1, 5))))
                        .isInstanceOfSatisfying(CxLensException.class, e -> {
                            assertThat(e.userMessage().key()).isEqualTo("storage.import.scaleMismatch");
                            assertThat(e.getMessage()).contains("Room", "1–5", "0–10");
                        });
            }
            assertThat(project.summary().importCount()).isEqualTo(1);
        }
    }

    @Test
    void scoresThatCannotBePackedAreRefused() throws Exception {
        try (ProjectFile project = ProjectFile.create(dir.resolve("range.cxlens"));
             ImportSink sink = project.begin(meta("bad.csv", "ee55"))) {
            sink.touchpoint(touchpoint("Room", null));
            assertThatThrownBy(() -> sink.respondent(simple(7, -1)))
                    .isInstanceOfSatisfying(CxLensException.class,
                            e -> assertThat(e.userMessage().key()).isEqualTo("storage.import.scoreOutOfRange"));
            assertThatThrownBy(() -> sink.respondent(simple(8, 547.84)))
                    .isInstanceOf(CxLensException.class);
            sink.respondent(simple(9, 547.83));
            sink.commit(new ImportCounts(3, 1, 2, 0));
            assertThat(project.loadSurveyData().scores()[0][0]).isEqualTo(547.83f);
        }
    }

    @Test
    void touchpointSettingsAndProjectSettingsAreSaved() throws Exception {
        Path file = dir.resolve("settings.cxlens");
        try (ProjectFile project = ProjectFile.create(file)) {
            importHotelSurvey(project);
            Touchpoint room = project.touchpoints().get(1);
            project.updateTouchpoint(new Touchpoint(room.id(), room.slot(), room.name(), "Rooms division",
                    MomentType.MOMENT_OF_TRUTH, 7, room.scale(), 0.8));
            project.saveScheme(new org.cxlens.domain.ClassificationScheme(0.9, 0.7, 0.3));
            project.setLowBaseMinimum(50);
        }
        try (ProjectFile project = ProjectFile.open(file)) {
            Touchpoint room = project.touchpoints().get(1);
            assertThat(room.department()).isEqualTo("Rooms division");
            assertThat(room.momentType()).isEqualTo(MomentType.MOMENT_OF_TRUTH);
            assertThat(room.journeyOrder()).isEqualTo(7);
            assertThat(room.target()).isEqualTo(0.8);
            assertThat(project.scheme()).isEqualTo(new org.cxlens.domain.ClassificationScheme(0.9, 0.7, 0.3));
            assertThat(project.lowBaseMinimum()).isEqualTo(50);
            assertThatThrownBy(() -> project.updateTouchpoint(new Touchpoint(999, 9, "Ghost", null,
                    MomentType.STANDARD, 1, Scale.of(0, 10), null)))
                    .isInstanceOfSatisfying(CxLensException.class,
                            e -> assertThat(e.userMessage().key()).isEqualTo("storage.touchpoint.unknown"));
        }
    }

    /** Rows as lists of JDBC values (integers come back as Integer, REAL as Double). */
    static List<List<Object>> rows(Statement st, String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
