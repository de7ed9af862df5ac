package org.cxlens.hostile;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.ImportProblem;
import org.cxlens.domain.Progress;
import org.cxlens.importer.Preview;
import org.cxlens.importer.ReadOptions;
import org.cxlens.importer.RowSource;
import org.cxlens.importer.SourceRow;
import org.cxlens.importer.SurveyFiles;
import org.cxlens.workspace.ImportSession;
import org.cxlens.workspace.Imported;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV files made to hang or exhaust the reader: each ends quickly with one sentence naming file,
 * line and column, or reads. The issue's full-size files are made here too where they are cheap
 * (a 200,000-row file, 20,000 columns); the 20 MB cell is run once in a child JVM with a 512 MB heap.
 */
@Timeout(value = 60, unit = SECONDS)
class HostileCsvTest {

    @TempDir
    Path dir;

    private static CxLensException refusal(Path file) {
        CxLensException e = catchThrowableOfType(CxLensException.class,
                () -> SurveyFiles.preview(file, ReadOptions.DETECT));
        assertThat(e).as("refusal of " + file.getFileName()).isNotNull();
        return e;
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void unclosedQuoteOnLineTwoOfA200000RowFileIsReportedAtItsLine() throws Exception {
        Path file = dir.resolve("stray-quote.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("id,score,comment\n1,8,\"oops\n");
            for (int i = 2; i <= 200_000; i++) {
                w.write(i + "," + (i % 11) + ",fine\n");
            }
        }
        long start = System.nanoTime();

        CxLensException e = refusal(file);

        assertThat(e.getMessage()).isEqualTo(
                "The file stray-quote.csv has a quoted field starting on line 2 that is never closed.");
        assertThat((System.nanoTime() - start) / 1e9).as("seconds").isLessThan(10);
    }

    @Test
    void strayQuoteClosedByALaterQuotedFieldIsStillAnUnclosedQuote() throws Exception {
        StringBuilder text = new StringBuilder("id,comment\n1,\"oops\n");
        for (int i = 2; i < 1000; i++) {
            text.append(i).append(",fine\n");
        }
        // The next opening quote "closes" the stray one, followed by text: no real end of a field.
        text.append("1000,\"a quoted, real comment\"\n");

        CxLensException e = refusal(write("later-quote.csv", text.toString()));

        assertThat(e.getMessage()).isEqualTo(
                "The file later-quote.csv has a quoted field starting on line 2 that is never closed.");
    }

    @Test
    void quotedCellFullOfLineBreaksIsRefusedWithItsRowAndColumn() throws Exception {
        Path file = dir.resolve("breaks.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("id,score,comment\n1,8,fine\n2,7,\"");
            for (int i = 0; i < 200_000; i++) {
                w.write("line\n");
            }
            w.write("end\"\n3,9,fine\n");
        }

        CxLensException e = refusal(file);

        assertThat(e.getMessage()).isEqualTo("The file breaks.csv has a quoted cell in column 3, starting on line 3,"
                + " with more than 253 line breaks (the most Excel allows in a cell).");
    }

    @Test
    void cellOfMoreThanAHundredThousandCharactersIsRefusedWithItsRowAndColumn() throws Exception {
        String huge = "x".repeat(100_001);
        Path file = write("long-cell.csv", "id,comment,score\n1,short,8\n2," + huge + ",7\n");

        CxLensException e = refusal(file);

        assertThat(e.getMessage()).isEqualTo("The file long-cell.csv has a cell longer than 100,000 characters"
                + ", three times what Excel allows in a cell, in column 2 of the row on line 3.");
    }

    @Test
    void quotedCellOfMoreThanAHundredThousandCharactersIsRefusedNotTakenForAStrayQuote() throws Exception {
        String huge = "word, ".repeat(20_000);
        Path file = write("long-quoted.csv", "id,comment\n1,\"" + huge + "\"\n2,short\n");

        CxLensException e = refusal(file);

        assertThat(e.getMessage()).isEqualTo("The file long-quoted.csv has a cell longer than 100,000 characters"
                + ", three times what Excel allows in a cell, in column 2 of the row on line 2.");
    }

    @Test
    void twentyThousandColumnsAreRefusedBeyondExcelsLimit() throws Exception {
        Path file = dir.resolve("wide.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            for (int row = 0; row < 3; row++) {
                for (int c = 0; c < 20_000; c++) {
                    w.write((c == 0 ? "" : ",") + (row == 0 ? "q" + c : String.valueOf(c % 10)));
                }
                w.write("\n");
            }
        }

        CxLensException e = refusal(file);

        assertThat(e.getMessage()).isEqualTo(
                "The file wide.csv has more than 16,384 columns (the most Excel allows) in the row on line 1.");
    }

    @Test
    void exactlyExcelsColumnLimitStillReads() throws Exception {
        StringBuilder header = new StringBuilder("id");
        StringBuilder row = new StringBuilder("1");
        for (int c = 1; c < 16_384; c++) {
            header.append(",q").append(c);
            row.append(',').append(c % 10);
        }
        Path file = write("widest.csv", header + "\n" + row + "\n");

        Preview preview = SurveyFiles.preview(file, ReadOptions.DETECT);

        assertThat(preview.columns()).hasSize(16_384);
        assertThat(preview.sampleRows().get(0).cells()[16_383]).isEqualTo("3");
    }

    @Test
    void rowOfMoreThanFourMillionCharactersIsRefused() throws Exception {
        String cell = "y".repeat(30_000);
        Path file = dir.resolve("fat-row.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("id,a,b\n1,2,3\n2");
            for (int c = 0; c < 150; c++) {
                w.write("," + cell);
            }
            w.write("\n");
        }

        CxLensException e = refusal(file);

        assertThat(e.getMessage())
                .isEqualTo("The file fat-row.csv has a row of more than 4,194,304 characters starting on line 3.");
    }

    /** Quoted fields spanning many lines, as a comments column has: read in time linear in the file. */
    @Test
    void manyMultiLineCommentsReadInOnePass() throws Exception {
        Path file = dir.resolve("comments.csv");
        String comment = "\"" + "A line of the comment, with a comma\n".repeat(250) + "end\"";
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("id,score,comment\n");
            for (int i = 1; i <= 2000; i++) {
                w.write(i + "," + (i % 11) + "," + comment + "\n");
            }
        }
        Preview preview = SurveyFiles.preview(file, ReadOptions.DETECT);
        long start = System.nanoTime();

        List<SourceRow> rows = readAll(file, preview);

        assertThat((System.nanoTime() - start) / 1e9).as("seconds for 18 MB").isLessThan(10);
        assertThat(rows).hasSize(2000);
        assertThat(rows.get(1999).rowNumber()).isEqualTo(2 + 1999 * 251);
        assertThat(rows.get(1999).cells()[2]).hasLineCount(251).endsWith("\nend");
    }

    @Test
    void strayNulByteInASmallCsvIsRemovedAndItsCellListed() throws Exception {
        byte[] bytes = "id,Website,Delivery\n1,8,7\n2,9,\u00006\n3,4,10\n".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("nul.csv"), bytes);

        Imported done = importIntoNewProject(file);

        assertThat(done.result().counts().respondents()).isEqualTo(3);
        assertThat(done.firstProblems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::rawValue)
                .containsExactly(tuple(3, "Delivery", "6"));
        assertThat(done.firstProblems()).extracting(p -> p.reason().key()).contains("importer.load.controlCharacters");
        assertThat(done.firstProblems()).extracting(p -> p.reason().key()).doesNotContain("importer.load.notNumber");
    }

    @Test
    void strayEscapeCharacterInAHeaderAndACommentReads() throws Exception {
        Path file = write("esc.csv", "id,score,comm\u001Bent\n1,8,great\n2,6,slow \u0007delivery\n");

        Preview preview = SurveyFiles.preview(file, ReadOptions.DETECT);
        List<SourceRow> rows = readAll(file, preview);

        assertThat(preview.columns()).extracting(c -> c.name()).containsExactly("id", "score", "comment");
        assertThat(rows.get(1).cells()).containsExactly("2", "6", "slow delivery");
    }

    @Test
    void binaryFilesAreStillNotCsv() throws Exception {
        byte[] random = new byte[4096];
        new Random(11).nextBytes(random);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89};

        for (Path file : List.of(Files.write(dir.resolve("random.csv"), random), Files.write(dir.resolve("pixel.csv"), png))) {
            assertThat(refusal(file).userMessage().key()).as(file.getFileName().toString())
                    .isEqualTo("importer.read.unsupported");
        }
    }

    /** The heap bound of the issue: the full-size 20 MB cell, through the CLI in a 512 MB JVM. */
    @Test
    void twentyMegabyteCellEndsQuicklyInASmallHeap() throws Exception {
        Path file = dir.resolve("bomb.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("id,score,comment\n1,8,\"".getBytes(StandardCharsets.US_ASCII));
            byte[] line = "Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n".getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written < 20L << 20; written += line.length) {
                out.write(line);
            }
            out.write("\"\n2,7,ok\n".getBytes(StandardCharsets.US_ASCII));
        }
        Path project = dir.resolve("p.cxlens");

        CliChildProcess run = CliChildProcess.run(dir.resolve("home"), "-Xmx512m",
                "import", file.toString(), "--project", project.toString());

        assertThat(run.process().exitValue()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("The file bomb.csv has a quoted cell in column 3, starting on line 2,"
                + " with more than 253 line breaks (the most Excel allows in a cell).");
        assertThat(project).doesNotExist();
    }

    private Imported importIntoNewProject(Path file) throws CxLensException {
        return new ImportSession(file).importInto(dir.resolve("p.cxlens"), ReadOptions.DETECT, null, null, false,
                Progress.NONE, 100);
    }

    private static List<SourceRow> readAll(Path file, Preview preview) throws CxLensException {
        List<SourceRow> rows = new ArrayList<>();
        try (RowSource source = SurveyFiles.openData(file, preview)) {
            SourceRow row;
            while ((row = source.next()) != null) {
                rows.add(row);
            }
        }
        return rows;
    }
}
