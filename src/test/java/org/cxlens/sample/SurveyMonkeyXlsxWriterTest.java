package org.cxlens.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurveyMonkeyXlsxWriterTest {

    private static final DataFormatter TEXT = new DataFormatter();

    @TempDir
    Path dir;

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : TEXT.formatCellValue(cell);
    }

    @Test
    void twoHeaderRowsWithQuestionTextOnlyInTheFirstColumnOfEachBlock() throws Exception {
        Path file = TestFiles.write(SampleLayout.SURVEYMONKEY_XLSX, generator(300), dir.resolve("sm.xlsx"));

        try (Workbook workbook = TestFiles.openXlsx(file)) {
            Sheet sheet = TestFiles.firstSheet(workbook);
            Row questions = sheet.getRow(0);
            Row answers = sheet.getRow(1);
            List<String> row1 = new ArrayList<>();
            List<String> row2 = new ArrayList<>();
            for (int c = 0; c < 22; c++) {
                row1.add(text(questions, c));
                row2.add(text(answers, c));
            }
            assertThat(row1).containsExactly("Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address",
                    "Email Address", "First Name", "Last Name", "Custom Data 1",
                    "Overall, how satisfied are you with us?",
                    "How likely is it that you would recommend us to a friend or colleague?",
                    "How satisfied were you with each of the following?", "", "", "", "", "", "", "",
                    "In which region do you live?", "Is there anything else you would like to tell us?", "");
            assertThat(row2).containsExactly("", "", "", "", "", "", "", "", "", "Response", "Response",
                    "Website", "Sales advice", "Quotation", "Order confirmation", "Delivery", "Installation",
                    "Invoice", "Customer service", "Response", "Open-Ended Response", "");
            assertThat(sheet.getLastRowNum()).isEqualTo(301);
        }
    }

    @Test
    void dataUsesLabelsDateCellsAndLabelledNpsEnds() throws Exception {
        List<Respondent> expected = new ArrayList<>();
        generator(300).forEachRemaining(expected::add);
        Path file = TestFiles.write(SampleLayout.SURVEYMONKEY_XLSX, generator(300), dir.resolve("sm.xlsx"));

        List<String> nps = new ArrayList<>();
        try (Workbook workbook = TestFiles.openXlsx(file)) {
            Sheet sheet = TestFiles.firstSheet(workbook);
            for (int i = 0; i < expected.size(); i++) {
                Respondent r = expected.get(i);
                Row row = sheet.getRow(i + 2);
                for (int c : new int[] {2, 3}) {
                    assertThat(row.getCell(c).getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(DateUtil.isCellDateFormatted(row.getCell(c))).isTrue();
                }
                assertThat(row.getCell(2).getLocalDateTimeCellValue()).isEqualTo(r.start());
                assertThat(row.getCell(3).getLocalDateTimeCellValue()).isEqualTo(r.end());
                assertThat(text(row, 8)).isEqualTo(r.wave().label());
                assertThat(text(row, 9)).isEqualTo(Labels.SATISFACTION_EN.get(r.overall(1, 5) - 1));
                nps.add(text(row, 10));
                for (int t = 0; t < r.touchpointCount(); t++) {
                    assertThat(text(row, 11 + t))
                            .isEqualTo(r.met(t) ? Labels.SATISFACTION_EN.get(r.score(t, 1, 5) - 1) : "");
                }
                assertThat(text(row, 5)).isEqualTo(r.person() == null ? "" : r.person().email());
            }
        }
        assertThat(nps).allMatch(v -> v.matches("[1-9]|0 - Not at all likely|10 - Extremely likely"));
        assertThat(nps).contains("10 - Extremely likely", "5");
    }

    private static SurveyGenerator generator(int n) {
        return new SurveyGenerator(Journey.standard(), GeneratorOptions.of(Language.ENGLISH).withPersonalData(),
                31L, n);
    }
}
