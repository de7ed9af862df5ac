package org.cxlens.importer.read;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.cxlens.domain.CxLensException;
import org.cxlens.importer.RowSource;
import org.cxlens.importer.SourceRow;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * Streams one worksheet of an XLSX/XLSM workbook with fastexcel-reader (the whole-workbook POI
 * model runs out of memory on survey-sized files). Rows without content are skipped; each row
 * keeps the sheet's own row number.
 */
public final class XlsxRowSource implements RowSource {

    /** Cell formats are needed to tell dates from numbers; unparsable values become error cells, not crashes. */
    private static final ReadingOptions OPTIONS = new ReadingOptions(true, true);
    /** For a workbook without a styles part, where every cell has the General format. */
    private static final ReadingOptions OPTIONS_WITHOUT_STYLES = new ReadingOptions(false, true);

    private final Path file;
    private final String sheetName;
    private final ReadableXlsx readable;
    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final DateFormats dateFormats = new DateFormats();
    private final boolean date1904;
    private final int lastRow;
    private int currentRow;
    private boolean finished;

    private XlsxRowSource(Path file, String sheetName, ReadableXlsx readable, ReadableWorkbook workbook,
            Stream<Row> stream, int lastRow) {
        this.file = file;
        this.date1904 = DateSystem.uses1904(readable.path());
        this.sheetName = sheetName;
        this.readable = readable;
        this.workbook = workbook;
        this.stream = stream;
        this.rows = stream.iterator();
        this.lastRow = lastRow;
    }

    public static List<WorkbookSheet> sheets(Path file) throws CxLensException {
        try (ReadableXlsx readable = ReadableXlsx.workbook(file); ReadableWorkbook wb = openWorkbook(file, readable)) {
            return wb.getSheets()
                    .map(s -> new WorkbookSheet(s.getName(), s.getVisibility() != SheetVisibility.VISIBLE))
                    .toList();
        } catch (IOException e) {
            throw ReadErrors.io(file, e);
        } catch (RuntimeException e) {
            throw ReadErrors.damaged(e, "damagedWorkbook", file);
        }
    }

    /** @param sheetName an existing sheet (see {@link SheetChoice}) */
    public static XlsxRowSource open(Path file, String sheetName) throws CxLensException {
        ReadableXlsx readable = ReadableXlsx.sheet(file, sheetName);
        ReadableWorkbook wb;
        try {
            wb = openWorkbook(file, readable);
        } catch (CxLensException e) {
            readable.close();
            throw e;
        }
        try {
            Sheet sheet = wb.findSheet(sheetName).orElseThrow(() -> ReadErrors.of("unknownSheet", file, sheetName,
                    String.join(", ", wb.getSheets().map(Sheet::getName).toList())));
            return new XlsxRowSource(file, sheetName, readable, wb, sheet.openStream(),
                    SheetExtent.lastRow(readable.path(), sheet.getId()));
        } catch (CxLensException e) {
            closeQuietly(wb);
            readable.close();
            throw e;
        } catch (IOException | RuntimeException e) {
            closeQuietly(wb);
            readable.close();
            throw ReadErrors.damaged(e, "damagedSheet", file, sheetName, 1);
        }
    }

    private static ReadableWorkbook openWorkbook(Path file, ReadableXlsx readable) throws CxLensException {
        try {
            return GuardedWorkbooks.open(readable.path(), file, readable.styled() ? OPTIONS : OPTIONS_WITHOUT_STYLES);
        } catch (IOException | RuntimeException e) {
            if (!file.toFile().canRead()) {
                throw ReadErrors.of(e, "accessDenied", file);
            }
            throw ReadErrors.damaged(e, "damagedWorkbook", file);
        }
    }

    @Override
    public SourceRow next() throws CxLensException {
        try {
            while (rows.hasNext()) {
                Row row = rows.next();
                currentRow = row.getRowNum();
                CellLimits.checkWidth(file, sheetName, currentRow, row.getCellCount());
                String[] cells = new String[row.getCellCount()];
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = CellLimits.checkText(file, sheetName, currentRow, i, text(row.getCell(i)));
                }
                if (!RowCells.allBlank(cells)) {
                    return new SourceRow(currentRow, cells);
                }
            }
            finished = true;
            return null;
        } catch (RuntimeException e) {
            // fastexcel reports broken XML, zip entries and values as unchecked exceptions.
            throw ReadErrors.damaged(e, "damagedSheet", file, sheetName, currentRow + 1);
        }
    }

    private String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case EMPTY -> "";
            case STRING -> cell.asString();
            case BOOLEAN -> booleanText(cell.getValue());
            case ERROR -> cell.getRawValue();
            case NUMBER, FORMULA -> valueText(cell);
        };
    }

    /** A number or a formula's cached result, whatever type that result has. */
    private String valueText(Cell cell) {
        Object value = cell.getValue();
        if (value instanceof BigDecimal number) {
            return dateFormats.isDate(cell.getDataFormatId(), cell.getDataFormatString())
                    ? CellText.date(number.doubleValue(), date1904)
                    : CellText.number(number);
        }
        if (value instanceof Boolean) {
            return booleanText(value);
        }
        return value == null ? "" : value.toString();
    }

    private static String booleanText(Object value) {
        return Boolean.TRUE.equals(value) ? "TRUE" : "FALSE";
    }

    @Override
    public double fractionRead() {
        if (finished) {
            return 1;
        }
        return lastRow <= 0 ? 0 : Math.min(1.0, (double) currentRow / lastRow);
    }

    @Override
    public void close() throws CxLensException {
        stream.close();
        try {
            workbook.close();
        } catch (IOException e) {
            throw ReadErrors.io(file, e);
        } finally {
            readable.close();
        }
    }

    private static void closeQuietly(ReadableWorkbook wb) {
        try {
            wb.close();
        } catch (IOException ignored) {
            // Already failing with the error that matters to the user.
        }
    }
}
