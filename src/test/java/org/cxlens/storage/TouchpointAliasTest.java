package org.cxlens.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.cxlens.storage.TestData.NA;
import static org.cxlens.storage.TestData.meta;
import static org.cxlens.storage.TestData.simple;
import static org.cxlens.storage.TestData.touchpoint;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.cxlens.domain.ChangeEntry;
import org.cxlens.domain.ChangeKind;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.ImportCounts;
import org.cxlens.domain.ImportSink;
import org.cxlens.domain.SurveyData;
import org.cxlens.domain.Touchpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A renamed or merged touchpoint keeps its old names, and the next wave's columns with those names find it. */
class TouchpointAliasTest {

    @TempDir
    Path dir;

    @Test
    void theNextWaveUnderTheOldNamesFeedsTheRenamedAndTheMergedTouchpoint() throws Exception {
        Path file = dir.resolve("aliases.cxlens");
        try (ProjectFile project = ProjectFile.create(file)) {
            try (ImportSink sink = project.begin(meta("wave1.csv", "w1"))) {
                sink.touchpoint(touchpoint("Website", "Online"));
                sink.touchpoint(touchpoint("Delivery", "Logistics"));
                sink.touchpoint(touchpoint("Lieferung", "Logistics"));
                sink.respondent(simple(2, 8, 9, NA));
                sink.respondent(simple(3, 7, NA, 4));
                sink.commit(new ImportCounts(2, 2, 0, 0));
            }
            Touchpoint website = named(project, "Website");
            project.updateTouchpoint(new Touchpoint(website.id(), website.slot(), "Online shop", website.department(),
                    website.momentType(), website.journeyOrder(), website.scale(), website.target()));
            project.mergeTouchpoints(named(project, "Lieferung").id(), named(project, "Delivery").id());
            assertThat(project.touchpointAliases()).isEqualTo(Map.of(
                    named(project, "Online shop").id(), List.of("Website"),
                    named(project, "Delivery").id(), List.of("Lieferung")));
            List<ChangeEntry> aliases = project.changeLog().stream()
                    .filter(e -> e.kind() == ChangeKind.TOUCHPOINT_ALIAS).toList();
            assertThat(aliases).extracting(ChangeEntry::subject, ChangeEntry::after)
                    .containsExactly(tuple("Delivery", "Lieferung"), tuple("Online shop", "Website"));

            // Wave 2 still says "Website" and "Lieferung".
            try (ImportSink sink = project.begin(meta("wave2.csv", "w2"))) {
                assertThat(sink.touchpoint(touchpoint("Website", "Online"))).isEqualTo(website.slot());
                assertThat(sink.touchpoint(touchpoint("Lieferung", "Logistics")))
                        .isEqualTo(named(project, "Delivery").slot());
                sink.respondent(simple(2, 10, 3));
                sink.commit(new ImportCounts(1, 1, 0, 0));
            }
            assertThat(project.touchpoints()).extracting(Touchpoint::name).containsExactly("Online shop", "Delivery");
            SurveyData d = project.loadSurveyData();
            // Online shop 8, 7, 10; Delivery 9, 4 (merged from Lieferung), 3.
            assertThat(d.scores()[0]).containsExactly(8f, 7f, 10f);
            assertThat(d.scores()[1]).containsExactly(9f, 4f, 3f);
        }
    }

    @Test
    void aRenameBackToAnOldNameTakesItOutOfTheAliasesAndChainsAreFollowed() throws Exception {
        Path file = dir.resolve("back.cxlens");
        try (ProjectFile project = ProjectFile.create(file)) {
            try (ImportSink sink = project.begin(meta("wave1.csv", "w1"))) {
                sink.touchpoint(touchpoint("A", "D"));
                sink.respondent(simple(2, 5));
                sink.commit(new ImportCounts(1, 1, 0, 0));
            }
            rename(project, "A", "B");
            rename(project, "B", "C");
            long id = named(project, "C").id();
            assertThat(project.touchpointAliases()).isEqualTo(Map.of(id, List.of("A", "B")));
            rename(project, "C", "A");
            assertThat(project.touchpointAliases()).isEqualTo(Map.of(id, List.of("B", "C")));
        }
    }

    @Test
    void aVersion3FileGetsTheAliasesOfTheRenamesAndMergesInItsChangeLog() throws Exception {
        Path file = dir.resolve("v3.cxlens");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("PRAGMA application_id = " + Schema.APPLICATION_ID);
            for (int i = 0; i < 3; i++) {
                st.executeUpdate(Schema.MIGRATIONS.get(i));
            }
            st.executeUpdate("PRAGMA user_version = 3");
            // A → B → C renamed, D merged into C, X renamed to Y; Z renamed to W and back (no alias for a name in use).
            st.executeUpdate("""
                    INSERT INTO touchpoints(id, slot, name, moment_type, journey_order, scale_min, scale_max) VALUES
                        (1, 0, 'C', 'STANDARD', 1, 0, 10), (2, 1, 'Y', 'STANDARD', 2, 0, 10),
                        (3, 2, 'Z', 'STANDARD', 3, 0, 10);
                    INSERT INTO change_log(changed_at, kind, subject, before_value, after_value) VALUES
                        ('2026-01-01T00:00:00Z', 'TOUCHPOINT_NAME', 'A', 'A', 'B'),
                        ('2026-01-02T00:00:00Z', 'TOUCHPOINT_NAME', 'X', 'X', 'Y'),
                        ('2026-01-03T00:00:00Z', 'TOUCHPOINT_NAME', 'B', 'B', 'C'),
                        ('2026-01-04T00:00:00Z', 'TOUCHPOINT_MERGE', 'C', 'D', 'C'),
                        ('2026-01-05T00:00:00Z', 'TOUCHPOINT_NAME', 'Z', 'Z', 'W'),
                        ('2026-01-06T00:00:00Z', 'TOUCHPOINT_NAME', 'W', 'W', 'Z');
                    """);
        }
        try (ProjectFile project = ProjectFile.open(file)) {
            assertThat(project.touchpointAliases()).isEqualTo(Map.of(1L, List.of("A", "B", "D"), 2L, List.of("X"),
                    3L, List.of("W")));
        }
    }

    private static void rename(ProjectFile project, String from, String to) throws CxLensException {
        Touchpoint t = named(project, from);
        project.updateTouchpoint(new Touchpoint(t.id(), t.slot(), to, t.department(), t.momentType(), t.journeyOrder(),
                t.scale(), t.target()));
    }

    private static Touchpoint named(ProjectFile project, String name) throws CxLensException {
        return project.touchpoints().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
