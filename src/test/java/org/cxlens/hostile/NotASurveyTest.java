package org.cxlens.hostile;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Progress;
import org.cxlens.importer.DialectOverrides;
import org.cxlens.importer.Preview;
import org.cxlens.importer.ReadOptions;
import org.cxlens.importer.SourceColumn;
import org.cxlens.importer.SurveyFiles;
import org.cxlens.workspace.ImportSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are no table of responses: a header without data rows (any format) is refused
 * before anything is written; README, licence, JSON and Markdown texts are refused as what they
 * are. Small one- and two-column survey files, and the real exports of the development set,
 * still read.
 */
@Timeout(value = 60, unit = SECONDS)
class NotASurveyTest {

    private static final String README = """
            # CX Lens

            CX Lens imports customer-survey spreadsheets into a local project file and classifies
            every respondent as indifferent, satisfied or delighted.

            ## Building

            ```
            ./mvnw verify
            ```

            - Java 17 or later
            - See [the design](docs/DESIGN.md) for the architecture.
            """;
    private static final String MIT = """
            MIT License

            Copyright (c) 2024 Example Corp

            Permission is hereby granted, free of charge, to any person obtaining a copy
            of this software and associated documentation files (the "Software"), to deal
            in the Software without restriction, including without limitation the rights
            to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
            copies of the Software, and to permit persons to whom the Software is
            furnished to do so, subject to the following conditions:

            The above copyright notice and this permission notice shall be included in all
            copies or substantial portions of the Software.
            """;

    @TempDir
    Path dir;

    private Path project;

    @BeforeEach
    void projectWithOneImport() throws Exception {
        project = dir.resolve("project.cxlens");
        Path first = write("first.csv", "id,Website,Delivery\nA1,8,7\nA2,9,6\n");
        new ImportSession(first).importInto(project, ReadOptions.DETECT, null, null, false, Progress.NONE, 0);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** Imports the file into the project expecting a refusal; the project file must not change. */
    private String refusedImport(Path file) throws Exception {
        String before = sha256(project);
        CxLensException e = catchThrowableOfType(CxLensException.class, () -> new ImportSession(file)
                .importInto(project, ReadOptions.DETECT, null, null, false, Progress.NONE, 0));
        assertThat(e).as("refusal of " + file.getFileName()).isNotNull();
        assertThat(sha256(project)).as("project file unchanged").isEqualTo(before);
        return e.getMessage();
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void headerOnlyCsvIsRefusedAndNoNewProjectIsLeft() throws Exception {
        Path file = write("kop.csv", "id;Website;Delivery\r\n\r\n");
        Path fresh = dir.resolve("nieuw.cxlens");

        assertThat(refusedImport(file)).isEqualTo("The file kop.csv has a header but no data rows; nothing was imported.");
        assertThat(catchThrowableOfType(CxLensException.class, () -> new ImportSession(file)
                .importInto(fresh, ReadOptions.DETECT, null, null, false, Progress.NONE, 0))).isNotNull();
        assertThat(fresh).doesNotExist();
    }

    @Test
    void headerOnlyWorkbooksAreRefusedWithTheirSheet() throws Exception {
        Path xlsx = workbook(new XSSFWorkbook(), dir.resolve("kop.xlsx"));
        Path xls = workbook(new HSSFWorkbook(), dir.resolve("kop.xls"));

        assertThat(refusedImport(xlsx))
                .isEqualTo("Sheet \"Antwoorden\" of kop.xlsx has a header but no data rows; nothing was imported.");
        assertThat(refusedImport(xls))
                .isEqualTo("Sheet \"Antwoorden\" of kop.xls has a header but no data rows; nothing was imported.");
    }

    @Test
    void headerOnlyIsAlsoWhatTheCheckBeforeImportSays() throws Exception {
        Path file = write("kop.csv", "id,Website\n");
        ImportSession session = new ImportSession(file);
        Preview preview = session.preview(ReadOptions.DETECT);
        var mapping = session.suggest(preview, DialectOverrides.NONE).suggestion().mapping();

        CxLensException e = catchThrowableOfType(CxLensException.class,
                () -> session.check(ReadOptions.DETECT, mapping, null, null, Progress.NONE));

        assertThat(e.userMessage().key()).isEqualTo("importer.read.noDataRows");
    }

    private static Path workbook(Workbook wb, Path file) throws IOException {
        try (wb; OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Antwoorden");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("id");
            header.createCell(1).setCellValue("Website");
            wb.write(out);
        }
        return file;
    }

    @Test
    void readmeIsMarkdownNotATable() throws Exception {
        assertThat(refusedImport(write("README.md", README))).isEqualTo("The file README.md is a Markdown document,"
                + " not a table of responses; export the survey answers as CSV, XLSX or XLS and import that file.");
    }

    @Test
    void changelogWithOnlyHeadingsAndListsIsMarkdown() throws Exception {
        Path file = write("CHANGES.md", "# Changes\n\n## 1.2\n\n- Faster import\n- Dutch labels\n\n## 1.1\n\n- First release\n");

        assertThat(refusal(file).userMessage().key()).isEqualTo("importer.read.notATable.MARKDOWN");
    }

    @Test
    void licenceIsRunningTextNotATable() throws Exception {
        assertThat(refusedImport(write("LICENSE", MIT))).isEqualTo("The file LICENSE is running text (such as a README"
                + " or a licence), not a table of responses; export the survey answers as CSV, XLSX or XLS and import that file.");
    }

    @Test
    void plainTextReadmeIsRunningText() throws Exception {
        Path file = write("README.txt", """
                Survey tools

                These scripts clean the exports of our customer survey before they go to the client;
                run them in the order given below and keep the originals somewhere safe.

                Questions go to the analytics team, who maintain the scripts and the templates.
                """);

        assertThat(refusal(file).userMessage().key()).isEqualTo("importer.read.notATable.PROSE");
    }

    @Test
    void oneLongLineOfTextIsRunningText() throws Exception {
        Path file = write("notes.txt", "This is a single line of notes about the survey that someone saved as text,"
                + " with no header and no rows at all, only words.\n");

        assertThat(refusal(file).userMessage().key()).isEqualTo("importer.read.notATable.PROSE");
    }

    @Test
    void jsonObjectsArraysAndLinesAreJson() throws Exception {
        List<Path> files = List.of(
                write("package.json", "{\n  \"name\": \"cxlens\",\n  \"version\": \"1.0.0\",\n  \"private\": true\n}\n"),
                write("answers.json", "[\n  {\"id\": 1, \"score\": 8},\n  {\"id\": 2, \"score\": 9}\n]\n"),
                write("answers.jsonl", "{\"id\": 1, \"score\": 8}\n{\"id\": 2, \"score\": 9}\n{\"id\": 3, \"score\": 6}\n"),
                Files.write(dir.resolve("bom.json"), ("\uFEFF  [\"a\", \"b\"]").getBytes(StandardCharsets.UTF_8)));

        for (Path file : files) {
            assertThat(refusal(file).getMessage()).as(file.getFileName().toString()).isEqualTo("The file "
                    + file.getFileName() + " holds JSON, not a table of responses; export the survey answers as CSV,"
                    + " XLSX or XLS and import that file.");
        }
        assertThat(refusedImport(files.get(0))).contains("holds JSON");
    }

    @Test
    void markdownTableIsMarkdown() throws Exception {
        Path file = write("scores.md", "| id | score |\n|----|:-----:|\n| 1 | 8 |\n| 2 | 9 |\n");

        assertThat(refusal(file).userMessage().key()).isEqualTo("importer.read.notATable.MARKDOWN");
    }

    @Test
    void smallOneAndTwoColumnSurveysStillRead() throws Exception {
        List<Path> files = List.of(
                write("scores.csv", "score\n8\n9\n7\n10\n"),
                write("visits.csv", "# of visits\n3\n1\n\n4\n"),
                write("id-score.csv", "id,score\n1,8\n2,9\n"),
                write("comments.csv", "Comment\nThe delivery was late and the driver did not ring the bell at all\n"
                        + "Friendly staff who took the time to explain every option to us clearly\n"
                        + "Nothing to add\n"),
                write("bracketed.csv", "[1] Website,[2] Delivery\n8,7\n9,6\n"),
                write("qualtrics.csv", "Q1,Q2\n\"How satisfied are you with our website, overall?\",\"Delivery\"\n"
                        + "\"{\"\"ImportId\"\":\"\"QID1\"\"}\",\"{\"\"ImportId\"\":\"\"QID2\"\"}\"\n8,7\n"),
                write("long-comments.csv", "id,score,comment\n"
                        + "1,8,\"A long comment, written over two lines,\nabout the whole experience we had with the shop\"\n"
                        + "2,9,short\n"));

        for (Path file : files) {
            Preview preview = SurveyFiles.preview(file, ReadOptions.DETECT);
            assertThat(preview.sampleRows()).as(file.getFileName().toString()).isNotEmpty();
        }
        assertThat(SurveyFiles.preview(files.get(1), ReadOptions.DETECT).columns())
                .extracting(SourceColumn::name).containsExactly("# of visits");
    }

    @Test
    void theDevelopmentSetStillReads() throws Exception {
        Path devSurveys = Path.of("..", "shared", "dev-surveys");
        assumeTrue(Files.isDirectory(devSurveys), "no ../shared/dev-surveys here");
        List<Path> surveys;
        try (Stream<Path> files = Files.walk(devSurveys)) {
            surveys = files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().matches(".*\\.(csv|tsv|xlsx)"))
                    .sorted().toList();
        }

        assertThat(surveys).hasSizeGreaterThanOrEqualTo(11);
        for (Path file : surveys) {
            assertThat(SurveyFiles.preview(file, ReadOptions.DETECT).sampleRows()).as(file.toString()).isNotEmpty();
        }
    }

    private static CxLensException refusal(Path file) {
        CxLensException e = catchThrowableOfType(CxLensException.class,
                () -> SurveyFiles.preview(file, ReadOptions.DETECT));
        assertThat(e).as("refusal of " + file.getFileName()).isNotNull();
        return e;
    }
}
