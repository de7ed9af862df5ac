package org.cxlens.report;

import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of a report workbook, each made once (a workbook holds at most 64,000), and how
 * a report cell becomes a worksheet cell: a number stays a number, in a format showing as many
 * decimals as the report's text does (a share as a percentage); text is neutralised against
 * formula injection.
 */
final class WorkbookStyles {

    private final XSSFWorkbook workbook;
    private final char decimalMark;
    private final XSSFCellStyle title;
    private final XSSFCellStyle heading;
    private final XSSFCellStyle note;
    /**
     * The workbook's default style, set on plain cells: for a cell without one, a streamed sheet
     * looks up its column's style in the sheet's XML on every cell it writes (minutes for a million rows).
     */
    private final XSSFCellStyle plain;
    private final Map<String, XSSFCellStyle> numbers = new HashMap<>();
    private final Map<String, XSSFCellStyle> fills = new HashMap<>();

    WorkbookStyles(XSSFWorkbook workbook, Locale locale) {
        this.workbook = workbook;
        this.decimalMark = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        XSSFFont big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(big);
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        heading = workbook.createCellStyle();
        heading.setFont(bold);
        heading.setBorderBottom(BorderStyle.THIN);
        XSSFFont muted = workbook.createFont();
        muted.setItalic(true);
        muted.setColor(new XSSFColor(ClassColours.bytes(ClassColours.TEXT_MUTED)));
        note = workbook.createCellStyle();
        note.setFont(muted);
        plain = workbook.getCellStyleAt(0);
    }

    CellStyle title() {
        return title;
    }

    CellStyle heading() {
        return heading;
    }

    CellStyle note() {
        return note;
    }

    /** A percentage with this many decimals. */
    CellStyle share(int decimals) {
        return number(CellFormat.SHARE, decimals);
    }

    /** A plain number with this many decimals. */
    CellStyle decimal(int decimals) {
        return number(CellFormat.NUMBER, decimals);
    }

    /** Text, neutralised: a cell that would start a formula gets a leading apostrophe. */
    void text(Cell cell, String text, CellStyle style) {
        cell.setCellValue(CsvCells.neutralised(text));
        cell.setCellStyle(style == null ? plain : style);
    }

    void cell(Cell cell, ReportCell value) {
        if (!value.numeric()) {
            cell.setCellValue(CsvCells.neutralised(value.text()));
            cell.setCellStyle(plain);
            return;
        }
        if (Double.isFinite(value.value())) {
            cell.setCellValue(value.value());
        }
        cell.setCellStyle(number(value.format(), decimals(value.text())));
    }

    /** A fill in one of the report colours, with text dark or white. */
    CellStyle fill(String hex, boolean whiteText, int decimals) {
        return fills.computeIfAbsent(hex + whiteText + decimals, k -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(number(CellFormat.SHARE, decimals));
            style.setFillForegroundColor(new XSSFColor(ClassColours.bytes(hex)));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            style.setAlignment(HorizontalAlignment.CENTER);
            if (whiteText) {
                XSSFFont white = workbook.createFont();
                white.setColor(new XSSFColor(ClassColours.bytes("ffffff")));
                style.setFont(white);
            }
            return style;
        });
    }

    /** Columns as wide as their longest text in the first rows, within bounds. */
    void fitColumns(XSSFSheet sheet, int columns) {
        int[] widest = new int[columns];
        for (Row row : sheet) {
            for (int c = 0; c < columns; c++) {
                Cell cell = row.getCell(c);
                if (cell != null) {
                    int length = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            ? cell.getStringCellValue().length() : 10;
                    // A title or a note in the first column runs over the cells beside it instead.
                    if (c > 0 || cell.getCellStyle() != title && cell.getCellStyle() != note) {
                        widest[c] = Math.max(widest[c], length);
                    }
                }
            }
        }
        for (int c = 0; c < columns; c++) {
            // Past the first column a long heading wraps in the reader's eye sooner than it pushes the chart away.
            sheet.setColumnWidth(c, Math.min(c == 0 ? 50 : 30, Math.max(9, widest[c] + 2)) * 256);
        }
    }

    private XSSFCellStyle number(CellFormat format, int decimals) {
        return numbers.computeIfAbsent(format + "/" + decimals, k -> {
            XSSFCellStyle style = workbook.createCellStyle();
            String fraction = decimals == 0 ? "" : "." + "0".repeat(decimals);
            String code = switch (format) {
                case SHARE -> "0" + fraction + "%";
                case COUNT -> "#,##0";
                case NUMBER, TEXT -> "#,##0" + fraction;
            };
            style.setDataFormat(workbook.createDataFormat().getFormat(code));
            return style;
        });
    }

    /** The decimals the report's text shows ("42.3 %" → 1), so the sheet shows the number as the slides do. */
    private int decimals(String text) {
        int mark = text.lastIndexOf(decimalMark);
        if (mark < 0) {
            return 0;
        }
        int digits = 0;
        while (mark + 1 + digits < text.length() && Character.isDigit(text.charAt(mark + 1 + digits))) {
            digits++;
        }
        return Math.min(digits, 4);
    }
}
