package org.cxlens.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cxlens.domain.CxLensException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** Every file the readers cannot use is refused with a sentence that names the file and the way out. */
class BadInputTest {

    @TempDir
    Path dir;

    private static CxLensException failure(Executable call) {
        CxLensException e = catchThrowableOfType(CxLensException.class, () -> {
            try {
                call.execute();
            } catch (Throwable t) {
                throw t instanceof Exception ex ? ex : new RuntimeException(t);
            }
        });
        assertThat(e).as("a CxLensException").isNotNull();
        // Both languages have the sentence (a missing key would render as the key itself).
        assertThat(e.userMessage().render(Locale.ENGLISH)).doesNotStartWith("importer.read.");
        assertThat(e.userMessage().render(Locale.forLanguageTag("nl"))).doesNotStartWith("importer.read.");
        return e;
    }

    private Path bytes(String name, byte[] content) throws Exception {
        return Files.write(dir.resolve(name), content);
    }

    private static byte[] validXlsx() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            TestWorkbooks.fill(wb.createSheet("Data"), List.of(List.of("id", "score"), List.of("1", "8")));
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void emptyFile() throws Exception {
        Path file = bytes("leeg.csv", new byte[0]);

        CxLensException e = failure(() -> SurveyFiles.preview(file, ReadOptions.DETECT));

        assertThat(e.getMessage()).isEqualTo("The file leeg.csv is empty (0 bytes).");
    }

    @Test
    void onlyBlankLines() throws Exception {
        Path file = bytes("blank.csv", "\n\r\n  \n".getBytes(StandardCharsets.US_ASCII));

        CxLensException e = failure(() -> SurveyFiles.preview(file, ReadOptions.DETECT));

        assertThat(e.userMessage().key()).isEqualTo("importer.read.noRows");
        assertThat(e.getMessage()).contains("blank.csv");
    }

    @Test
    void headerOnlyWorkbookGivesColumnsAndNoRows() throws Exception {
        Path file = TestWorkbooks.xlsx(dir.resolve("kop.xlsx"), "Data", List.of(List.of("id", "score")));

        Preview preview = SurveyFiles.preview(file, ReadOptions.DETECT);

        assertThat(preview.columns()).extracting(SourceColumn::name).containsExactly("id", "score");
        assertThat(preview.sampleRows()).isEmpty();
    }

    @Test
    void emptySheetIsNamed() throws Exception {
        Path file = TestWorkbooks.xlsx(dir.resolve("leeg.xlsx"), "Blad1", List.of());

        CxLensException e = failure(() -> SurveyFiles.preview(file, ReadOptions.DETECT));

        assertThat(e.getMessage()).isEqualTo("Sheet \"Blad1\" of leeg.xlsx contains no rows, not even a header row.");
    }

    @Test
    void garbageBytesNamedXlsx() throws Exception {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        Path file = bytes("antwoorden.xlsx", garbage);

        CxLensException e = failure(() -> SurveyFiles.preview(file, ReadOptions.DETECT));

        assertThat(e.getMessage()).isEqualTo(
                "The file antwoorden.xlsx is not a CSV, XLSX or XLS file; save it in one of those formats and try again.");
    }

    @Test
    void csvContentNamedXlsIsReadAsCsv() throws Exception {
        Path file = bytes("export.xls", "id;score\n1;8\n".getBytes(StandardCharsets.UTF_8));

        assertThat(SurveyFiles.detectFormat(file)).isEqualTo(FileFormat.CSV);
        assertThat(SurveyFiles.sheetNames(file)).isEmpty();
    }

    @Test
    void truncatedXlsx() throws Exception {
        byte[] whole = validXlsx();
        Path file = bytes("half.xlsx", Arrays.copyOf(whole, whole.length / 2));

        CxLensException e = failure(() -> SurveyFiles.preview(file, ReadOptions.DETECT));

        assertThat(e.getMessage()).isEqualTo("The workbook half.xlsx is damaged or incomplete; "
                + "open it in Excel, save it again and try again.");
    }

    @Test
    void passwordProtectedXlsx() throws Exception {
        Path file = dir.resolve("geheim.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("welkom01");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(validXlsx());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        CxLensException e = failure(() -> SurveyFiles.preview(file, ReadOptions.DETECT));

        assertThat(e.getMessage()).isEqualTo(
                "The file geheim.xlsx is password protected; remove the password in Excel and try again.");
    }

    @Test
    void passwordProtectedXls() throws Exception {
        Path file = dir.resolve("geheim.xls");
        Biff8EncryptionKey.setCurrentUserPassword("welkom01");
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            TestWorkbooks.fill(wb.createSheet("Data"), List.of(List.of("id"), List.of("1")));
            TestWorkbooks.save(wb, file);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        CxLensException e = failure(() -> SurveyFiles.preview(file, ReadOptions.DETECT));

        assertThat(e.userMessage().key()).isEqualTo("importer.read.passwordProtected");
    }

    @Test
    void pdfIsNotSupported() throws Exception {
        Path file = bytes("rapport.pdf", "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.US_ASCII));

        CxLensException e = failure(() -> SurveyFiles.detectFormat(file));

        assertThat(e.userMessage().key()).isEqualTo("importer.read.unsupported");
        assertThat(e.getMessage()).contains("rapport.pdf");
    }

    @Test
    void numbersFileIsNotSupported() throws Exception {
        // A .numbers document is a zip of Apple's own IWA parts, without OOXML content types.
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("Index/Document.iwa"));
            out.write(new byte[] {1, 2, 3, 4});
            out.closeEntry();
        }
        Path file = bytes("enquete.numbers", zip.toByteArray());

        CxLensException e = failure(() -> SurveyFiles.preview(file, ReadOptions.DETECT));

        assertThat(e.userMessage().key()).isEqualTo("importer.read.unsupported");
    }

    @Test
    void wordDocumentIsNotSupported() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("[Content_Types].xml"));
            out.write(("<Types><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Path file = bytes("brief.xlsx", zip.toByteArray());

        CxLensException e = failure(() -> SurveyFiles.detectFormat(file));

        assertThat(e.userMessage().key()).isEqualTo("importer.read.unsupported");
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("weg.csv");

        CxLensException e = failure(() -> SurveyFiles.preview(file, ReadOptions.DETECT));

        assertThat(e.getMessage()).isEqualTo("The file weg.csv does not exist (any more); choose the file again.");
    }

    @Test
    void folderInsteadOfFile() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("exports"));

        CxLensException e = failure(() -> SurveyFiles.preview(folder, ReadOptions.DETECT));

        assertThat(e.userMessage().key()).isEqualTo("importer.read.notAFile");
    }

    @Test
    void unreadableFile() throws Exception {
        Path file = bytes("afgeschermd.csv", "id\n1\n".getBytes(StandardCharsets.US_ASCII));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "the file system lets this user read anyway (root)");

        CxLensException e = failure(() -> SurveyFiles.preview(file, ReadOptions.DETECT));

        assertThat(e.getMessage()).isEqualTo(
                "The file afgeschermd.csv cannot be opened: you have no permission to read it.");
    }

    @Test
    void unclosedQuoteNamesTheLineItStartsOn() throws Exception {
        // Eleven lines swallowed by the open quote: a stray quote, not a file cut off in its last row.
        String rest = "3,more\n".repeat(10);
        Path file = bytes("quote.csv", ("id,comment\n1,fine\n2,\"never closed\n" + rest).getBytes(StandardCharsets.UTF_8));

        CxLensException e = failure(() -> SurveyFiles.preview(file, ReadOptions.DETECT));

        assertThat(e.getMessage()).isEqualTo(
                "The file quote.csv has a quoted field starting on line 3 that is never closed.");
    }

    @Test
    void forcedLayoutNeedsEnoughRows() throws Exception {
        Path file = bytes("kort.csv", "id,score\n1,8\n".getBytes(StandardCharsets.UTF_8));

        CxLensException e = failure(() -> SurveyFiles.preview(file, new ReadOptions(null, null, HeaderLayout.QUALTRICS)));

        assertThat(e.getMessage()).isEqualTo(
                "The file kort.csv has only 2 non-empty rows, but the chosen header layout needs 3 header rows.");
    }
}
