package org.cxlens.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cxlens.domain.Message;
import org.cxlens.domain.Progress;

/**
 * The report as a workbook: a cover sheet, a sheet per view with its table (numbers as numbers,
 * shares as percentages) and its chart as a native Office chart over a block of chart data on
 * the same sheet, the method, and the classified respondents streamed into the last sheet. A
 * worksheet holds at most 1,048,576 rows: beyond that the sheet says, in its first row, how many
 * respondents it lists and recommends the CSV.
 */
public final class XlsxWriter implements DeliverableWriter {

    /** Rows a worksheet holds. */
    static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    /** Rows kept in memory while streaming the respondents. */
    private static final int WINDOW = 500;
    private static final int CHART_COLUMNS = 10;
    private static final int CHART_DATA_COLUMNS = 4;

    private final int maxRows;

    public XlsxWriter() {
        this(MAX_ROWS);
    }

    /** A writer whose respondents' sheet holds fewer rows than a worksheet can, to test the overflow. */
    XlsxWriter(int maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    public void write(ReportBook book, ClassifiedRespondents respondents, OutputStream out, Progress progress)
            throws IOException {
        Locale locale = book.locale();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookStyles styles = new WorkbookStyles(workbook, locale);
            Set<String> names = new HashSet<>();
            cover(workbook.createSheet(name(Message.of("report.office.cover").render(locale), names)), book, styles);
            for (ReportView view : book.views()) {
                Cancellation.check(progress);
                view(workbook.createSheet(name(view.title(), names)), view, styles, locale);
            }
            method(workbook.createSheet(name(Message.of("report.office.method").render(locale), names)), book, styles);
            SXSSFWorkbook streaming = new SXSSFWorkbook(workbook, WINDOW);
            try {
                streaming.setCompressTempFiles(false);
                respondents(streaming.createSheet(name(Message.of("respondents.sheet").render(locale), names)),
                        respondents, styles, locale, progress, maxRows);
                streaming.write(out);
            } finally {
                streaming.dispose();
            }
        }
    }

    private static void cover(XSSFSheet sheet, ReportBook book, WorkbookStyles styles) {
        ReportCover cover = book.cover();
        int r = 0;
        styles.text(sheet.createRow(r++).createCell(0), cover.project(), styles.title());
        for (String line : List.of(cover.client(), cover.dateRange(), cover.base(), cover.filter(), cover.created())) {
            if (!line.isBlank()) {
                styles.text(sheet.createRow(r++).createCell(0), line, null);
            }
        }
        r++;
        for (String assumption : cover.assumptions()) {
            styles.text(sheet.createRow(r++).createCell(0), assumption, null);
        }
        sheet.setColumnWidth(0, 100 * 256);
    }

    private static void view(XSSFSheet sheet, ReportView view, WorkbookStyles styles, Locale locale) throws IOException {
        int r = 0;
        styles.text(sheet.createRow(r++).createCell(0), view.title(), styles.title());
        for (String note : view.notes()) {
            styles.text(sheet.createRow(r++).createCell(0), note, styles.note());
        }
        r++;
        int tableTop = r;
        r = table(sheet, view.table(), r, styles);
        int widest = view.table().headers().size();
        if (view.chart() != null) {
            r = view.table().isEmpty() ? r : r + 1;
            styles.text(row(sheet, r++).createCell(0), Message.of("report.office.chartData").render(locale), styles.heading());
            if (view.chart() instanceof HeatmapDescription heatmap) {
                widest = Math.max(widest, heatmap.columnLabels().size() + 1);
                SheetHeatmap.write(sheet, heatmap, r, styles, locale);
            } else {
                ChartCells cells = new ChartCells(sheet, r, 0, chartValueStyle(view.chart(), styles));
                XSSFDrawing drawing = sheet.createDrawingPatriarch();
                // Right of the table and of the chart data, which takes up to four columns.
                widest = Math.max(widest, CHART_DATA_COLUMNS);
                int height = Math.max(10, chartRows(view.chart()));
                XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, widest + 1, tableTop,
                        widest + 1 + CHART_COLUMNS, tableTop + height);
                XSSFChart chart = drawing.createChart(anchor);
                OfficeCharts.draw(chart, view.chart(), cells, locale);
            }
        }
        styles.fitColumns(sheet, widest);
    }

    /** Shares as percentages; an NPS trend as a plain number. */
    private static CellStyle chartValueStyle(ReportChart chart, WorkbookStyles styles) {
        return chart instanceof TrendChartDescription trend && !trend.measure().isShare() ? styles.decimal(1) : styles.share(1);
    }

    /** Room for the bars or points: a chart of many categories gets taller. */
    private static int chartRows(ReportChart chart) {
        if (chart instanceof ClassBarChartDescription bars) {
            return 5 + bars.categories().size() * 2;
        }
        if (chart instanceof DepartmentChartDescription departments) {
            return 5 + departments.departments().categories().size() * 2;
        }
        return 22;
    }

    /** Writes the table from row {@code r}; returns the row after it. */
    private static int table(XSSFSheet sheet, ReportTable table, int r, WorkbookStyles styles) {
        if (table.headers().isEmpty()) {
            return r;
        }
        XSSFRow heading = row(sheet, r++);
        for (int c = 0; c < table.headers().size(); c++) {
            styles.text(heading.createCell(c), table.headers().get(c), styles.heading());
        }
        for (List<ReportCell> cells : table.rows()) {
            XSSFRow row = row(sheet, r++);
            for (int c = 0; c < cells.size(); c++) {
                styles.cell(row.createCell(c), cells.get(c));
            }
        }
        return r;
    }

    private static void method(XSSFSheet sheet, ReportBook book, WorkbookStyles styles) {
        int r = 0;
        int widest = 1;
        for (MethodSection section : book.method()) {
            styles.text(row(sheet, r++).createCell(0), section.heading(), styles.heading());
            for (String p : section.paragraphs()) {
                styles.text(row(sheet, r++).createCell(0), p, null);
            }
            r = table(sheet, section.table(), r, styles) + 1;
            widest = Math.max(widest, section.table().headers().size());
        }
        styles.fitColumns(sheet, widest);
    }

    private static void respondents(SXSSFSheet sheet, ClassifiedRespondents respondents, WorkbookStyles styles,
                                    Locale locale, Progress progress, int maxRows) throws IOException {
        long total = respondents.count();
        int[] r = {0};
        int room = maxRows - 1;
        if (total > room) {
            room--;
            styles.text(sheet.createRow(r[0]++).createCell(0),
                    Message.of("respondents.truncated", room, total).render(locale), styles.heading());
        }
        List<String> headers = respondents.headers();
        Row heading = sheet.createRow(r[0]++);
        for (int c = 0; c < headers.size(); c++) {
            styles.text(heading.createCell(c), headers.get(c), styles.heading());
            sheet.setColumnWidth(c, Math.min(40, Math.max(12, headers.get(c).length() + 2)) * 256);
        }
        sheet.createFreezePane(0, r[0]);
        long limit = room;
        long[] written = {0};
        try {
            respondents.forEach(cells -> {
                if (written[0] == limit) {
                    throw new SheetFull();
                }
                Row row = sheet.createRow(r[0]++);
                for (int c = 0; c < cells.size(); c++) {
                    styles.cell(row.createCell(c), cells.get(c));
                }
                if (++written[0] % RespondentsCsvWriter.REPORT_EVERY == 0) {
                    Cancellation.check(progress);
                    progress.update(written[0], total);
                }
            });
        } catch (SheetFull full) {
            // The note in the first row says how many are listed.
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        progress.update(total, total);
    }

    /** Stops the respondents' stream when the sheet has no rows left. */
    private static final class SheetFull extends RuntimeException {
        SheetFull() {
            super(null, null, false, false);
        }
    }

    private static XSSFRow row(XSSFSheet sheet, int index) {
        XSSFRow row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }

    /** A sheet name Excel accepts (31 characters, none of []:*?/\), unique in the workbook. */
    static String name(String title, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(title.isBlank() ? "Sheet" : title);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }
}
