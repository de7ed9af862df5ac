package org.cxlens.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LongFormatXlsxWriterTest {

    private static final DataFormatter TEXT = new DataFormatter();

    @TempDir
    Path dir;

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : TEXT.formatCellValue(cell);
    }

    @Test
    void oneRowPerTouchpointMetWithRespondentValuesRepeatedAndTheCommentOnce() throws Exception {
        List<Respondent> expected = new ArrayList<>();
        generator().forEachRemaining(expected::add);
        Path file = TestFiles.write(SampleLayout.LONG_XLSX, generator(), dir.resolve("long.xlsx"));

        try (Workbook workbook = TestFiles.openXlsx(file)) {
            Sheet sheet = TestFiles.firstSheet(workbook);
            Row header = sheet.getRow(0);
            List<String> names = new ArrayList<>();
            for (int c = 0; c < 11; c++) {
                names.add(text(header, c));
            }
            assertThat(names).containsExactly("RespondentID", "Wave", "Date", "Department", "Touchpoint", "Score",
                    "Expectation", "Overall satisfaction", "Recommend", "Segment", "Comment");

            Journey journey = Journey.standard();
            int rowIndex = 1;
            for (Respondent r : expected) {
                boolean first = true;
                for (int t = 0; t < r.touchpointCount(); t++) {
                    if (!r.met(t)) {
                        continue;
                    }
                    Row row = sheet.getRow(rowIndex++);
                    assertThat(text(row, 0)).isEqualTo(String.format("RSP-%05d", r.number()));
                    assertThat(DateUtil.isCellDateFormatted(row.getCell(2))).isTrue();
                    assertThat(row.getCell(2).getLocalDateTimeCellValue().toLocalDate())
                            .isEqualTo(r.start().toLocalDate());
                    assertThat(text(row, 3)).isEqualTo(journey.step(t).department());
                    assertThat(text(row, 4)).isEqualTo(journey.step(t).name());
                    assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(r.score(t, 1, 7)).isBetween(1.0, 7.0);
                    assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(r.overall(1, 7));
                    assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(r.recommend());
                    assertThat(text(row, 9)).isIn("Private", "Business");
                    String comment = first && r.comment() != null ? r.comment() : "";
                    assertThat(text(row, 10)).isEqualTo(comment);
                    first = false;
                }
            }
            assertThat(sheet.getLastRowNum()).isEqualTo(rowIndex - 1);
            assertThat(rowIndex - 1).isBetween(150 * 5, 150 * 7);
        }
    }

    private static SurveyGenerator generator() {
        return new SurveyGenerator(Journey.standard(), GeneratorOptions.of(Language.ENGLISH), 51L, 150);
    }
}
