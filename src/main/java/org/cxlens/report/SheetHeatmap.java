package org.cxlens.report;

import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.cxlens.domain.Message;

/**
 * A heatmap on a worksheet: Office has no heatmap chart, so the grid itself is the chart, each
 * share a number (a percentage) on the fill of its colour step as the screen draws it; low-base
 * cells grey, cells without cases empty, and the scale explained under the grid.
 */
final class SheetHeatmap {

    private SheetHeatmap() {
    }

    static void write(XSSFSheet sheet, HeatmapDescription heatmap, int top, WorkbookStyles styles, Locale locale) {
        XSSFRow heading = row(sheet, top);
        styles.text(heading.createCell(0), "", styles.heading());
        for (int c = 0; c < heatmap.columnLabels().size(); c++) {
            styles.text(heading.createCell(c + 1), heatmap.columnLabels().get(c), styles.heading());
        }
        for (int r = 0; r < heatmap.rowLabels().size(); r++) {
            XSSFRow row = row(sheet, top + 1 + r);
            styles.text(row.createCell(0), heatmap.rowLabels().get(r), null);
            for (int c = 0; c < heatmap.columnLabels().size(); c++) {
                HeatCell h = heatmap.cell(r, c);
                if (h.empty()) {
                    continue;
                }
                XSSFCell cell = row.createCell(c + 1);
                cell.setCellValue(h.share());
                if (h.lowBase()) {
                    cell.setCellStyle(styles.fill("eeeeee", false, 0));
                } else {
                    int step = ClassColours.heatStep(heatmap, h.share());
                    cell.setCellStyle(styles.fill(ClassColours.heat(step), ClassColours.lightTextOnHeat(step), 0));
                }
            }
        }
        styles.text(row(sheet, top + 2 + heatmap.rowLabels().size()).createCell(0),
                Message.of("report.office.heatScale", Message.of("measure." + heatmap.measure().name()),
                        Math.round(heatmap.scaleLow() * 100), Math.round(heatmap.scaleHigh() * 100)).render(locale),
                styles.note());
    }

    private static XSSFRow row(XSSFSheet sheet, int index) {
        XSSFRow row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }
}
