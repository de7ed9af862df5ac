package org.cxlens.report;

import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The numbers a native Office chart plots, written as worksheet cells the chart refers to: in a
 * slide, the chart's embedded workbook ("Edit data" in PowerPoint); in a workbook, a block on the
 * view's own sheet. So a chart in either format stays editable and shows its numbers.
 *
 * <p>The block is a heading row, then one row per label: the label in the first column and one
 * value per further column. A NaN value is left blank, which a chart draws as a gap.
 */
final class ChartCells {

    private final XSSFSheet sheet;
    private final int top;
    private final int left;
    private final CellStyle valueStyle;
    private int rows;

    /**
     * @param valueStyle the style of the value cells (a percentage format in a workbook), or null
     */
    ChartCells(XSSFSheet sheet, int top, int left, CellStyle valueStyle) {
        this.sheet = sheet;
        this.top = top;
        this.left = left;
        this.valueStyle = valueStyle;
    }

    /** Writes the block: {@code values[row][column]} under {@code headings} (the label column's heading first). */
    void write(List<String> headings, List<String> labels, double[][] values) {
        XSSFRow heading = row(top);
        for (int c = 0; c < headings.size(); c++) {
            heading.createCell(left + c).setCellValue(CsvCells.neutralised(headings.get(c)));
        }
        for (int r = 0; r < labels.size(); r++) {
            XSSFRow row = row(top + 1 + r);
            row.createCell(left).setCellValue(CsvCells.neutralised(labels.get(r)));
            for (int c = 0; c < values[r].length; c++) {
                XSSFCell cell = row.createCell(left + 1 + c);
                if (!Double.isNaN(values[r][c])) {
                    cell.setCellValue(values[r][c]);
                }
                if (valueStyle != null) {
                    cell.setCellStyle(valueStyle);
                }
            }
        }
        rows = labels.size();
    }

    /** Rows the block takes, its heading included. */
    int height() {
        return rows + 1;
    }

    XDDFDataSource<String> labels() {
        return XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(top + 1, top + rows, left, left));
    }

    /** Value column c (0 is the first after the labels), every row. */
    XDDFNumericalDataSource<Double> column(int c) {
        return XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(top + 1, top + rows, left + 1 + c, left + 1 + c));
    }

    CellReference headingCell(int c) {
        return new CellReference(sheet.getSheetName(), top, left + 1 + c, true, true);
    }

    private XSSFRow row(int index) {
        XSSFRow row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }
}
