package org.cxlens.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderLayoutTest {

    @TempDir
    Path dir;

    private Path qualtricsCsv() throws Exception {
        String text = """
                StartDate,EndDate,Status,IPAddress,Progress,Duration (in seconds),Finished,RecordedDate,ResponseId,RecipientEmail,Q1,Q2_1,Q2_2,Q3_TEXT
                Start Date,End Date,Response Type,IP Address,Progress,Duration (in seconds),Finished,Recorded Date,Response ID,Recipient Email,"How satisfied are you with us, overall?",How would you rate each contact? - Phone,How would you rate each contact? - E-mail,Anything else? - Text Entry
                "{""ImportId"":""startDate"",""timeZone"":""Europe/Amsterdam""}","{""ImportId"":""endDate"",""timeZone"":""Europe/Amsterdam""}","{""ImportId"":""status""}","{""ImportId"":""ipAddress""}","{""ImportId"":""progress""}","{""ImportId"":""duration""}","{""ImportId"":""finished""}","{""ImportId"":""recordedDate"",""timeZone"":""Europe/Amsterdam""}","{""ImportId"":""_recordId""}","{""ImportId"":""recipientEmail""}","{""ImportId"":""QID1""}","{""ImportId"":""QID2_1""}","{""ImportId"":""QID2_2""}","{""ImportId"":""QID3_TEXT""}"
                2025-03-14 09:30:00,2025-03-14 09:34:10,IP Address,192.0.2.10,100,250,True,2025-03-14 09:34:11,R_1abc,,9,4,5,"Quick, friendly"
                2025-03-14 10:02:00,2025-03-14 10:05:00,IP Address,192.0.2.11,100,180,True,2025-03-14 10:05:01,R_2def,,6,3,,
                """;
        Path file = dir.resolve("qualtrics-export.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void qualtricsCsvHasTagsAsNamesQuestionTextsAndDataFromRowFour() throws Exception {
        Path file = qualtricsCsv();

        Preview preview = SurveyFiles.preview(file, ReadOptions.DETECT);

        assertThat(preview.layout()).isEqualTo(HeaderLayout.QUALTRICS);
        assertThat(preview.columns()).hasSize(14);
        assertThat(preview.columns().get(10)).isEqualTo(
                new SourceColumn(10, "Q1", "How satisfied are you with us, overall?"));
        assertThat(preview.columns().get(12)).isEqualTo(
                new SourceColumn(12, "Q2_2", "How would you rate each contact? - E-mail"));
        assertThat(preview.columns().get(8).questionText()).isEqualTo("Response ID");
        assertThat(preview.sampleRows()).extracting(SourceRow::rowNumber).containsExactly(4, 5);
        assertThat(preview.sampleRows().get(0).cell(13)).isEqualTo("Quick, friendly");
        try (RowSource rows = SurveyFiles.openData(file, preview)) {
            assertThat(rows.next().cell(8)).isEqualTo("R_1abc");
            assertThat(rows.next().cell(8)).isEqualTo("R_2def");
            assertThat(rows.next()).isNull();
        }
    }

    @Test
    void givenLayoutOverridesDetection() throws Exception {
        Path file = qualtricsCsv();

        Preview preview = SurveyFiles.preview(file, new ReadOptions(null, null, HeaderLayout.SINGLE));

        assertThat(preview.layout()).isEqualTo(HeaderLayout.SINGLE);
        assertThat(preview.columns().get(10).questionText()).isEqualTo("Q1");
        assertThat(preview.sampleRows()).extracting(SourceRow::rowNumber).containsExactly(2, 3, 4, 5);
    }

    private static final List<String> MONKEY_ROW_1 = List.of("Respondent ID", "Collector ID", "Start Date",
            "End Date", "IP Address", "Email Address", "First Name", "Last Name", "Custom Data 1",
            "How satisfied are you overall?", "How would you rate us on:", "", "", "Any other comments?");
    private static final List<String> MONKEY_ROW_2 = List.of("", "", "", "", "", "", "", "", "",
            "Response", "Phone", "E-mail", "Shop", "Open-Ended Response");
    private static final List<String> MONKEY_DATA = List.of("11400012345", "4321", "03/14/2025 09:30:00 AM",
            "03/14/2025 09:34:00 AM", "192.0.2.10", "", "", "", "", "Very satisfied", "Good", "Excellent", "Fair",
            "Keep it up");

    @Test
    void surveyMonkeyXlsxCarriesTheQuestionAcrossItsBlock() throws Exception {
        Path file = TestWorkbooks.xlsx(dir.resolve("monkey.xlsx"), "Sheet",
                List.of(MONKEY_ROW_1, MONKEY_ROW_2, MONKEY_DATA));

        Preview preview = SurveyFiles.preview(file, ReadOptions.DETECT);

        assertThat(preview.layout()).isEqualTo(HeaderLayout.SURVEYMONKEY);
        assertThat(preview.columns()).extracting(SourceColumn::name).containsExactly(
                "Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address",
                "First Name", "Last Name", "Custom Data 1", "How satisfied are you overall?",
                "How would you rate us on: - Phone", "How would you rate us on: - E-mail",
                "How would you rate us on: - Shop", "Any other comments?");
        assertThat(preview.sampleRows()).hasSize(1);
        assertThat(preview.sampleRows().get(0).rowNumber()).isEqualTo(3);
        assertThat(preview.sampleRows().get(0).cells()).containsExactlyElementsOf(MONKEY_DATA);
    }

    @Test
    void surveyMonkeyWithOnlyMatrixQuestionsIsRecognisedByItsMetadataColumns() throws Exception {
        List<String> top = List.of("Respondent ID", "Collector ID", "Rate our service", "", "");
        List<String> below = List.of("", "", "Phone", "E-mail", "Shop");
        Path file = TestWorkbooks.xlsx(dir.resolve("matrix.xlsx"), "Sheet",
                List.of(top, below, List.of("1", "2", "Good", "Fair", "Poor")));

        Preview preview = SurveyFiles.preview(file, ReadOptions.DETECT);

        assertThat(preview.layout()).isEqualTo(HeaderLayout.SURVEYMONKEY);
        assertThat(preview.columns().get(3).name()).isEqualTo("Rate our service - E-mail");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void singleHeaderRowWithDuplicateAndBlankNames(String kind) throws Exception {
        List<String> header = List.of("Afdeling", "", "Score", "score", "Score", "Opmerking");
        List<String> first = List.of("Klantenservice", "x", "8", "7", "9", "Prima");
        List<String> second = List.of("Verkoop", "", "6", "", "5", "");
        Path target = dir.resolve("single." + kind);
        Path file = kind.equals("xlsx")
                ? TestWorkbooks.xlsx(target, "Blad1", List.of(header, first, second))
                : TestWorkbooks.xls(target, "Blad1", List.of(header, first, second));

        Preview preview = SurveyFiles.preview(file, ReadOptions.DETECT);

        assertThat(preview.layout()).isEqualTo(HeaderLayout.SINGLE);
        assertThat(preview.columns()).extracting(SourceColumn::name).containsExactly(
                "Afdeling", "Column B", "Score", "score (2)", "Score (3)", "Opmerking");
        assertThat(preview.columns()).extracting(SourceColumn::index).containsExactly(0, 1, 2, 3, 4, 5);
        // Spreadsheet rows are padded to the header width: a missing cell there is an empty one.
        assertThat(preview.sampleRows().get(1).cells()).containsExactly("Verkoop", "", "6", "", "5", "");
    }

    @Test
    void aDataRowThatMentionsResponseDoesNotMakeASurveyMonkeyFile() throws Exception {
        Path file = dir.resolve("plain.csv");
        Files.writeString(file, "Kanaal,Type,Score\nTelefoon,Response,8\nMail,Vraag,7\n");

        Preview preview = SurveyFiles.preview(file, ReadOptions.DETECT);

        assertThat(preview.layout()).isEqualTo(HeaderLayout.SINGLE);
        assertThat(preview.sampleRows()).hasSize(2);
    }

    @Test
    void surveyMonkeyCsvWithoutMetadataColumnsIsRecognisedByItsAnswerLabels() throws Exception {
        Path file = dir.resolve("monkey.csv");
        Files.writeString(file, """
                How satisfied are you?,Would you recommend us?,Comments
                Response,Response,Open-Ended Response
                Very satisfied,Yes,Great
                """);

        Preview preview = SurveyFiles.preview(file, ReadOptions.DETECT);

        assertThat(preview.layout()).isEqualTo(HeaderLayout.SURVEYMONKEY);
        assertThat(preview.columns()).extracting(SourceColumn::name)
                .containsExactly("How satisfied are you?", "Would you recommend us?", "Comments");
        assertThat(preview.sampleRows().get(0).rowNumber()).isEqualTo(3);
    }
}
