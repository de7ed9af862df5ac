package org.cxlens.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainWideWritersTest {

    private static final List<String> HEADER = List.of("RespondentID", "Wave", "Date", "Website", "Showroom visit",
            "Sales advice", "Quotation", "Financing", "Order confirmation", "Planning call", "Delivery notification",
            "Delivery", "Installation", "Manual & instructions", "Invoice", "Customer service", "Repair",
            "Follow-up call", "Overall satisfaction", "Recommend", "Region", "Channel", "Customer type", "Comment");

    @TempDir
    Path dir;

    private static SurveyGenerator generator(long seed, int n) {
        return new SurveyGenerator(Journey.extended(), GeneratorOptions.of(Language.ENGLISH), seed, n);
    }

    @Test
    void csvHasOneHeaderRowAndOneRecordPerRespondentOnTheZeroToTenScale() throws Exception {
        Path file = TestFiles.write(SampleLayout.PLAIN_CSV, generator(11L, 300), dir.resolve("plain.csv"));

        List<String[]> rows = TestFiles.readCsv(file, StandardCharsets.UTF_8, ',');

        assertThat(rows).hasSize(301);
        assertThat(rows.get(0)).containsExactlyElementsOf(HEADER);
        List<String> scores = new ArrayList<>();
        for (String[] row : rows.subList(1, rows.size())) {
            assertThat(row).hasSize(HEADER.size());
            scores.addAll(Arrays.asList(row).subList(3, 20));
        }
        assertThat(scores).allMatch(s -> s.isEmpty() || s.matches("10|[0-9]"));
        assertThat(scores).contains("", "3", "10");
        assertThat(rows.get(1)[0]).isEqualTo("1");
        assertThat(rows.get(1)[2]).matches("2025-01-\\d\\d");
        assertThat(rows.get(300)[1]).isEqualTo("2025-Q3");
    }

    @Test
    void csvKeepsCommentsWithQuotesCommasAndLineBreaksIntact() throws Exception {
        List<String> expected = new ArrayList<>();
        generator(12L, 400).forEachRemaining(r -> expected.add(r.comment() == null ? "" : r.comment()));
        Path file = TestFiles.write(SampleLayout.PLAIN_CSV, generator(12L, 400), dir.resolve("plain.csv"));

        List<String[]> rows = TestFiles.readCsv(file, StandardCharsets.UTF_8, ',');

        List<String> comments = rows.subList(1, rows.size()).stream().map(r -> r[HEADER.size() - 1]).toList();
        assertThat(comments).isEqualTo(expected);
        assertThat(comments).anyMatch(c -> c.contains("\n")).anyMatch(c -> c.contains("\""));
    }

    @Test
    void csvIsByteForByteTheSameForTheSameSeed() throws Exception {
        Path a = TestFiles.write(SampleLayout.PLAIN_CSV, generator(13L, 500), dir.resolve("a.csv"));
        Path b = TestFiles.write(SampleLayout.PLAIN_CSV, generator(13L, 500), dir.resolve("b.csv"));
        Path c = TestFiles.write(SampleLayout.PLAIN_CSV, generator(14L, 500), dir.resolve("c.csv"));

        assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
        assertThat(Files.readAllBytes(c)).isNotEqualTo(Files.readAllBytes(a));
    }

    @Test
    void xlsxHasTheSameColumnsWithNumbersAndDateCells() throws Exception {
        List<Respondent> expected = new ArrayList<>();
        generator(15L, 200).forEachRemaining(expected::add);
        Path file = TestFiles.write(SampleLayout.PLAIN_XLSX, generator(15L, 200), dir.resolve("plain.xlsx"));

        try (Workbook workbook = TestFiles.openXlsx(file)) {
            Sheet sheet = TestFiles.firstSheet(workbook);
            assertThat(sheet.getSheetName()).isEqualTo("Responses");
            assertThat(sheet.getLastRowNum()).isEqualTo(200);
            Row header = sheet.getRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                assertThat(header.getCell(c).getStringCellValue()).isEqualTo(HEADER.get(c));
            }
            for (int i = 0; i < expected.size(); i++) {
                Respondent r = expected.get(i);
                Row row = sheet.getRow(i + 1);
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(r.number());
                Cell date = row.getCell(2);
                assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
                assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(r.start().toLocalDate());
                for (int t = 0; t < r.touchpointCount(); t++) {
                    Cell cell = row.getCell(3 + t);
                    if (r.met(t)) {
                        assertThat(cell.getNumericCellValue()).isEqualTo(r.score(t, 0, 10));
                    } else {
                        assertThat(cell == null || cell.getCellType() == CellType.BLANK).isTrue();
                    }
                }
                assertThat(row.getCell(19).getNumericCellValue()).isEqualTo(r.recommend());
            }
            assertThat(sheet.getRow(1).getCell(2).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2025, 1, 6));
        }
    }

    @Test
    void xlsxSheetIsTheSameForTheSameSeed() throws Exception {
        Path a = TestFiles.write(SampleLayout.PLAIN_XLSX, generator(16L, 300), dir.resolve("a.xlsx"));
        Path b = TestFiles.write(SampleLayout.PLAIN_XLSX, generator(16L, 300), dir.resolve("b.xlsx"));

        // Only the sheet parts: fastexcel stamps the creation time into docProps/core.xml.
        for (String part : List.of("xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml")) {
            assertThat(TestFiles.zipEntry(b, part)).as(part).isEqualTo(TestFiles.zipEntry(a, part));
        }
    }
}
