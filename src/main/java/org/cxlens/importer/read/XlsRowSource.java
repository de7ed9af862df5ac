package org.cxlens.importer.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.cxlens.domain.CxLensException;
import org.cxlens.importer.RowSource;
import org.cxlens.importer.SourceRow;

/**
 * Reads one sheet of a legacy .xls workbook through POI HSSF. The whole workbook is loaded, which
 * is affordable because the format stops at 65,536 rows. A workbook encrypted with Excel's default
 * password opens as any other: HSSF tries that password when no other is set. Whatever POI throws
 * on a damaged file ends as one sentence naming the file (and sheet and row when known): its own
 * messages can hold whole record dumps.
 */
public final class XlsRowSource implements RowSource {

    private final Path file;
    private final HSSFWorkbook workbook;
    private final Sheet sheet;
    private final boolean date1904;
    private final DateFormats dateFormats = new DateFormats();
    private int nextRow;

    private XlsRowSource(Path file, HSSFWorkbook workbook, Sheet sheet) {
        this.file = file;
        this.workbook = workbook;
        this.sheet = sheet;
        this.date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
        this.nextRow = sheet.getFirstRowNum();
    }

    public static List<WorkbookSheet> sheets(Path file) throws CxLensException {
        try (HSSFWorkbook wb = openWorkbook(file)) {
            List<WorkbookSheet> sheets = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                sheets.add(new WorkbookSheet(wb.getSheetName(i), wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)));
            }
            return sheets;
        } catch (IOException e) {
            throw ReadErrors.io(file, e);
        } catch (RuntimeException e) {
            throw ReadErrors.of(e, "damagedWorkbook", file);
        }
    }

    /** @param sheetName an existing sheet (see {@link SheetChoice}) */
    public static XlsRowSource open(Path file, String sheetName) throws CxLensException {
        HSSFWorkbook wb = openWorkbook(file);
        try {
            Sheet sheet = wb.getSheet(sheetName);
            if (sheet == null) {
                List<String> names = new ArrayList<>();
                wb.forEach(s -> names.add(s.getSheetName()));
                throw ReadErrors.of("unknownSheet", file, sheetName, String.join(", ", names));
            }
            return new XlsRowSource(file, wb, sheet);
        } catch (CxLensException e) {
            closeQuietly(wb);
            throw e;
        } catch (RuntimeException e) {
            closeQuietly(wb);
            throw ReadErrors.of(e, "damagedSheet", file, sheetName, 1);
        }
    }

    private static HSSFWorkbook openWorkbook(Path file) throws CxLensException {
        WorkbookLimits.applyToPoi();
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            // Load everything before the file system closes, so nothing refers back to the file.
            return new HSSFWorkbook(fs.getRoot(), false);
        } catch (EncryptedDocumentException e) {
            throw ReadErrors.of(e, "passwordProtected", file);
        } catch (OldExcelFormatException e) {
            throw ReadErrors.of(e, "oldExcel", file);
        } catch (IOException | RuntimeException e) {
            if (!file.toFile().canRead()) {
                throw ReadErrors.of(e, "accessDenied", file);
            }
            throw ReadErrors.of(e, "damagedWorkbook", file);
        }
    }

    @Override
    public SourceRow next() throws CxLensException {
        try {
            while (nextRow <= sheet.getLastRowNum() && nextRow >= 0) {
                Row row = sheet.getRow(nextRow++);
                if (row == null) {
                    continue;
                }
                String[] cells = new String[Math.max(0, row.getLastCellNum())];
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = text(row.getCell(i));
                }
                if (!RowCells.allBlank(cells)) {
                    return new SourceRow(row.getRowNum() + 1, cells);
                }
            }
            return null;
        } catch (RuntimeException e) {
            // Cell styles and formats are looked up only now, so damage there shows while reading rows.
            throw ReadErrors.of(e, "damagedSheet", file, sheet.getSheetName(), nextRow);
        }
    }

    private String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> isDateFormatted(cell)
                    ? CellText.date(cell.getNumericCellValue(), date1904)
                    : CellText.number(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            case BLANK, FORMULA, _NONE -> "";
        };
    }

    /**
     * By its format alone, as for XLSX: POI's own check calls a date cell with a negative number a
     * plain number, where Excel shows it as no date.
     */
    private boolean isDateFormatted(Cell cell) {
        CellStyle style = cell.getCellStyle();
        return dateFormats.isDate(Short.toUnsignedInt(style.getDataFormat()), style.getDataFormatString());
    }

    @Override
    public double fractionRead() {
        int last = sheet.getLastRowNum();
        return last <= 0 ? 1 : Math.min(1.0, (double) nextRow / (last + 1));
    }

    @Override
    public void close() throws CxLensException {
        try {
            workbook.close();
        } catch (IOException e) {
            throw ReadErrors.io(file, e);
        }
    }

    private static void closeQuietly(HSSFWorkbook wb) {
        try {
            wb.close();
        } catch (IOException ignored) {
            // Already failing with the error that matters to the user.
        }
    }
}
