package org.cxlens.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxlens.storage.ProjectImportTest.rows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.cxlens.domain.SurveyData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written by an earlier schema version open with their data intact. */
class SchemaMigrationTest {

    @TempDir
    Path dir;

    @Test
    void version1AttributeObjectsBecomeArraysByColumnPosition() throws Exception {
        Path file = dir.resolve("v1.cxlens");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("PRAGMA application_id = " + Schema.APPLICATION_ID);
            st.executeUpdate(Schema.MIGRATIONS.get(0));
            st.executeUpdate("PRAGMA user_version = 1");
            // Two imports that list their attribute columns in different orders; key order in the
            // objects differs from both, a value has a quote, one respondent has none at all.
            st.executeUpdate("""
                    INSERT INTO imports(id, file_name, sha256, imported_at, respondents)
                    VALUES (1, 'w1.csv', 'a', '2025-01-01T00:00:00Z', 2), (2, 'w2.csv', 'b', '2025-04-01T00:00:00Z', 2);
                    INSERT INTO attribute_columns(import_id, name) VALUES (1, 'Region'), (1, 'Channel'),
                        (2, 'Channel'), (2, 'Region'), (2, 'Note');
                    INSERT INTO respondents(id, import_id, source_row, scores, expectations, attributes) VALUES
                        (1, 1, 2, '', '', '{"Channel":"Web","Region":"Noord"}'),
                        (2, 1, 3, '', '', '{"Region":"Zuid \\"ZH\\""}'),
                        (3, 2, 2, '', '', '{"Note":"x","Channel":"Winkel"}'),
                        (4, 2, 3, '', '', '{}');
                    """);
        }

        try (ProjectFile project = ProjectFile.open(file)) {
            SurveyData d = project.loadSurveyData();
            assertThat(d.segments()).extracting(SurveyData.Segment::name).containsExactly("Region", "Channel", "Note");
            SurveyData.Coded region = d.segments().get(0).column();
            assertThat(Arrays.stream(region.codes()).mapToObj(code -> code < 0 ? null : region.values().get(code)))
                    .containsExactly("Noord", "Zuid \"ZH\"", null, null);
            SurveyData.Coded channel = d.segments().get(1).column();
            assertThat(Arrays.stream(channel.codes()).mapToObj(code -> code < 0 ? null : channel.values().get(code)))
                    .containsExactly("Web", null, "Winkel", null);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            assertThat(rows(st, "SELECT id, attributes FROM respondents ORDER BY id")).containsExactly(
                    List.of(1, "[\"Noord\",\"Web\"]"),
                    List.of(2, "[\"Zuid \\\"ZH\\\"\",null]"),
                    List.of(3, "[\"Winkel\",null,\"x\"]"),
                    List.of(4, "[null,null,null]"));
            assertThat(rows(st, "SELECT import_id, name, position FROM attribute_columns ORDER BY rowid"))
                    .containsExactly(List.of(1, "Region", 0), List.of(1, "Channel", 1), List.of(2, "Channel", 0),
                            List.of(2, "Region", 1), List.of(2, "Note", 2));
            assertThat(rows(st, "SELECT respondent_id, name, value FROM respondent_attributes ORDER BY 1, 2"))
                    .containsExactly(
                            List.of(1, "Channel", "Web"), List.of(1, "Region", "Noord"),
                            List.of(2, "Region", "Zuid \"ZH\""),
                            List.of(3, "Channel", "Winkel"), List.of(3, "Note", "x"));
        }
    }
}
