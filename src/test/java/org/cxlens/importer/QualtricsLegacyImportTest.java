package org.cxlens.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxlens.testing.TestFiles.sqlRows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cxlens.domain.ColumnRole;
import org.cxlens.domain.Progress;
import org.cxlens.storage.ProjectFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Older Qualtrics exports (FORMATS.md): two header rows, V1..V10 tags, a BOM and trailing commas. */
class QualtricsLegacyImportTest {

    @TempDir
    Path dir;

    private Path legacyCsv() throws Exception {
        String text = "\uFEFF" + """
                V1,V2,V3,V4,V5,V6,V7,V8,V9,V10,Q1,Q2_1,Q2_2,Q3,Q4,
                ResponseID,ResponseSet,Name,ExternalDataReference,EmailAddress,IPAddress,Status,StartDate,EndDate,Finished,"How satisfied are you with us, overall?",Please rate our service - Website,Please rate our service - Delivery,How likely are you to recommend us to a friend or colleague?,Any other comments?,
                R_3kGxA1,Default Response Set,"Jansen, Piet",CRM-1,piet@example.nl,192.0.2.10,0,2014-03-14 09:30:00,2014-03-14 09:34:10,1,4,8,9,9,"Quick, friendly",
                R_9pQzB2,Default Response Set,,CRM-2,an@example.nl,192.0.2.11,0,2014-03-15 10:02:00,2014-03-15 10:05:00,1,2,5,,3,,
                R_7mWvC3,Default Response Set,,CRM-3,,192.0.2.12,0,2014-03-15 11:00:00,2014-03-15 11:03:00,1,5,10,10,10,,
                """;
        Path file = dir.resolve("legacy-export.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void twoHeaderRowsAreRecognisedAndTheMetadataColumnsNamedByRowTwo() throws Exception {
        Preview preview = SurveyFiles.preview(legacyCsv(), ReadOptions.DETECT);

        assertThat(preview.layout()).isEqualTo(HeaderLayout.QUALTRICS_LEGACY);
        // The trailing comma adds no column.
        assertThat(preview.columns()).hasSize(15);
        assertThat(preview.columns().get(0)).isEqualTo(new SourceColumn(0, "ResponseID", "ResponseID"));
        assertThat(preview.columns().get(4).name()).isEqualTo("EmailAddress");
        assertThat(preview.columns().get(11)).isEqualTo(
                new SourceColumn(11, "Q2_1", "Please rate our service - Website"));
        assertThat(preview.sampleRows()).extracting(SourceRow::rowNumber).containsExactly(3, 4, 5);
    }

    @Test
    void importsWithTheSuggestedMappingAndStoresNoPersonalData() throws Exception {
        Path file = legacyCsv();
        Path project = dir.resolve("legacy.cxlens");

        SurveyImport.Result result;
        try (ProjectFile target = ProjectFile.create(project)) {
            result = SurveyImport.run(file, ReadOptions.DETECT, null, false, target, Progress.NONE);
        }

        assertThat(result.mapping().layout()).isEqualTo(HeaderLayout.QUALTRICS_LEGACY);
        assertThat(result.mapping().column("EndDate").role()).isEqualTo(ColumnRole.DATE);
        assertThat(result.mapping().column("StartDate").role()).isEqualTo(ColumnRole.IGNORE);
        assertThat(result.counts().respondents()).isEqualTo(3);
        assertThat(result.counts().problems()).isZero();
        assertThat(sqlRows(project, "SELECT external_id, source_row, overall, recommend FROM respondents ORDER BY id"))
                .containsExactly("R_3kGxA1|3|4.0|9.0", "R_9pQzB2|4|2.0|3.0", "R_7mWvC3|5|5.0|10.0");
        assertThat(sqlRows(project, "SELECT touchpoint, score FROM responses r JOIN respondents p "
                + "ON p.id = r.respondent_id WHERE p.external_id = 'R_9pQzB2'")).containsExactly("Website|5.0");
        assertThat(sqlRows(project, "SELECT count(*) FROM comments")).containsExactly("1");
        String stored = new String(Files.readAllBytes(project), StandardCharsets.ISO_8859_1);
        assertThat(stored).doesNotContain("piet@example.nl", "192.0.2.10", "Jansen");
    }
}
