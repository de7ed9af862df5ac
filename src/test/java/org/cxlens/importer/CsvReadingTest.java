package org.cxlens.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReadingTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static List<SourceRow> readAll(Path file, Preview preview) throws Exception {
        List<SourceRow> rows = new ArrayList<>();
        try (RowSource source = SurveyFiles.openData(file, preview)) {
            SourceRow row;
            while ((row = source.next()) != null) {
                rows.add(row);
            }
            assertThat(source.fractionRead()).isEqualTo(1.0);
        }
        return rows;
    }

    @Test
    void quotedNewlinesStayInTheCellAndRowNumbersAreTheFirstLineOfEachRecord() throws Exception {
        String text = "id,comment,score\r\n"
                + "1,\"Line one\r\nline two\",8\r\n"
                + "2,plain,7\r\n"
                + "3,\"a\n\nb \"\"quoted\"\"\",9\r\n"
                + "4,last,6\r\n";
        Path file = write("comments.csv", text);

        Preview preview = SurveyFiles.preview(file, ReadOptions.DETECT);
        List<SourceRow> rows = readAll(file, preview);

        assertThat(rows).extracting(SourceRow::rowNumber).containsExactly(2, 4, 5, 8);
        assertThat(rows.get(0).cells()).containsExactly("1", "Line one\nline two", "8");
        assertThat(rows.get(2).cells()).containsExactly("3", "a\n\nb \"quoted\"", "9");
        assertThat(preview.sampleRows()).extracting(SourceRow::rowNumber).containsExactly(2, 4, 5, 8);
    }

    @Test
    void blankLinesAreSkippedButCountForRowNumbers() throws Exception {
        Path file = write("gaps.csv", "id,score\n\n1,5\n\n\n2,4\n");

        List<SourceRow> rows = readAll(file, SurveyFiles.preview(file, ReadOptions.DETECT));

        assertThat(rows).extracting(SourceRow::rowNumber).containsExactly(3, 6);
    }

    @Test
    void raggedRowsAreDeliveredAsTheyAre() throws Exception {
        Path file = write("ragged.csv", "a,b,c\n1,2\n1,2,3,4\n1,2,3\n");

        List<SourceRow> rows = readAll(file, SurveyFiles.preview(file, ReadOptions.DETECT));

        assertThat(rows).extracting(r -> r.cells().length).containsExactly(2, 4, 3);
        assertThat(rows.get(1).cells()[3]).isEqualTo("4");
    }

    @Test
    void trailingEmptyColumnsAreDroppedButTrailingDataIsKept() throws Exception {
        // Legacy exports end every line with extra commas.
        Path file = write("trailing.csv", "a,b,,,\n1,2,,,\n3,4,,,\n");

        Preview preview = SurveyFiles.preview(file, ReadOptions.DETECT);
        List<SourceRow> rows = readAll(file, preview);

        assertThat(preview.columns()).extracting(SourceColumn::name).containsExactly("a", "b");
        assertThat(rows).extracting(r -> r.cells().length).containsExactly(2, 2);
        assertThat(preview.sampleRows().get(0).cells()).containsExactly("1", "2");
    }

    @Test
    void dataBeyondTheHeaderGetsAColumn() throws Exception {
        Path file = write("extra.csv", "a,b\n1,2,x\n");

        Preview preview = SurveyFiles.preview(file, ReadOptions.DETECT);

        assertThat(preview.columns()).extracting(SourceColumn::name).containsExactly("a", "b", "Column C");
    }

    @Test
    void previewHoldsAtMost200RowsAndOpenDataStreamsThemAll() throws Exception {
        Path file = dir.resolve("big.csv");
        int count = 50_000;
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("respondent,department,score,comment\n");
            for (int i = 1; i <= count; i++) {
                w.write(i + ",Dept " + (i % 7) + "," + (i % 10) + ",");
                // Every 1000th comment spans two lines, shifting the line numbers of later rows.
                w.write(i % 1000 == 0 ? "\"two\nlines\"\n" : "ok\n");
            }
        }

        Preview preview = SurveyFiles.preview(file, ReadOptions.DETECT);
        assertThat(preview.sampleRows()).hasSize(200);

        List<SourceRow> rows = readAll(file, preview);
        assertThat(rows).hasSize(count);
        // Row i starts on line 1 + i + (number of two-line comments before it) = 1 + i + (i - 1) / 1000.
        assertThat(rows.get(0).rowNumber()).isEqualTo(2);
        assertThat(rows.get(999).rowNumber()).isEqualTo(1001);
        assertThat(rows.get(1000).rowNumber()).isEqualTo(1003);
        assertThat(rows.get(count - 1).rowNumber()).isEqualTo(1 + count + (count - 1) / 1000);
        assertThat(rows.get(count - 1).cells()).containsExactly("50000", "Dept 6", "0", "two\nlines");
    }

    @Test
    void fractionReadGrowsWhileStreaming() throws Exception {
        Path file = dir.resolve("progress.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("id,value\n");
            for (int i = 0; i < 200_000; i++) {
                w.write(i + ",x\n");
            }
        }
        Preview preview = SurveyFiles.preview(file, ReadOptions.DETECT);
        try (RowSource rows = SurveyFiles.openData(file, preview)) {
            for (int i = 0; i < 100_000; i++) {
                rows.next();
            }
            assertThat(rows.fractionRead()).isBetween(0.2, 0.8);
        }
    }

    @Test
    void headerOnlyFileGivesColumnsAndNoRows() throws Exception {
        Path file = write("header.csv", "id,score,comment\n");

        Preview preview = SurveyFiles.preview(file, ReadOptions.DETECT);

        assertThat(preview.columns()).hasSize(3);
        assertThat(preview.sampleRows()).isEmpty();
        assertThat(readAll(file, preview)).isEmpty();
    }
}
