package org.cxlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Progress;
import org.junit.jupiter.api.Test;

/** The workbook of {@link OfficeBooks} with three listed respondents. */
class XlsxWriterTest {

    private static final ReportBook BOOK = OfficeBooks.book(Locale.ENGLISH);

    @Test
    void writesACoverASheetPerViewTheMethodAndTheRespondents() throws Exception {
        try (XSSFWorkbook workbook = workbook(new XlsxWriter(), ListedRespondents.three())) {
            List<String> names = IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName).toList();
            assertThat(names).containsExactly("Report", "Overview", "Touchpoints", "Departments", "Journey",
                    "Key drivers", "Priorities", "Heatmap", "Trend", "Method", "Respondents");
            assertThat(workbook.getSheet("Report").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Webshop 2025");
            assertThat(text(workbook.getSheet("Method"))).contains("Delighted 9–10, satisfied 7–8 on 0–10.");
        }
    }

    @Test
    void keepsNumbersAsNumbersWithTheirFormatsAndNeutralisesFormulaText() throws Exception {
        try (XSSFWorkbook workbook = workbook(new XlsxWriter(), ListedRespondents.three())) {
            XSSFSheet touchpoints = workbook.getSheet("Touchpoints");
            // Title, one note, an empty row, then the table.
            Row heading = touchpoints.getRow(3);
            assertThat(heading.getCell(0).getStringCellValue()).isEqualTo("Touchpoint");
            Row website = touchpoints.getRow(4);
            assertThat(website.getCell(1).getNumericCellValue()).isEqualTo(240);
            assertThat(website.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(website.getCell(2).getNumericCellValue()).isEqualTo(45 / 240.0);
            assertThat(website.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0%");

            XSSFSheet priorities = workbook.getSheet("Priorities");
            // No notes: the title, an empty row, then the table.
            assertThat(priorities.getRow(3).getCell(0).getStringCellValue()).isEqualTo("'-Returns");
            assertThat(priorities.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(-0.125);
            assertThat(priorities.getRow(4).getCell(0).getStringCellValue()).isEqualTo("'@Website");
            assertThat(priorities.getRow(4).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(workbook.getSheet("Overview").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("'=HYPERLINK(\"http://x\") is not run");
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                for (Row row : workbook.getSheetAt(s)) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
        }
    }

    @Test
    void drawsANativeChartOverTheChartDataOnTheViewsSheet() throws Exception {
        ClassBarChartDescription chart = (ClassBarChartDescription) BOOK.views().get(1).chart();
        try (XSSFWorkbook workbook = workbook(new XlsxWriter(), ListedRespondents.three())) {
            XSSFSheet sheet = workbook.getSheet("Touchpoints");
            List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            XDDFBarChartData bars = (XDDFBarChartData) PptxWriterTest.only(charts.get(0));
            assertThat(bars.getBarGrouping()).isEqualTo(BarGrouping.PERCENT_STACKED);
            for (ExperienceClass c : ExperienceClass.values()) {
                XDDFChartData.Series series = bars.getSeries(c.ordinal());
                assertThat(series.getValuesData().getDataRangeReference()).startsWith("Touchpoints!");
                assertThat(PptxWriterTest.values(series)).containsExactly(IntStream.range(0, 4)
                        .mapToObj(i -> chart.segment(i, c).share()).toArray(Double[]::new));
                assertThat(PptxWriterTest.fill(((XDDFBarChartData.Series) series).getShapeProperties()
                        .getFillProperties())).isEqualTo(ClassColours.of(c));
            }
            // The chart data under the table: a heading, the classes, then one row per bar.
            assertThat(sheet.getRow(9).getCell(0).getStringCellValue()).isEqualTo("Chart data");
            assertThat(sheet.getRow(10).getCell(3).getStringCellValue()).isEqualTo("Delighted");
            assertThat(sheet.getRow(11).getCell(3).getNumericCellValue()).isEqualTo(45 / 240.0);

            XSSFSheet heatmap = workbook.getSheet("Heatmap");
            assertThat(heatmap.getDrawingPatriarch()).isNull();
            HeatmapDescription h = (HeatmapDescription) BOOK.views().get(6).chart();
            // The title, an empty row, the chart data's heading, the groups, then the first touchpoint.
            assertThat(heatmap.getRow(3).getCell(1).getStringCellValue()).isEqualTo("2025-Q1");
            Cell first = heatmap.getRow(4).getCell(1);
            assertThat(first.getNumericCellValue()).isEqualTo(h.cell(0, 0).share());
            assertThat(((org.apache.poi.xssf.usermodel.XSSFColor) first.getCellStyle().getFillForegroundColorColor()).getARGBHex().substring(2).toLowerCase(Locale.ROOT))
                    .isEqualTo(ClassColours.heat(ClassColours.heatStep(h, h.cell(0, 0).share())));
        }
    }

    @Test
    void listsTheRespondentsWithNumbersAsNumbersAndTextNeutralised() throws Exception {
        try (XSSFWorkbook workbook = workbook(new XlsxWriter(), ListedRespondents.three())) {
            XSSFSheet sheet = workbook.getSheet("Respondents");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Website: class");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Zürich");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("'=SUM(A1:A9)");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("'@North");
            assertThat(sheet.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(-2.5);
            // A plain negative number as text is no formula and keeps its text.
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("-12");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("'\tTab, \"quoted\"");
        }
    }

    @Test
    void saysSoWhenTheRespondentsDoNotFitTheSheet() throws Exception {
        List<List<ReportCell>> rows = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            rows.add(List.of(ReportCell.text("R" + i)));
        }
        // Room for 6 rows: the note, the heading and the first four respondents.
        try (XSSFWorkbook workbook = workbook(new XlsxWriter(6), new ListedRespondents(List.of("Respondent"), rows))) {
            XSSFSheet sheet = workbook.getSheet("Respondents");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Only the first 4 of 10 respondents "
                    + "are listed here: a worksheet holds at most 1,048,576 rows. Export the respondents as CSV to get all of them.");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Respondent");
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("R4");
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
        }
        assertThat(XlsxWriter.MAX_ROWS).isEqualTo(1_048_576);
    }

    @Test
    void namesSheetsAsExcelAllowsAndOnce() {
        java.util.Set<String> taken = new java.util.HashSet<>();
        assertThat(XlsxWriter.name("Heatmap: wave / month [all]", taken)).isEqualTo("Heatmap  wave   month  all ");
        assertThat(XlsxWriter.name("A very long view title that Excel will not take", taken)).hasSize(31);
        assertThat(XlsxWriter.name("A very long view title that Excel will not take", taken)).hasSize(31).endsWith(" (2)");
    }

    private static XSSFWorkbook workbook(XlsxWriter writer, ClassifiedRespondents respondents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(BOOK, respondents, out, Progress.NONE);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> text(XSSFSheet sheet) {
        List<String> texts = new ArrayList<>();
        sheet.forEach(row -> row.forEach(cell -> {
            if (cell.getCellType() == CellType.STRING) {
                texts.add(cell.getStringCellValue());
            }
        }));
        return texts;
    }
}
