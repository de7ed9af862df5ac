package org.cxlens.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cxlens.storage.TestData.NA;
import static org.cxlens.storage.TestData.meta;
import static org.cxlens.storage.TestData.simple;
import static org.cxlens.storage.TestData.touchpoint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.cxlens.domain.ChangeEntry;
import org.cxlens.domain.ChangeKind;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Expectation;
import org.cxlens.domain.ImportCounts;
import org.cxlens.domain.ImportProblem;
import org.cxlens.domain.ImportSink;
import org.cxlens.domain.Message;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.RespondentRecord;
import org.cxlens.domain.Scale;
import org.cxlens.domain.SurveyData;
import org.cxlens.domain.Touchpoint;
import org.cxlens.domain.TouchpointSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Catalogue edits, merges and the change log, read back from the file. */
class CatalogueEditTest {

    @TempDir
    Path dir;

    /**
     * Wave 1 names the delivery "Lieferung" (slot 1), wave 2 "Delivery" (slot 3); nobody answered
     * both. Scores by hand: Lieferung 9, 4, – ; Delivery –, –, 7, 10 (wave 2 respondents 4, 5).
     */
    private Path twoWaves() throws CxLensException {
        Path file = dir.resolve("waves.cxlens");
        try (ProjectFile project = ProjectFile.create(file)) {
            try (ImportSink sink = project.begin(meta("wave1.csv", "w1"))) {
                sink.touchpoint(touchpoint("Reception", "Front office"));
                sink.touchpoint(touchpoint("Lieferung", "Logistik"));
                sink.touchpoint(touchpoint("Room", "Housekeeping"));
                sink.respondent(withExpectation(2, new double[] {8, 9, 6}, Expectation.BETTER));
                sink.respondent(simple(3, 7, 4, NA));
                sink.respondent(simple(4, 5, NA, 9));
                sink.problem(new ImportProblem(7, "Room", "eleven", Message.of("importer.value.notANumber", "eleven", 7)));
                sink.problem(new ImportProblem(9, "Reception", "n/a%", Message.of("importer.value.notANumber", "n/a%", 9)));
                sink.commit(new ImportCounts(5, 3, 0, 2));
            }
            try (ImportSink sink = project.begin(meta("wave2.csv", "w2"))) {
                sink.touchpoint(touchpoint("Reception", "Front office"));
                sink.touchpoint(touchpoint("Room", "Housekeeping"));
                sink.touchpoint(touchpoint("Delivery", "Logistics"));
                sink.respondent(simple(2, 6, NA, NA, 7));
                sink.respondent(simple(3, NA, NA, 8, 10));
                sink.commit(new ImportCounts(2, 2, 0, 0));
            }
        }
        return file;
    }

    private static RespondentRecord withExpectation(int row, double[] scores, Expectation onSlot1) {
        Expectation[] e = new Expectation[scores.length];
        e[1] = onSlot1;
        return new RespondentRecord("R" + row, row, null, null, null, NA, NA, null, NA, scores, e, new String[0],
                List.of());
    }

    private static Touchpoint named(ProjectFile project, String name) throws CxLensException {
        return project.touchpoints().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<Float> scores(SurveyData d, String touchpoint) {
        Touchpoint t = d.touchpoints().stream().filter(x -> x.name().equals(touchpoint)).findFirst().orElseThrow();
        float[] s = d.scores()[t.slot()];
        List<Float> out = new java.util.ArrayList<>();
        for (float x : s) {
            out.add(x);
        }
        return out;
    }

    @Test
    void aMergeMovesTheAnswersIntoOneTouchpointWhoseBaseIsTheSum() throws Exception {
        Path file = twoWaves();
        try (ProjectFile project = ProjectFile.open(file)) {
            project.loadSurveyData(); // the column cache is current, so the merge rewrites it
            project.mergeTouchpoints(named(project, "Lieferung").id(), named(project, "Delivery").id());

            assertThat(project.touchpoints()).extracting(Touchpoint::name, Touchpoint::slot)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Reception", 0),
                            org.assertj.core.groups.Tuple.tuple("Room", 1),
                            org.assertj.core.groups.Tuple.tuple("Delivery", 2));
            SurveyData cached = project.loadSurveyData();
            // 2 answers from wave 1 (9, 4) plus 2 from wave 2 (7, 10): a base of 4
            assertThat(scores(cached, "Delivery")).containsExactly(9f, 4f, Float.NaN, 7f, 10f);
            assertThat(scores(cached, "Room")).containsExactly(6f, Float.NaN, 9f, Float.NaN, 8f);
            assertThat(scores(cached, "Reception")).containsExactly(8f, 7f, 5f, 6f, Float.NaN);
            assertThat(cached.expectations()[2][0]).isEqualTo(SurveyData.expectationCode(Expectation.BETTER));

            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM column_cache");
                assertThat(ProjectImportTest.rows(st, """
                        SELECT respondent_id, score FROM responses WHERE touchpoint = 'Delivery' ORDER BY 1"""))
                        .containsExactly(List.of(1, 9.0), List.of(2, 4.0), List.of(4, 7.0), List.of(5, 10.0));
            }
            SurveyData fromTables = project.loadSurveyData();
            for (String t : List.of("Reception", "Room", "Delivery")) {
                assertThat(scores(fromTables, t)).as(t).isEqualTo(scores(cached, t));
            }
            assertThat(Arrays.equals(fromTables.expectations()[2], cached.expectations()[2])).isTrue();

            ChangeEntry merge = project.changeLog().get(0);
            assertThat(merge.kind()).isEqualTo(ChangeKind.TOUCHPOINT_MERGE);
            assertThat(merge.before()).isEqualTo("Lieferung");
            assertThat(merge.after()).isEqualTo("Delivery");
            assertThat(merge.what().toString()).isEqualTo("Touchpoints merged into Delivery");
        }
    }

    @Test
    void aMergeIsRefusedNamingHowManyRespondentsAnsweredBoth() throws Exception {
        Path file = twoWaves();
        byte[] before = Files.readAllBytes(file);
        try (ProjectFile project = ProjectFile.open(file)) {
            // Reception and Room were both answered by respondents 1 and 3
            assertThatThrownBy(() -> project.mergeTouchpoints(named(project, "Room").id(),
                    named(project, "Reception").id()))
                    .isInstanceOf(CxLensException.class)
                    .hasMessage("2 respondents answered both Room and Reception; their two answers cannot become "
                            + "one, so the touchpoints were not merged.");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aMergeOfTouchpointsOnDifferentScalesIsRefused() throws Exception {
        Path file = dir.resolve("scales.cxlens");
        try (ProjectFile project = ProjectFile.create(file)) {
            try (ImportSink sink = project.begin(meta("a.csv", "a"))) {
                sink.touchpoint(touchpoint("Web", "Sales"));
                sink.touchpoint(new TouchpointSpec("Website", "Sales", MomentType.STANDARD, 2, Scale.of(1, 5)));
                sink.respondent(simple(2, 8, NA));
                sink.commit(new ImportCounts(1, 1, 0, 0));
            }
            assertThatThrownBy(() -> project.mergeTouchpoints(named(project, "Website").id(), named(project, "Web").id()))
                    .hasMessageContaining("Website").hasMessageContaining("1–5").hasMessageContaining("0–10");
            assertThat(project.touchpoints()).hasSize(2);
        }
    }

    @Test
    void everyEditIsLoggedWithItsOldAndNewValue() throws Exception {
        try (ProjectFile project = ProjectFile.open(twoWaves())) {
            Touchpoint room = named(project, "Room");
            project.updateTouchpoint(new Touchpoint(room.id(), room.slot(), "Hotel room", "Rooms division",
                    MomentType.MOMENT_OF_TRUTH, room.journeyOrder(), room.scale(), 0.75));
            assertThat(named(project, "Hotel room").department()).isEqualTo("Rooms division");

            Touchpoint delivery = named(project, "Delivery");
            project.reorderTouchpoints(List.of(delivery.id(), named(project, "Reception").id()));
            project.saveScheme(new ClassificationScheme(0.8, 0.65, 0.35));
            project.setLowBaseMinimum(50);

            List<ChangeEntry> log = project.changeLog();
            assertThat(log).extracting(ChangeEntry::kind, ChangeEntry::subject, ChangeEntry::before, ChangeEntry::after)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(ChangeKind.LOW_BASE_MINIMUM, null, "30", "50"),
                            org.assertj.core.groups.Tuple.tuple(ChangeKind.SCHEME, "delighted", "0.85", "0.8"),
                            org.assertj.core.groups.Tuple.tuple(ChangeKind.JOURNEY_ORDER, null,
                                    "Reception, Lieferung, Hotel room, Delivery",
                                    "Delivery, Reception, Lieferung, Hotel room"),
                            org.assertj.core.groups.Tuple.tuple(ChangeKind.TOUCHPOINT_TARGET, "Hotel room", null, "0.75"),
                            org.assertj.core.groups.Tuple.tuple(ChangeKind.TOUCHPOINT_MOMENT_TYPE, "Hotel room",
                                    "STANDARD", "MOMENT_OF_TRUTH"),
                            org.assertj.core.groups.Tuple.tuple(ChangeKind.TOUCHPOINT_DEPARTMENT, "Hotel room",
                                    "Housekeeping", "Rooms division"),
                            org.assertj.core.groups.Tuple.tuple(ChangeKind.TOUCHPOINT_ALIAS, "Hotel room", null, "Room"),
                            org.assertj.core.groups.Tuple.tuple(ChangeKind.TOUCHPOINT_NAME, "Room", "Room", "Hotel room"),
                            org.assertj.core.groups.Tuple.tuple(ChangeKind.IMPORT, "wave2.csv [Sheet1]", null, "2"),
                            org.assertj.core.groups.Tuple.tuple(ChangeKind.IMPORT, "wave1.csv [Sheet1]", null, "3"));
            assertThat(project.touchpoints().stream()
                    .sorted(java.util.Comparator.comparingInt(Touchpoint::journeyOrder)).map(Touchpoint::name))
                    .containsExactly("Delivery", "Reception", "Lieferung", "Hotel room");
            assertThat(log.get(1).beforeText().toString() + " → " + log.get(1).afterText().toString())
                    .isEqualTo("85 % → 80 %");
            assertThat(log.get(4).afterText().toString()).isEqualTo("Moment of truth");
        }
    }

    @Test
    void aRenameToANameAnotherTouchpointHasIsRefusedAndNothingIsLogged() throws Exception {
        try (ProjectFile project = ProjectFile.open(twoWaves())) {
            Touchpoint lieferung = named(project, "Lieferung");
            int entries = project.changeLog().size();
            assertThatThrownBy(() -> project.updateTouchpoint(new Touchpoint(lieferung.id(), lieferung.slot(), "Delivery",
                    lieferung.department(), lieferung.momentType(), lieferung.journeyOrder(), lieferung.scale(), null)))
                    .hasMessage("There is already a touchpoint named \"Delivery\"; to make them one, merge them.");
            assertThat(project.changeLog()).hasSize(entries);
            assertThat(named(project, "Lieferung").id()).isEqualTo(lieferung.id());
        }
    }

    @Test
    void problemsAreReadAPageAtATimeAndSearchedWithWildcardsTakenLiterally() throws Exception {
        try (ProjectFile project = ProjectFile.open(twoWaves())) {
            long wave1 = project.imports().get(0).id();
            assertThat(project.problemCount(wave1, "")).isEqualTo(2);
            assertThat(project.problems(wave1, "", 1, 1)).extracting(ImportProblem::row).containsExactly(9);
            assertThat(project.problems(wave1, "ELEVEN", 0, 10)).extracting(ImportProblem::row).containsExactly(7);
            assertThat(project.problemCount(wave1, "a%")).isEqualTo(1);
            assertThat(project.problemCount(wave1, "e_e")).isZero();
            assertThat(project.problemCount(wave1, "9")).isEqualTo(1);
        }
    }

    @Test
    void aVersion2FileGetsAChangeLogStartingWithItsImports() throws Exception {
        Path file = dir.resolve("v2.cxlens");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("PRAGMA application_id = " + Schema.APPLICATION_ID);
            st.executeUpdate(Schema.MIGRATIONS.get(0));
            st.executeUpdate(Schema.MIGRATIONS.get(1));
            st.executeUpdate("PRAGMA user_version = 2");
            st.executeUpdate("""
                    INSERT INTO imports(id, file_name, sha256, sheet, imported_at, respondents)
                    VALUES (1, 'w1.csv', 'a', NULL, '2025-01-01T00:00:00Z', 120),
                           (2, 'w2.xlsx', 'b', 'Data', '2025-04-01T09:30:00Z', 80);
                    """);
        }
        try (ProjectFile project = ProjectFile.open(file)) {
            assertThat(project.changeLog()).extracting(e -> e.time().toString(), ChangeEntry::kind,
                            ChangeEntry::subject, ChangeEntry::after)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("2025-04-01T09:30:00Z", ChangeKind.IMPORT,
                                    "w2.xlsx [Data]", "80"),
                            org.assertj.core.groups.Tuple.tuple("2025-01-01T00:00:00Z", ChangeKind.IMPORT, "w1.csv", "120"));
            project.setLowBaseMinimum(40);
            assertThat(project.changeLog()).hasSize(3);
        }
    }
}
