package org.cxlens.importer;

import static org.cxlens.testing.TestFiles.sha256;
import static org.cxlens.testing.TestFiles.sqlRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cxlens.domain.CancelledException;
import org.cxlens.domain.ColumnRole;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Progress;
import org.cxlens.domain.Scale;
import org.cxlens.importer.mapping.ColumnMapping;
import org.cxlens.importer.mapping.Mapping;
import org.cxlens.importer.mapping.MappingProfile;
import org.cxlens.importer.mapping.Shape;
import org.cxlens.storage.ProjectFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input through the whole import, into a real project file that already holds one import:
 * a refused file names itself (and where it went wrong), and leaves the project byte for byte as
 * it was; a file with bad cells imports its good data and records each bad cell as a problem.
 */
class BadInputImportTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    private Path project;

    @BeforeEach
    void projectWithOneImport() throws Exception {
        project = dir.resolve("project.cxlens");
        Path first = Files.writeString(dir.resolve("first.csv"), "id,Website,Delivery\nA1,8,7\nA2,9,6\n");
        try (ProjectFile target = ProjectFile.create(project)) {
            SurveyImport.run(first, ReadOptions.DETECT, null, false, target, Progress.NONE);
        }
    }

    private SurveyImport.Result importFile(Path file, Mapping mapping, Progress progress) throws CxLensException {
        try (ProjectFile target = ProjectFile.open(project)) {
            return SurveyImport.run(file, ReadOptions.DETECT, mapping, false, target, progress);
        }
    }

    /** Imports the file expecting a refusal; checks that the project file did not change at all. */
    private CxLensException refused(Path file, Mapping mapping, Progress progress) throws Exception {
        String before = sha256(project);
        CxLensException e = catchThrowableOfType(CxLensException.class, () -> importFile(file, mapping, progress));
        assertThat(e).as("refusal of " + file.getFileName()).isNotNull();
        assertThat(sha256(project)).as("project file unchanged").isEqualTo(before);
        assertThat(Path.of(project + "-wal")).doesNotExist();
        return e;
    }

    private CxLensException refused(Path file) throws Exception {
        return refused(file, null, Progress.NONE);
    }

    /** Problems of the second import: row, column, raw value, reason code. */
    private List<String> problems() throws Exception {
        return sqlRows(project, "SELECT row, column_name, raw_value, reason_code FROM problems WHERE import_id = 2 "
                + "ORDER BY row, column_name");
    }

    /** id, Website and Delivery on 0–10: the columns of most files here. */
    private static Mapping websiteAndDelivery() {
        return new Mapping(Shape.WIDE, HeaderLayout.SINGLE, null, List.of(
                ColumnMapping.of("id", ColumnRole.RESPONDENT_ID),
                ColumnMapping.touchpointScore("Website", "Website", Scale.of(0, 10), 1),
                ColumnMapping.touchpointScore("Delivery", "Delivery", Scale.of(0, 10), 2)), null, null);
    }

    private static byte[] xlsxBytes() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            TestWorkbooks.fill(wb.createSheet("Antwoorden"), List.of(List.of("id", "Website"), List.of("1", "8")));
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void emptyFile() throws Exception {
        Path file = Files.write(dir.resolve("leeg.csv"), new byte[0]);

        assertThat(refused(file).getMessage()).isEqualTo("The file leeg.csv is empty (0 bytes).");
    }

    @Test
    void headerOnlyIsRefusedAndTheProjectIsUnchanged() throws Exception {
        Path file = Files.writeString(dir.resolve("alleen-kop.csv"), "id,Website,Delivery\r\n");

        assertThat(refused(file).getMessage())
                .isEqualTo("The file alleen-kop.csv has a header but no data rows; nothing was imported.");
        assertThat(sqlRows(project, "SELECT count(*) FROM imports")).containsExactly("1");
    }

    @Test
    void garbageNamedXlsx() throws Exception {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        Path file = Files.write(dir.resolve("antwoorden.xlsx"), garbage);

        assertThat(refused(file).getMessage()).isEqualTo(
                "The file antwoorden.xlsx is not a CSV, XLSX or XLS file; save it in one of those formats and try again.");
    }

    @Test
    void encryptedXlsx() throws Exception {
        Path file = dir.resolve("geheim.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("welkom01");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(xlsxBytes());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        assertThat(refused(file).getMessage()).isEqualTo(
                "The file geheim.xlsx is password protected; remove the password in Excel and try again.");
    }

    @Test
    void truncatedZip() throws Exception {
        byte[] whole = xlsxBytes();
        Path file = Files.write(dir.resolve("half.xlsx"), Arrays.copyOf(whole, whole.length * 2 / 3));

        assertThat(refused(file).getMessage()).isEqualTo(
                "The workbook half.xlsx is damaged or incomplete; open it in Excel, save it again and try again.");
    }

    @Test
    void windows1252CsvImportsIntact() throws Exception {
        Path file = Files.write(dir.resolve("meting.csv"),
                "Respondentnummer;Rapportcijfer Factuur;Toelichting\r\n1;7,5;Afdeling Financiën was prima\r\n2;n.v.t.;Geen ideeën\r\n"
                        .getBytes(WINDOWS_1252));

        SurveyImport.Result result = importFile(file, null, Progress.NONE);

        assertThat(result.counts().respondents()).isEqualTo(2);
        assertThat(problems()).isEmpty();
        assertThat(sqlRows(project, "SELECT r.external_id, a.score FROM responses a JOIN respondents r ON r.id = a.respondent_id "
                + "WHERE r.import_id = 2")).containsExactly("1|7.5");
        assertThat(sqlRows(project, "SELECT c.text FROM comments c JOIN respondents r ON r.id = c.respondent_id "
                + "WHERE r.import_id = 2 ORDER BY r.id"))
                .containsExactly("Afdeling Financiën was prima", "Geen ideeën");
    }

    @Test
    void raggedRowsKeepTheirValidCells() throws Exception {
        // Past the 200 rows the preview looks at, so the header decides the width.
        StringBuilder csv = new StringBuilder("id,Website,Delivery\n");
        for (int i = 1; i <= 250; i++) {
            csv.append('B').append(i).append(",8,7\n");
        }
        csv.append("B251,9\nB252,6,5,4\n");
        Path file = Files.writeString(dir.resolve("rafelig.csv"), csv);

        SurveyImport.Result result = importFile(file, websiteAndDelivery(), Progress.NONE);

        assertThat(result.counts().respondents()).isEqualTo(252);
        assertThat(problems()).containsExactly("252|null|null|importer.load.shortRow",
                "253|null|4|importer.load.extraCells");
        assertThat(sqlRows(project, "SELECT r.external_id, a.touchpoint, a.score FROM responses a JOIN respondents r "
                + "ON r.id = a.respondent_id WHERE r.external_id IN ('B251', 'B252') ORDER BY r.id, a.touchpoint_id"))
                .containsExactly("B251|Website|9.0", "B252|Website|6.0", "B252|Delivery|5.0");
    }

    @Test
    void duplicateHeadersAreTwoColumns() throws Exception {
        Path file = Files.writeString(dir.resolve("dubbel.csv"), "id,Regio,Regio,Website\nC1,Noord,Oost,8\n");

        SurveyImport.Result result = importFile(file, null, Progress.NONE);

        assertThat(result.preview().columns()).extracting(SourceColumn::name)
                .containsExactly("id", "Regio", "Regio (2)", "Website");
        assertThat(sqlRows(project, "SELECT a.name || '=' || a.value FROM respondent_attributes a JOIN respondents r "
                + "ON r.id = a.respondent_id WHERE r.external_id = 'C1' AND a.name LIKE 'Regio%' ORDER BY a.value"))
                .containsExactly("Regio=Noord", "Regio (2)=Oost");
    }

    @Test
    void duplicateIdSkipsTheLaterRow() throws Exception {
        Path file = Files.writeString(dir.resolve("dubbele-id.csv"), "id,Website\nD1,8\nD2,7\nD1,3\n");

        SurveyImport.Result result = importFile(file, null, Progress.NONE);

        assertThat(result.counts().respondents()).isEqualTo(2);
        assertThat(result.counts().rowsSkipped()).isEqualTo(1);
        assertThat(problems()).containsExactly("4|id|D1|importer.load.duplicateId");
        assertThat(sqlRows(project, "SELECT r.external_id, a.score FROM responses a JOIN respondents r ON r.id = a.respondent_id "
                + "WHERE r.import_id = 2 ORDER BY r.id")).containsExactly("D1|8.0", "D2|7.0");
    }

    @Test
    void outOfRangeScoreIsMissingAndTheRowIsKept() throws Exception {
        Path file = Files.writeString(dir.resolve("bereik.csv"), "id,Website,Delivery\nE1,8,12\nE2,-1,6\n");

        SurveyImport.Result result = importFile(file, websiteAndDelivery(), Progress.NONE);

        assertThat(result.counts().respondents()).isEqualTo(2);
        assertThat(problems()).containsExactly("2|Delivery|12|importer.load.outOfScale",
                "3|Website|-1|importer.load.outOfScale");
        assertThat(sqlRows(project, "SELECT r.external_id, a.touchpoint, a.score FROM responses a "
                + "JOIN respondents r ON r.id = a.respondent_id WHERE r.import_id = 2 ORDER BY r.id, a.touchpoint_id"))
                .containsExactly("E1|Website|8.0", "E2|Delivery|6.0");
    }

    @Test
    void profileNamingAMissingColumn() throws Exception {
        Path file = Files.writeString(dir.resolve("golf2.csv"), "id,Website\nF1,8\n");
        Mapping mapping = MappingProfile.fromJson("""
                {"version": 1, "shape": "WIDE", "columns": [
                  {"column": "id", "role": "RESPONDENT_ID"},
                  {"column": "Website", "role": "TOUCHPOINT_SCORE", "touchpoint": "Website", "scale": "0-10"},
                  {"column": "Delivery", "role": "TOUCHPOINT_SCORE", "touchpoint": "Delivery", "scale": "0-10"}]}
                """, "golf.json");

        CxLensException e = refused(file, mapping, Progress.NONE);

        assertThat(e.getMessage()).isEqualTo("The mapping names column “Delivery”, which is not in golf2.csv; "
                + "remove it from the mapping or choose the right file.");
    }

    @Test
    void cancelMidImportLeavesTheFileUnchanged() throws Exception {
        StringBuilder csv = new StringBuilder("id,Website,Delivery\n");
        for (int i = 1; i <= 5000; i++) {
            csv.append("G").append(i).append(',').append(i % 11).append(',').append(i % 7).append('\n');
        }
        Path file = Files.writeString(dir.resolve("groot.csv"), csv);
        long[] seen = {0};
        Progress cancelAfter2000 = new Progress() {
            @Override
            public void update(long done, long total) {
                seen[0] = done;
            }

            @Override
            public boolean isCancelled() {
                return seen[0] >= 2000;
            }
        };

        CxLensException e = refused(file, null, cancelAfter2000);

        assertThat(e).isInstanceOf(CancelledException.class);
        assertThat(seen[0]).isBetween(2000L, 4999L);
    }

    @Test
    void badBytesAfterTheSniffedPrefixStopTheImport() throws Exception {
        // UTF-8 (é) at the start; an invalid byte far beyond the 1 MiB the sniffer looks at.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("id,Website,Opmerking\n".getBytes(StandardCharsets.UTF_8));
        int row = 1;
        while (bytes.size() < 1_300_000) {
            bytes.write(("H" + row++ + ",8,café prima\n").getBytes(StandardCharsets.UTF_8));
        }
        int badLine = row + 1;
        bytes.write(("H" + row + ",7,kapot ").getBytes(StandardCharsets.UTF_8));
        bytes.write(0xFF);
        bytes.write("\n".getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("laat-kapot.csv"), bytes.toByteArray());

        CxLensException e = refused(file);

        assertThat(e.getMessage()).isEqualTo(
                "The file laat-kapot.csv is not valid UTF-8 text on line " + badLine + "; give its encoding with --encoding"
                        + " (for example windows-1252, utf-8, utf-16le or cp949) or as \"encoding\" in the mapping file.");
    }

    @Test
    void workbookDamagedAfterThePreviewNamesSheetAndRow() throws Exception {
        List<List<String>> rows = new ArrayList<>(List.of(List.of("id", "Website")));
        for (int i = 1; i <= 400; i++) {
            rows.add(List.of("K" + i, Integer.toString(i % 11)));
        }
        Path whole = TestWorkbooks.xlsx(dir.resolve("heel.xlsx"), "Antwoorden", rows);
        // Break the XML of spreadsheet row 350, well past the 200 rows the preview reads.
        Path file = dir.resolve("beschadigd.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(whole));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    assertThat(xml).contains("<row r=\"350\"");
                    content = xml.replace("<row r=\"350\"", "<row r=\"350\" <<").getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(content);
                out.closeEntry();
            }
        }

        CxLensException e = refused(file, websiteOnly(), Progress.NONE);

        assertThat(e.getMessage()).isEqualTo("Sheet \"Antwoorden\" of beschadigd.xlsx is damaged near row 350; "
                + "open it in Excel, save it again and try again.");
    }

    private static Mapping websiteOnly() {
        return new Mapping(Shape.WIDE, HeaderLayout.SINGLE, null, List.of(
                ColumnMapping.of("id", ColumnRole.RESPONDENT_ID),
                ColumnMapping.touchpointScore("Website", "Website", Scale.of(0, 10), 1)), null, null);
    }
}
