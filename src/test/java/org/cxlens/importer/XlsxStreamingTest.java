package org.cxlens.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxStreamingTest {

    @TempDir
    Path dir;

    @Test
    void streamsAFastexcelWrittenWorkbookWithItsOwnRowNumbers() throws Exception {
        Path file = dir.resolve("stream.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Data");
            ws.value(0, 0, "id");
            ws.value(0, 1, "afdeling");
            ws.value(0, 2, "score");
            // Sheet rows 2..3001 (0-based 1..3000), except every 100th row is left out entirely.
            for (int r = 1; r <= 3000; r++) {
                if (r % 100 != 0) {
                    ws.value(r, 0, r);
                    ws.value(r, 1, "Afdeling " + r % 3);
                    ws.value(r, 2, r % 10 + 0.5);
                }
            }
            wb.finish();
        }

        Preview preview = SurveyFiles.preview(file, ReadOptions.DETECT);
        List<SourceRow> rows = new ArrayList<>();
        try (RowSource source = SurveyFiles.openData(file, preview)) {
            SourceRow row;
            while ((row = source.next()) != null) {
                rows.add(row);
            }
            assertThat(source.fractionRead()).isEqualTo(1.0);
        }

        assertThat(rows).hasSize(2970);
        assertThat(rows.get(0).rowNumber()).isEqualTo(2);
        assertThat(rows.get(0).cells()).containsExactly("1", "Afdeling 1", "1.5");
        // 0-based sheet row 101 (after the missing row 100) is sheet row 102.
        assertThat(rows.get(99).rowNumber()).isEqualTo(102);
        assertThat(rows.get(99).cell(0)).isEqualTo("101");
        assertThat(rows.get(2969).rowNumber()).isEqualTo(3000);
    }

    @Test
    void reportsProgressFromTheDeclaredSheetDimension() throws Exception {
        Path file = dir.resolve("poi.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Data");
            sheet.createRow(0).createCell(0).setCellValue("id");
            for (int r = 1; r < 1000; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r);
            }
            TestWorkbooks.save(wb, file);
        }
        Preview preview = SurveyFiles.preview(file, ReadOptions.DETECT);

        try (RowSource source = SurveyFiles.openData(file, preview)) {
            for (int i = 0; i < 499; i++) {
                source.next();
            }
            // 499 data rows after the header: sheet row 500 of 1000.
            assertThat(source.fractionRead()).isEqualTo(0.5);
        }
    }
}
