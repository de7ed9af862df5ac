package org.cxlens.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes small workbooks for tests: each sheet is a list of rows of plain strings ("" or null = no cell). */
final class TestWorkbooks {

    private TestWorkbooks() {
    }

    static Path xlsx(Path file, String sheet, List<List<String>> rows) throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            fill(wb.createSheet(sheet), rows);
            return save(wb, file);
        }
    }

    static Path xls(Path file, String sheet, List<List<String>> rows) throws IOException {
        try (Workbook wb = new HSSFWorkbook()) {
            fill(wb.createSheet(sheet), rows);
            return save(wb, file);
        }
    }

    static void fill(Sheet sheet, List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            List<String> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                if (cells.get(c) != null && !cells.get(c).isEmpty()) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
        }
    }

    static Path save(Workbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        return file;
    }
}
