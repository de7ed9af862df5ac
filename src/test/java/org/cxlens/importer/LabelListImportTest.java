package org.cxlens.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxlens.testing.TestFiles.sqlRows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cxlens.domain.Progress;
import org.cxlens.importer.mapping.MappingProfile;
import org.cxlens.storage.ProjectFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file whose answers are "Poor", "Fair", "Good", "Very good", "Excellent" (where the label
 * table would read "Poor" as 2 of Very poor … Excellent), imported with a mapping profile that
 * lists the column's labels, into a real project file read back with plain SQL.
 */
class LabelListImportTest {

    private static final String CSV = """
            id,Overall quality,Staff,Recommend
            r1,Excellent,Very good,10
            r2,Poor,Fair,3
            r3,very good,5 - Excellent,8
            r4,Fair,N/A,9
            r5,Superb,Good,7
            r6,Good,  poor ,6
            """;

    private static final String PROFILE = """
            {
              "version" : 1,
              "shape" : "WIDE",
              "columns" : [ {
                "column" : "id",
                "role" : "RESPONDENT_ID"
              }, {
                "column" : "Overall quality",
                "role" : "OVERALL_SATISFACTION",
                "scale" : "1-5",
                "labels" : [ "Poor", "Fair", "Good", "Very good", "Excellent" ]
              }, {
                "column" : "Staff",
                "role" : "TOUCHPOINT_SCORE",
                "touchpoint" : "Staff",
                "scale" : "1-5",
                "labels" : [ "Poor", "Fair", "Good", "Very good", "Excellent" ]
              }, {
                "column" : "Recommend",
                "role" : "RECOMMEND",
                "scale" : "0-10"
              } ]
            }
            """;

    @TempDir
    Path dir;

    @Test
    void labelledColumnsAreStoredOnTheirOwnListsPositions() throws Exception {
        Path file = Files.writeString(dir.resolve("quality.csv"), CSV, StandardCharsets.UTF_8);
        Path project = dir.resolve("project.cxlens");
        ProjectFile.create(project).close();

        SurveyImport.Result result;
        try (ProjectFile target = ProjectFile.open(project)) {
            result = SurveyImport.run(file, ReadOptions.DETECT, MappingProfile.fromJson(PROFILE, "quality.json"),
                    false, target, Progress.NONE);
        }

        assertThat(result.counts().respondents()).isEqualTo(6);
        assertThat(result.counts().problems()).isEqualTo(1);
        // file rows 2–7; Poor 1, Fair 2, Good 3, Very good 4, Excellent 5; "Superb" is not on the list
        assertThat(sqlRows(project, "SELECT external_id, overall, recommend FROM respondents ORDER BY source_row"))
                .containsExactly("r1|5.0|10.0", "r2|1.0|3.0", "r3|4.0|8.0", "r4|2.0|9.0", "r5|null|7.0", "r6|3.0|6.0");
        assertThat(sqlRows(project, "SELECT r.external_id, a.score FROM responses a "
                + "JOIN respondents r ON r.id = a.respondent_id WHERE a.touchpoint = 'Staff' ORDER BY r.source_row"))
                .as("N/A is no answer").containsExactly("r1|4.0", "r2|2.0", "r3|5.0", "r5|3.0", "r6|1.0");
        assertThat(sqlRows(project, "SELECT row, column_name, raw_value, reason_code FROM problems"))
                .containsExactly("6|Overall quality|Superb|importer.load.unlistedLabel");
    }
}
