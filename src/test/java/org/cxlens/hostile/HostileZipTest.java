package org.cxlens.hostile;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Sheet;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Progress;
import org.cxlens.importer.Preview;
import org.cxlens.importer.RowSource;
import org.cxlens.importer.SourceRow;
import org.cxlens.importer.SurveyFiles;
import org.cxlens.importer.read.ReadLimits;
import org.cxlens.importer.read.WorkbookLimits;
import org.cxlens.sample.SampleFiles;
import org.cxlens.sample.SampleLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks made to exhaust memory or disk are refused in one sentence, quickly and in bounded
 * memory: zip parts that unpack too far (by the sizes they declare or, when those lie, while
 * unpacking), over-long cells and rows wider than Excel's. The files are the hostile
 * files scaled down so that they trip the same limits; {@link HostileWorkbooks#main} makes the
 * full-size ones.
 */
@Timeout(value = 60, unit = SECONDS)
class HostileZipTest {

    private static final String SHEET_PART = HostileWorkbooks.SHEET;

    @TempDir
    Path dir;
    private int rowsRead;

    @Test
    void aSingleCellZipBombIsRefusedByItsExpansion() throws Exception {
        Path bomb = HostileWorkbooks.singleCell(dir.resolve("bomb.xlsx"), 8L << 20);

        CxLensException e = refusal(bomb);

        assertThat(e.userMessage().key()).isEqualTo("importer.read.partExpands");
        assertThat(e.getMessage()).isEqualTo("bomb.xlsx was not read: its part " + SHEET_PART
                + " unpacks to more than 100 times its packed size, the mark of a \"zip bomb\" rather than of a spreadsheet.");
    }

    @Test
    void aZipBombWhoseDirectoryUnderstatesItsSizeIsStoppedWhileUnpacking() throws Exception {
        Path bomb = HostileWorkbooks.singleCell(dir.resolve("bomb.xlsx"), 64L << 20);
        HostileWorkbooks.understateSizes(bomb);

        CxLensException e = refusal(bomb);

        assertThat(e.userMessage().key()).isEqualTo("importer.read.partExpands");
        assertThat(e.getMessage()).contains(SHEET_PART);
    }

    @Test
    void aSheetOfRowsThatExpandsLikeABombIsRefusedBeforeAnyRowIsRead() throws Exception {
        Path rows = HostileWorkbooks.rows(dir.resolve("rows.xlsx"), 16L << 20);

        assertThat(refusal(rows).userMessage().key()).isEqualTo("importer.read.partExpands");
    }

    @Test
    void aSheetOfRowsWithUnderstatedSizesIsStoppedAfterItsFirstMegabytes() throws Exception {
        Path rows = HostileWorkbooks.rows(dir.resolve("rows.xlsx"), 64L << 20);
        HostileWorkbooks.understateSizes(rows);

        // 13,000 rows of 5 KB; the limit is judged from the first megabyte on.
        CxLensException e = catchThrowableOfType(CxLensException.class, () -> readAll(rows));

        assertThat(e).isNotNull();
        assertThat(e.userMessage().key()).isEqualTo("importer.read.partExpands");
        assertThat(rowsRead).isLessThan(2000);
    }

    @Test
    void aPaddedRelationshipsPartIsRefusedByItsSize() throws Exception {
        long padding = WorkbookLimits.MAX_PACKAGE_PART_BYTES + 1;
        Path padded = HostileWorkbooks.paddedRelationships(dir.resolve("rels.xlsx"), padding);

        CxLensException e = refusal(padded);

        assertThat(e.userMessage().key()).isEqualTo("importer.read.partTooLarge");
        assertThat(e.getMessage()).isEqualTo("rels.xlsx was not read: its part " + HostileWorkbooks.WORKBOOK_RELS
                + " unpacks to more than 16 MB, more than any workbook needs.");
    }

    @Test
    void aPaddedRelationshipsPartWithUnderstatedSizesIsStoppedWhileUnpacking() throws Exception {
        Path padded = HostileWorkbooks.paddedRelationships(dir.resolve("rels.xlsx"), 32L << 20);
        HostileWorkbooks.understateSizes(padded);

        CxLensException e = refusal(padded);

        assertThat(e.userMessage().key()).isEqualTo("importer.read.partExpands");
        assertThat(e.getMessage()).contains(HostileWorkbooks.WORKBOOK_RELS);
    }

    @Test
    void aCellLongerThanTheLimitIsRefusedNamingSheetAndCell() throws Exception {
        Path file = HostileWorkbooks.singleCell(dir.resolve("long.xlsx"), ReadLimits.MAX_CELL_CHARS + 1);

        CxLensException e = refusal(file);

        assertThat(e.userMessage().key()).isEqualTo("importer.read.cellTooLong");
        assertThat(e.getMessage()).isEqualTo("Cell B2 of sheet \"Data\" in long.xlsx holds more than 100,000 characters,"
                + " three times what Excel allows in a cell, so the file was not read.");
        assertThat(e.userMessage().render(Locale.forLanguageTag("nl"))).startsWith(
                "Cel B2 van werkblad \"Data\" in long.xlsx bevat meer dan 100.000 tekens");
    }

    @Test
    void aCellOfExactlyTheLimitIsRead() throws Exception {
        Path file = HostileWorkbooks.singleCell(dir.resolve("long.xlsx"), ReadLimits.MAX_CELL_CHARS);

        Preview preview = SurveyFiles.preview(file, null);

        assertThat(preview.sampleRows()).hasSize(1);
        assertThat(preview.sampleRows().get(0).cell(1)).hasSize(ReadLimits.MAX_CELL_CHARS);
    }

    @Test
    void aRowBeyondColumnXfdIsRefusedNamingSheetAndRow() throws Exception {
        Path file = HostileWorkbooks.wideRow(dir.resolve("wide.xlsx"), "XFE");

        CxLensException e = refusal(file);

        assertThat(e.userMessage().key()).isEqualTo("importer.read.tooManyColumns");
        assertThat(e.getMessage()).isEqualTo("Row 2 of sheet \"Data\" in wide.xlsx has more than 16,384 columns,"
                + " more than Excel allows, so the file was not read.");
    }

    /** The workbook reader would make room for 321 million columns before any check of ours saw the row. */
    @Test
    void aCellPlacedFarBeyondColumnXfdIsRefusedWhileTheSheetStreams() throws Exception {
        Path file = HostileWorkbooks.wideRow(dir.resolve("far.xlsx"), "ZZZZZZ");

        CxLensException e = refusal(file);

        assertThat(e.getMessage()).isEqualTo("far.xlsx was not read: its part " + SHEET_PART
                + " places a cell beyond column XFD, the last column a sheet can have.");
    }

    @Test
    void aRowReachingColumnXfdIsRead() throws Exception {
        Path file = HostileWorkbooks.wideRow(dir.resolve("wide.xlsx"), "XFD");

        Preview preview = SurveyFiles.preview(file, null);

        SourceRow row = preview.sampleRows().get(0);
        assertThat(row.cells()).hasSize(ReadLimits.MAX_COLUMNS);
        assertThat(row.cell(ReadLimits.MAX_COLUMNS - 1)).isEqualTo("7");
    }

    @Test
    void anOrdinarySurveyWorkbookPastTheGraceSizeIsReadWhole() throws Exception {
        Path file = dir.resolve("survey.xlsx");
        SampleFiles.writePlainWide(file, SampleLayout.PLAIN_XLSX, 5_000, SampleFiles.DEFAULT_SEED, Progress.NONE);

        readAll(file);

        assertThat(rowsRead).isEqualTo(5_000);
    }

    @Test
    void poiGetsTheSameLimitsWhenItOpensAWorkbook() throws Exception {
        Path xls = dir.resolve("small.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            Sheet sheet = wb.createSheet("Data");
            sheet.createRow(0).createCell(0).setCellValue("Id");
            sheet.createRow(1).createCell(0).setCellValue(1);
            wb.write(out);
        }

        SurveyFiles.preview(xls, null);

        assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(1.0 / WorkbookLimits.MAX_EXPANSION);
        assertThat(ZipSecureFile.getGraceEntrySize()).isEqualTo(WorkbookLimits.EXPANSION_GRACE_BYTES);
        assertThat(ZipSecureFile.getMaxEntrySize()).isEqualTo(WorkbookLimits.MAX_PART_BYTES);
    }

    /**
     * The failure was an OutOfMemoryError: a child JVM with a 512 MB heap imports a bomb
     * whose one cell of 256 M characters fills that heap in the XML parser (it did before the
     * limits), and ends with the refusal instead, leaving no project behind.
     */
    @Test
    void theCliRefusesABombUnderA512MegabyteHeap() throws Exception {
        Path bomb = HostileWorkbooks.singleCell(dir.resolve("bomb.xlsx"), 256L << 20);
        Path project = dir.resolve("p.cxlens");
        CliChildProcess child = CliChildProcess.run(dir.resolve("home"), "-Xmx512m",
                "import", bomb.toString(), "--project", project.toString());

        assertThat(child.process().exitValue()).isEqualTo(1);
        assertThat(child.err().lines()).containsExactly("bomb.xlsx was not read: its part " + SHEET_PART
                + " unpacks to more than 100 times its packed size, the mark of a \"zip bomb\" rather than of a spreadsheet.");
        assertThat(project).doesNotExist();
    }

    /** Previews the file and reads all its data rows, as an import does, counting them in {@link #rowsRead}. */
    private void readAll(Path file) throws CxLensException {
        Preview preview = SurveyFiles.preview(file, null);
        try (RowSource data = SurveyFiles.openData(file, preview)) {
            while (data.next() != null) {
                rowsRead++;
            }
        }
    }

    private static CxLensException refusal(Path file) {
        CxLensException e = catchThrowableOfType(CxLensException.class, () -> SurveyFiles.preview(file, null));
        assertThat(e).isNotNull();
        return e;
    }
}
