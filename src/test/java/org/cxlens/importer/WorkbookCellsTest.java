package org.cxlens.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cxlens.domain.CxLensException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same cells written to XLSX and to XLS must come out as the same text. */
class WorkbookCellsTest {

    @TempDir
    Path dir;

    private Path workbook(String kind) throws Exception {
        Supplier<Workbook> factory = kind.equals("xlsx") ? XSSFWorkbook::new : HSSFWorkbook::new;
        try (Workbook wb = factory.get()) {
            Sheet intro = wb.createSheet("Toelichting");
            intro.createRow(0).createCell(0).setCellValue("Deze werkmap bevat de antwoorden.");
            Sheet sheet = wb.createSheet("Antwoorden");
            short isoDate = wb.createDataFormat().getFormat("yyyy-mm-dd");
            short dateTime = wb.createDataFormat().getFormat("dd-mm-yyyy hh:mm:ss");
            short quotedText = wb.createDataFormat().getFormat("0.0\" dagen\"");
            CellStyle isoDateStyle = style(wb, isoDate);
            CellStyle builtinDateStyle = style(wb, (short) 14);
            CellStyle dateTimeStyle = style(wb, dateTime);
            CellStyle timeStyle = style(wb, (short) 20);
            CellStyle daysStyle = style(wb, quotedText);

            Row header = sheet.createRow(0);
            String[] names = {"Datum", "Ingevuld", "Tijdstip", "Cijfer", "Aantal", "Som", "Akkoord", "Fout",
                "Formuletekst", "Duur", "Klein", "Groot", "Gepland", "Tijd"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(LocalDate.of(2025, 3, 14));
            row.getCell(0).setCellStyle(isoDateStyle);
            row.createCell(1).setCellValue(LocalDateTime.of(2025, 3, 14, 9, 30));
            row.getCell(1).setCellStyle(dateTimeStyle);
            row.createCell(2).setCellValue(LocalDateTime.of(2025, 3, 14, 9, 30, 15));
            row.getCell(2).setCellStyle(dateTimeStyle);
            row.createCell(3).setCellValue(7.5);
            row.createCell(4).setCellValue(7.0);
            row.createCell(5).setCellFormula("0.1+0.2");
            row.createCell(6).setCellValue(true);
            row.createCell(7).setCellErrorValue(FormulaError.NA.getCode());
            row.createCell(8).setCellFormula("\"ja\"&\"!\"");
            row.createCell(9).setCellValue(12.5);
            row.getCell(9).setCellStyle(daysStyle);
            row.createCell(10).setCellValue(0.00001);
            row.createCell(11).setCellValue(1e20);
            row.createCell(12).setCellValue(LocalDate.of(2024, 12, 31));
            row.getCell(12).setCellStyle(builtinDateStyle);
            row.createCell(13).setCellValue(0.5);
            row.getCell(13).setCellStyle(timeStyle);
            // Row 5 in the sheet: rows 3 and 4 stay empty.
            Row later = sheet.createRow(4);
            later.createCell(0).setCellValue(LocalDate.of(2025, 1, 2));
            later.getCell(0).setCellStyle(isoDateStyle);
            later.createCell(3).setCellValue(-3);
            later.createCell(6).setCellFormula("1>2");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            return TestWorkbooks.save(wb, dir.resolve("antwoorden." + kind));
        }
    }

    private static CellStyle style(Workbook wb, short format) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(format);
        return style;
    }

    private static List<SourceRow> readAll(Path file, Preview preview) throws CxLensException {
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

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void cellsBecomeCanonicalText(String kind) throws Exception {
        Path file = workbook(kind);

        Preview preview = SurveyFiles.preview(file, ReadOptions.DETECT.withSheet("Antwoorden"));
        List<SourceRow> rows = readAll(file, preview);

        assertThat(preview.format()).isEqualTo(kind.equals("xlsx") ? FileFormat.XLSX : FileFormat.XLS);
        assertThat(preview.sheets()).containsExactly("Toelichting", "Antwoorden");
        assertThat(preview.sheet()).isEqualTo("Antwoorden");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).rowNumber()).isEqualTo(2);
        assertThat(rows.get(0).cells()).containsExactly(
                "2025-03-14", "2025-03-14T09:30", "2025-03-14T09:30:15", "7.5", "7", "0.3", "TRUE", "#N/A",
                "ja!", "12.5", "0.00001", "100000000000000000000", "2024-12-31", "12:00");
        assertThat(rows.get(1).rowNumber()).isEqualTo(5);
        assertThat(rows.get(1).cells()).containsExactly(
                "2025-01-02", "", "", "-3", "", "", "FALSE", "", "", "", "", "", "", "");
        assertThat(preview.sampleRows()).extracting(SourceRow::rowNumber).containsExactly(2, 5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void firstSheetIsTheDefault(String kind) throws Exception {
        Path file = workbook(kind);

        Preview preview = SurveyFiles.preview(file, ReadOptions.DETECT);

        assertThat(preview.sheet()).isEqualTo("Toelichting");
        assertThat(preview.columns()).extracting(SourceColumn::name)
                .containsExactly("Deze werkmap bevat de antwoorden.");
        assertThat(SurveyFiles.sheetNames(file)).containsExactly("Toelichting", "Antwoorden");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void unknownSheetIsRefusedWithTheSheetsListed(String kind) throws Exception {
        Path file = workbook(kind);

        assertThatThrownBy(() -> SurveyFiles.preview(file, ReadOptions.DETECT.withSheet("Resultaten")))
                .isInstanceOf(CxLensException.class)
                .hasMessage("The workbook antwoorden." + kind
                        + " has no sheet \"Resultaten\"; its sheets are: Toelichting, Antwoorden.");
    }
}
