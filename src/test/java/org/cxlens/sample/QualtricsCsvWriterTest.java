package org.cxlens.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualtricsCsvWriterTest {

    @TempDir
    Path dir;

    private Path file;
    private List<String[]> rows;

    @BeforeEach
    void write() throws Exception {
        SurveyGenerator generator = new SurveyGenerator(Journey.compact(),
                GeneratorOptions.of(Language.ENGLISH).withPersonalData(), 21L, 250);
        file = TestFiles.write(SampleLayout.QUALTRICS_CSV, generator, dir.resolve("qualtrics.csv"));
        rows = TestFiles.readCsv(file, StandardCharsets.UTF_8, ',');
    }

    @Test
    void startsWithAUtf8ByteOrderMarkAndUsesCrlf() throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.substring(1, text.indexOf('\n') + 1)).startsWith("StartDate,EndDate,Status,").endsWith("Wave\r\n");
    }

    @Test
    void rowOneHoldsTheExportTags() {
        List<String> tags = new ArrayList<>(Arrays.asList(rows.get(0)));
        tags.set(0, tags.get(0).replace("\uFEFF", ""));
        assertThat(tags).containsExactly("StartDate", "EndDate", "Status", "IPAddress", "Progress",
                "Duration (in seconds)", "Finished", "RecordedDate", "ResponseId", "RecipientLastName",
                "RecipientFirstName", "RecipientEmail", "ExternalReference", "LocationLatitude", "LocationLongitude",
                "DistributionChannel", "UserLanguage", "Q1", "Q2", "Q3_1", "Q3_2", "Q3_3", "Q3_4", "Q3_5", "Q3_6",
                "Q3_7", "Q4_1", "Q4_2", "Q4_3", "Q4_4", "Q4_5", "Q4_6", "Q4_7", "Q5_TEXT", "Wave");
    }

    @Test
    void rowTwoHoldsQuestionTextWithMatrixRowsAfterADash() {
        String[] text = rows.get(1);
        assertThat(text[19]).isEqualTo("How satisfied were you with each part of your experience? - Website");
        assertThat(text[25]).isEqualTo("How satisfied were you with each part of your experience? - Customer service");
        assertThat(text[26]).isEqualTo("How did each part compare with what you expected? - Website");
        assertThat(text[33]).endsWith("- Text Entry");
    }

    @Test
    void rowThreeHoldsImportIdJson() {
        String[] ids = rows.get(2);
        assertThat(ids[0]).isEqualTo("{\"ImportId\":\"startDate\",\"timeZone\":\"Europe/Amsterdam\"}");
        assertThat(ids[8]).isEqualTo("{\"ImportId\":\"_recordId\"}");
        assertThat(ids[19]).isEqualTo("{\"ImportId\":\"QID3_1\"}");
        assertThat(ids[33]).isEqualTo("{\"ImportId\":\"QID5_TEXT\"}");
        assertThat(ids).allMatch(s -> s.startsWith("{\"ImportId\":\"") && s.endsWith("}"));
    }

    @Test
    void dataRowsUseQualtricsValues() {
        List<String[]> data = rows.subList(3, rows.size());
        assertThat(data).hasSize(250);
        Set<String> ids = new HashSet<>();
        for (String[] row : data) {
            assertThat(row).hasSize(35);
            assertThat(row[0]).matches("2025-0[1-9]-\\d\\d \\d\\d:\\d\\d:\\d\\d");
            assertThat(row[8]).matches("R_[0-9A-Za-z]{15}");
            ids.add(row[8]);
            assertThat(row[17]).isIn(Labels.SATISFACTION_EN);
            assertThat(Integer.parseInt(row[18])).isBetween(0, 10);
            for (int c = 19; c < 26; c++) {
                assertThat(row[c]).matches("|10|[0-9]");
            }
            for (int c = 26; c < 33; c++) {
                assertThat(row[c]).isIn("", "Better than expected", "As expected", "Worse than expected");
                // An expectation only where the touchpoint was rated.
                if (!row[c].isEmpty()) {
                    assertThat(row[c - 7]).isNotEmpty();
                }
            }
            assertThat(row[34]).isIn("2025-Q1", "2025-Q3");
            if (!row[11].isEmpty()) {
                assertThat(row[11]).endsWith("@example.com");
                assertThat(row[15]).isEqualTo("email");
            }
        }
        assertThat(ids).hasSize(250);
    }
}
