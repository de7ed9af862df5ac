package org.cxlens.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Workbooks as old Mac Excel and survey tools write them: the 1904 date system, a hidden first sheet. */
class WorkbookQuirksTest {

    @TempDir
    Path dir;

    /** A workbook in the 1904 date system holding 2018-09-08 15:29 in a date cell, as POI writes it ("true"). */
    private Path workbook1904() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.getCTWorkbook().getWorkbookPr().setDate1904(true);
            Sheet sheet = wb.createSheet("Antwoorden");
            CellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            sheet.createRow(0).createCell(0).setCellValue("Ingevuld");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(LocalDateTime.of(2018, 9, 8, 15, 29));
            row.getCell(0).setCellStyle(dateTime);
            return TestWorkbooks.save(wb, dir.resolve("mac.xlsx"));
        }
    }

    /** The same workbook with the flag rewritten, byte for byte otherwise. */
    private Path withFlag(Path source, String from, String to) throws Exception {
        Path out = dir.resolve("mac-" + to.replaceAll("\\W", "") + ".xlsx");
        boolean patched = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("xl/workbook.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    patched = xml.contains(from);
                    bytes = xml.replace(from, to).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        assertThat(patched).as("POI writes " + from).isTrue();
        return out;
    }

    private static String firstCell(Path file) throws Exception {
        Preview preview = SurveyFiles.preview(file, ReadOptions.DETECT);
        return preview.sampleRows().get(0).cell(0);
    }

    @Test
    void the1904DateSystemIsReadHoweverTheFlagIsWritten() throws Exception {
        Path asTrue = workbook1904();

        assertThat(firstCell(asTrue)).isEqualTo("2018-09-08T15:29");
        assertThat(firstCell(withFlag(asTrue, "date1904=\"true\"", "date1904=\"1\""))).isEqualTo("2018-09-08T15:29");
        // The stored serial counts from 1904: read in the 1900 system it lands 1462 days (four years and a day) early.
        assertThat(firstCell(withFlag(asTrue, "date1904=\"true\"", "date1904=\"0\""))).isEqualTo("2014-09-07T15:29");
    }

    private Path hiddenFirstSheet(String kind) throws Exception {
        Supplier<Workbook> factory = kind.equals("xlsx") ? XSSFWorkbook::new : HSSFWorkbook::new;
        try (Workbook wb = factory.get()) {
            TestWorkbooks.fill(wb.createSheet("Codes"), List.of(List.of("code", "label"), List.of("1", "Slecht")));
            TestWorkbooks.fill(wb.createSheet("Antwoorden"), List.of(List.of("id", "Cijfer"), List.of("r1", "8")));
            TestWorkbooks.fill(wb.createSheet("Grafiek"), List.of(List.of("niets")));
            wb.setActiveSheet(1);
            wb.setSheetHidden(0, true);
            return TestWorkbooks.save(wb, dir.resolve("verborgen." + kind));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void theDefaultSheetIsTheFirstVisibleOne(String kind) throws Exception {
        Path file = hiddenFirstSheet(kind);

        Preview preview = SurveyFiles.preview(file, ReadOptions.DETECT);

        assertThat(preview.sheet()).isEqualTo("Antwoorden");
        assertThat(preview.columns()).extracting(SourceColumn::name).containsExactly("id", "Cijfer");
        assertThat(preview.sheets()).containsExactly("Codes", "Antwoorden", "Grafiek");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void aHiddenSheetIsStillReadWhenAskedFor(String kind) throws Exception {
        Path file = hiddenFirstSheet(kind);

        Preview preview = SurveyFiles.preview(file, ReadOptions.DETECT.withSheet("Codes"));

        assertThat(preview.sheet()).isEqualTo("Codes");
        assertThat(preview.sampleRows()).extracting(r -> r.cell(1)).containsExactly("Slecht");
    }
}
