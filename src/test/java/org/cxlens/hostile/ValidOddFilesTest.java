package org.cxlens.hostile;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.cxlens.testing.TestFiles.sha256;
import static org.cxlens.testing.TestFiles.sqlRows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.FilePassRecord;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cxlens.domain.ColumnRole;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Progress;
import org.cxlens.domain.Scale;
import org.cxlens.importer.HeaderLayout;
import org.cxlens.importer.ReadOptions;
import org.cxlens.importer.RowSource;
import org.cxlens.importer.SurveyFiles;
import org.cxlens.importer.mapping.ColumnMapping;
import org.cxlens.importer.mapping.Mapping;
import org.cxlens.importer.mapping.Shape;
import org.cxlens.workspace.ImportSession;
import org.cxlens.workspace.Imported;
import org.cxlens.workspace.SheetRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Valid workbooks that are odd in form are imported, not refused with a wrong reason; old Excel
 * formats and real passwords get their own clear refusal; a damaged .xls ends in one sentence. Each
 * file is made here: POI writes the workbook, and the odd forms are rewritten from its zip parts as
 * other writers produce them. Every import goes the way {@code cxlens import} goes, into a project
 * that already holds one import.
 *
 * <p>The survey in each workbook, checked by hand: A1 answered on 2023-03-15 (serial 45000) with
 * Website 8 and Delivery 7; A2 on 2023-03-16 at noon (45001.5) with no Website score and Delivery 6;
 * A3 on 2023-03-17 (45002) with Website 3 and Delivery 10.
 */
@Timeout(value = 60, unit = SECONDS)
class ValidOddFilesTest {

    private static final List<String> RESPONDENTS = List.of(
            "A1|2|2023-03-15", "A2|3|2023-03-16T12:00", "A3|4|2023-03-17");
    private static final List<String> SCORES = List.of(
            "A1|Website|8.0", "A1|Delivery|7.0", "A2|Delivery|6.0", "A3|Website|3.0", "A3|Delivery|10.0");
    private static final String SHEET_XML = "xl/worksheets/sheet1.xml";

    @TempDir
    Path dir;

    private Path project;

    @BeforeEach
    void projectWithOneImport() throws Exception {
        project = dir.resolve("project.cxlens");
        Path first = Files.writeString(dir.resolve("first.csv"), "id,Website,Delivery\nB1,8,7\n");
        new ImportSession(first).importInto(project, ReadOptions.DETECT, null, null, false, Progress.NONE, 10);
    }

    // ---- Strict Open XML, positions, styles ----------------------------------------------------------

    @Test
    void strictOpenXmlWorkbookWithIsoDates() throws Exception {
        Path file = rewritten("strict.xlsx", (name, xml) -> strict(isoDates(name, xml)));
        assertThat(text(file, SHEET_XML)).contains("purl.oclc.org/ooxml/spreadsheetml/main").contains("t=\"d\"");
        assertThat(text(file, "xl/_rels/workbook.xml.rels"))
                .contains("http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet");

        assertThat(new ImportSession(file).sheets(Progress.NONE)).containsExactly(new SheetRows("Survey", 3));
        assertImportedSurvey(file);
    }

    /** Some writers leave the position off rows, some off cells, some off both; each follows the order. */
    @ParameterizedTest
    @ValueSource(strings = {"row", "c", "row|c"})
    void rowsOrCellsWithoutPosition(String elements) throws Exception {
        Path file = rewritten("unnumbered.xlsx", (name, xml) -> name.equals(SHEET_XML)
                ? xml.replaceAll("<(" + elements + ") r=\"[A-Z]*[0-9]+\"", "<$1") : xml);
        String sheet = text(file, SHEET_XML);
        assertThat(sheet).doesNotContain(elements.contains("row") ? "<row r=" : "<c r=");
        // A2's empty Website cell is still there, without a position, so Delivery stays the fourth cell.
        assertThat(sheet).containsPattern("<c[^>]*/>");

        assertImportedSurvey(file);
    }

    /** A date cell written as ISO text (t="d") in an ordinary workbook, as openpyxl can write it. */
    @Test
    void isoDateCellsInATransitionalWorkbook() throws Exception {
        Path file = rewritten("iso.xlsx", this::isoDates);

        assertImportedSurvey(file);
    }

    /** Without styles every cell has the General format, so the dates come as serials: the importer reads those too. */
    @Test
    void workbookWithoutStylesPart() throws Exception {
        Path file = rewritten("unstyled.xlsx", (name, xml) -> name.equals("xl/styles.xml") ? null
                : xml.replaceAll("<Relationship [^>]*/styles\"/>", "").replaceAll("<Override [^>]*styles\\+xml\"[^>]*/>", "")
                        .replaceAll(" s=\"[0-9]+\"", ""));
        assertThat(entries(file)).doesNotContain("xl/styles.xml");
        assertThat(text(file, "[Content_Types].xml")).doesNotContain("styles");

        assertImportedSurvey(file);
    }

    // ---- impossible dates ---------------------------------------------------------------------------

    /**
     * Excel shows a date cell holding a negative serial or one past 9999-12-31 (2958465) as ########:
     * the import stores the respondent and names the cell as a problem, and reads the rest. (Before,
     * -5 became 1899-12-26 without a word, and 1e20 refused the .xlsx and crashed the .xls.)
     */
    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void impossibleDateSerialIsAProblemForThatCell(String kind) throws Exception {
        Path file = dir.resolve("dates." + kind);
        try (Workbook wb = kind.equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook()) {
            survey(wb, new double[] {-5, 2_958_466, 1e20});
            save(wb, file);
        }

        Imported done = importFile(file);

        assertThat(done.result().counts().respondents()).isEqualTo(3);
        assertThat(done.result().counts().problems()).isEqualTo(3);
        assertThat(imported("SELECT external_id, date FROM respondents WHERE import_id = 2 ORDER BY id"))
                .containsExactly("A1|null", "A2|null", "A3|null");
        assertThat(imported("SELECT row, column_name, raw_value, reason_code FROM problems WHERE import_id = 2 "
                + "ORDER BY row")).containsExactly(
                "2|Date|########|importer.load.badDate", "3|Date|########|importer.load.badDate",
                "4|Date|########|importer.load.badDate");
        assertThat(scores()).isEqualTo(SCORES);
    }

    // ---- encryption with Excel's default password ---------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = EncryptionMode.class, names = {"agile", "standard"})
    void xlsxEncryptedWithTheDefaultPasswordOpens(EncryptionMode mode) throws Exception {
        Path file = encryptedXlsx(mode, "VelvetSweatshop");

        assertImportedSurvey(file);
        assertThat(new ImportSession(file).sheets(Progress.NONE)).containsExactly(new SheetRows("Survey", 3));
    }

    @Test
    void xlsxWithARealPasswordIsRefused() throws Exception {
        Path file = encryptedXlsx(EncryptionMode.agile, "welkom01");

        assertThat(refused(file).getMessage()).isEqualTo(
                "The file survey.xlsx is password protected; remove the password in Excel and try again.");
    }

    /** XOR (Excel 95 style), RC4 and RC4 CryptoAPI, the three ways an .xls can be encrypted. */
    @ParameterizedTest
    @EnumSource(value = EncryptionMode.class, names = {"xor", "binaryRC4", "cryptoAPI"})
    void xlsEncryptedWithTheDefaultPasswordOpensAndARealPasswordIsRefused(EncryptionMode mode) throws Exception {
        Path open = encryptedXls(mode, "VelvetSweatshop", "velvet.xls");
        Path locked = encryptedXls(mode, "welkom01", "locked.xls");

        assertImportedSurvey(open);
        assertThat(refused(locked).getMessage()).isEqualTo(
                "The file locked.xls is password protected; remove the password in Excel and try again.");
    }

    // ---- formats older than Excel 97 ------------------------------------------------------------------

    /** The BOF record of Excel 2, 3 and 4 (BIFF2/3/4): a type, a length, a version and a worksheet type. */
    @ParameterizedTest
    @ValueSource(ints = {0x0009, 0x0209, 0x0409})
    void excel2To4IsRefusedAsOlderThanExcel97(int bof) throws Exception {
        int length = bof == 0x0009 ? 4 : 6;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) bof, (byte) (bof >> 8), (byte) length, 0, 0, 0, 0x10, 0});
        bytes.writeBytes(new byte[length - 4]);
        bytes.writeBytes(new byte[] {0x0A, 0, 0, 0}); // EOF record
        Path file = Files.write(dir.resolve("oud.xls"), bytes.toByteArray());

        assertThat(refused(file).getMessage()).isEqualTo(
                "The file oud.xls is in an Excel format older than Excel 97; save it as XLSX and try again.");
    }

    // ---- an empty first sheet ---------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void emptyFirstSheetNamesTheSheetsWithRows(String kind) throws Exception {
        Path file = dir.resolve("survey." + kind);
        try (Workbook wb = kind.equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook()) {
            wb.createSheet("Cover");
            survey(wb, null);
            wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("Exported 2023-03-18");
            wb.createSheet("Empty");
            save(wb, file);
        }

        assertThat(refused(file).getMessage()).isEqualTo(
                "Sheet \"Cover\" of survey." + kind + " contains no rows; the workbook has rows on sheets \"Survey\", "
                + "\"Notes\".");
        // What the wizard lists to choose from.
        assertThat(new ImportSession(file).sheets(Progress.NONE)).containsExactly(new SheetRows("Cover", 0),
                new SheetRows("Survey", 3), new SheetRows("Notes", 0), new SheetRows("Empty", 0));
    }

    /** On the command line the way out is --sheet; with it, the import goes through. */
    @Test
    void commandLineNamesTheSheetWithRowsAndSheetOption() throws Exception {
        Path file = dir.resolve("survey.xlsx");
        try (Workbook wb = new XSSFWorkbook()) {
            wb.createSheet("Cover");
            survey(wb, null);
            save(wb, file);
        }

        CliChildProcess refused = cli("import", file.toString(), "--project", project.toString());
        Imported chosen = new ImportSession(file).importInto(project, ReadOptions.DETECT.withSheet("Survey"), mapping(),
                null, false, Progress.NONE, 10);

        assertThat(refused.process().exitValue()).isEqualTo(1);
        assertThat(refused.err()).isEqualTo("Sheet \"Cover\" of survey.xlsx contains no rows; the workbook "
                + "has rows on sheet \"Survey\": name one with --sheet." + System.lineSeparator());
        assertThat(chosen.result().counts().respondents()).isEqualTo(3);
    }

    // ---- damaged .xls -----------------------------------------------------------------------------

    /**
     * Bytes changed at random in the workbook stream of a valid .xls: POI fails in many ways, some
     * with a record dump as their message. Each file imports or ends in one sentence naming it.
     */
    @Test
    void damagedXlsEndsInOneSentence() throws Exception {
        byte[] stream = workbookStream();
        Random random = new Random(11);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            byte[] damaged = stream.clone();
            for (int changes = 1 + random.nextInt(4); changes > 0; changes--) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            Path file = dir.resolve("damaged.xls");
            try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
                fs.createDocument(new ByteArrayInputStream(damaged), "Workbook");
                fs.writeFilesystem(out);
            }
            try {
                readAll(file);
            } catch (CxLensException e) {
                failures.add(e.getMessage());
            }
        }

        assertThat(failures).hasSizeGreaterThan(30).allSatisfy(message -> assertThat(message)
                .contains("damaged.xls").doesNotContain("\n").doesNotContain("{").doesNotContain("Exception"));
        assertThat(failures).anyMatch(m -> m.startsWith("Sheet \"Survey\" of damaged.xls is damaged near row "));
    }

    /**
     * A string table that declares more strings than it holds (POI logs an error and reads on) and a
     * cell pointing at a cell format that does not exist: on the command line, one line naming the
     * file, the sheet and the row, and nothing of POI's.
     */
    @Test
    void damagedXlsOnTheCommandLineIsOneLine() throws Exception {
        byte[] stream = workbookStream();
        patchRecord(stream, 0x00FC, 4, 5); // SST: 5 more unique strings than written
        patchRecord(stream, 0x0203, 4, 0x7000); // the first NUMBER cell (A1's date, row 2): its XF index
        Path file = dir.resolve("damaged.xls");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(stream), "Workbook");
            fs.writeFilesystem(out);
        }

        CliChildProcess run = cli("import", file.toString(), "--project", project.toString());

        assertThat(run.process().exitValue()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("Sheet \"Survey\" of damaged.xls is damaged near row 2; open it in Excel, "
                + "save it again and try again." + System.lineSeparator());
    }

    /** Adds {@code add} to the little-endian 16-bit value at {@code offset} in the first record of type {@code sid}. */
    private static void patchRecord(byte[] stream, int sid, int offset, int add) {
        for (int at = 0; at + 4 <= stream.length;) {
            int type = (stream[at] & 0xFF) | (stream[at + 1] & 0xFF) << 8;
            int length = (stream[at + 2] & 0xFF) | (stream[at + 3] & 0xFF) << 8;
            if (type == sid) {
                int p = at + 4 + offset;
                int value = ((stream[p] & 0xFF) | (stream[p + 1] & 0xFF) << 8) + add;
                stream[p] = (byte) value;
                stream[p + 1] = (byte) (value >> 8);
                return;
            }
            at += 4 + length;
        }
        throw new AssertionError("no record " + Integer.toHexString(sid));
    }

    // ---- the survey and its odd forms ------------------------------------------------------------------

    /** The survey sheet; {@code dates} replaces the three date serials when given. */
    private static void survey(Workbook wb, double[] dates) {
        Sheet sheet = wb.createSheet("Survey");
        CellStyle dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat((short) 14);
        String[] header = {"id", "Date", "Website", "Delivery"};
        Row top = sheet.createRow(0);
        for (int c = 0; c < header.length; c++) {
            top.createCell(c).setCellValue(header[c]);
        }
        double[] serials = dates != null ? dates : new double[] {45000, 45001.5, 45002};
        double[][] scores = {{8, 7}, {Double.NaN, 6}, {3, 10}};
        for (int r = 0; r < 3; r++) {
            Row row = sheet.createRow(r + 1);
            row.createCell(0).setCellValue("A" + (r + 1));
            Cell date = row.createCell(1);
            date.setCellValue(serials[r]);
            date.setCellStyle(dateStyle);
            for (int s = 0; s < 2; s++) {
                Cell score = row.createCell(2 + s);
                if (!Double.isNaN(scores[r][s])) {
                    score.setCellValue(scores[r][s]);
                }
            }
        }
    }

    private static Mapping mapping() {
        return new Mapping(Shape.WIDE, HeaderLayout.SINGLE, null, List.of(
                ColumnMapping.of("id", ColumnRole.RESPONDENT_ID),
                ColumnMapping.of("Date", ColumnRole.DATE),
                ColumnMapping.touchpointScore("Website", "Website", Scale.of(0, 10), 1),
                ColumnMapping.touchpointScore("Delivery", "Delivery", Scale.of(0, 10), 2)), null, null);
    }

    /** The survey as POI writes it, with each part rewritten (null drops the part). */
    private Path rewritten(String name, BiFunction<String, String, String> rewrite) throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (Workbook wb = new XSSFWorkbook()) {
            survey(wb, null);
            wb.write(plain);
        }
        Path file = dir.resolve(name);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(plain.toByteArray()));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String xml = rewrite.apply(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                if (xml != null) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    out.write(xml.getBytes(StandardCharsets.UTF_8));
                    out.closeEntry();
                }
            }
        }
        return file;
    }

    /** The namespaces and relationship types of ISO 29500 Strict, as Excel's "Strict Open XML Spreadsheet" writes them. */
    private static String strict(String xml) {
        return xml.replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                        "http://purl.oclc.org/ooxml/spreadsheetml/main")
                .replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                        "http://purl.oclc.org/ooxml/officeDocument/relationships")
                .replace("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
                        "http://purl.oclc.org/ooxml/officeDocument/extendedProperties")
                .replace("<workbook ", "<workbook conformance=\"strict\" ");
    }

    /** The three date cells as ISO 8601 text, with and without a zone. */
    private String isoDates(String name, String xml) {
        if (!name.equals(SHEET_XML)) {
            return xml;
        }
        String iso = xml.replace("t=\"n\" s=\"1\"><v>45000.0</v>", "t=\"d\" s=\"1\"><v>2023-03-15T00:00:00Z</v>")
                .replace("t=\"n\" s=\"1\"><v>45001.5</v>", "t=\"d\" s=\"1\"><v>2023-03-16T12:00:00.000</v>")
                .replace("t=\"n\" s=\"1\"><v>45002.0</v>", "t=\"d\" s=\"1\"><v>2023-03-17</v>");
        assertThat(iso.split("t=\"d\"", -1)).as("three date cells rewritten").hasSize(4);
        return iso;
    }

    private Path encryptedXlsx(EncryptionMode mode, String password) throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (Workbook wb = new XSSFWorkbook()) {
            survey(wb, null);
            wb.write(plain);
        }
        Path file = dir.resolve("survey.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(mode).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(plain.toByteArray());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    /** HSSF encrypts on writing while a password is set, in the mode of the workbook's FILEPASS record. */
    private Path encryptedXls(EncryptionMode mode, String password, String name) throws Exception {
        Path file = dir.resolve(name);
        Biff8EncryptionKey.setCurrentUserPassword(password);
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            survey(wb, null);
            wb.getInternalWorkbook().getWorkbookRecordList().add(1, new FilePassRecord(mode));
            save(wb, file);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            byte[] stream = fs.createDocumentInputStream("Workbook").readAllBytes();
            assertThat(new String(stream, StandardCharsets.ISO_8859_1)).as("encrypted").doesNotContain("Delivery");
        }
        return file;
    }

    private static byte[] workbookStream() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            survey(wb, null);
            wb.write(bytes);
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes.toByteArray()))) {
            return fs.createDocumentInputStream("Workbook").readAllBytes();
        }
    }

    // ---- importing and checking ---------------------------------------------------------------------

    /** Imports the file and checks the survey came in whole; the temporary copies made to read it are gone. */
    private void assertImportedSurvey(Path file) throws Exception {
        List<Path> before = temporaryCopies();
        Imported done = importFile(file);

        assertThat(temporaryCopies()).isEqualTo(before);
        assertThat(done.result().counts().rowsRead()).isEqualTo(3);
        assertThat(done.result().counts().problems()).isZero();
        assertThat(imported("SELECT external_id, source_row, date FROM respondents WHERE import_id = 2 ORDER BY id"))
                .isEqualTo(RESPONDENTS);
        assertThat(scores()).isEqualTo(SCORES);
    }

    private static List<Path> temporaryCopies() throws IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().matches("cxlens-(transitional|decrypted)-.*")).sorted()
                    .toList();
        }
    }

    private Imported importFile(Path file) throws CxLensException {
        return new ImportSession(file).importInto(project, ReadOptions.DETECT, mapping(), null, false, Progress.NONE, 10);
    }

    private List<String> scores() throws Exception {
        return imported("SELECT r.external_id, a.touchpoint, a.score FROM responses a JOIN respondents r "
                + "ON r.id = a.respondent_id WHERE r.import_id = 2 ORDER BY r.id, a.touchpoint_id");
    }

    private List<String> imported(String sql) throws Exception {
        return sqlRows(project, sql);
    }

    /** Imports the file expecting a refusal that leaves the project as it was. */
    private CxLensException refused(Path file) throws Exception {
        String before = sha256(project);
        CxLensException e = catchThrowableOfType(CxLensException.class, () -> importFile(file));
        assertThat(e).as("refusal of " + file.getFileName()).isNotNull();
        assertThat(sha256(project)).as("project unchanged").isEqualTo(before);
        return e;
    }

    private static void readAll(Path file) throws CxLensException {
        var preview = SurveyFiles.preview(file, ReadOptions.DETECT);
        try (RowSource rows = SurveyFiles.openData(file, preview)) {
            while (rows.next() != null) {
                // Reading every row is the point.
            }
        }
    }

    private static void save(Workbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    private static String text(Path zip, String part) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(part)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(part + " not in " + zip);
    }

    private static List<String> entries(Path zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }

    /** The command line in a JVM of its own, in English, as a user runs it. */
    private CliChildProcess cli(String... args) throws Exception {
        return CliChildProcess.run(dir.resolve("home"), "-Xmx512m", args);
    }
}
