package org.cxlens.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.Progress;
import org.cxlens.domain.Scale;
import org.cxlens.domain.TouchpointSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleSetTest {

    /** The shipped samples, relative to the project directory in which Maven runs the tests. */
    private static final Path SHIPPED = Path.of("samples");

    @TempDir
    Path dir;

    @Test
    void writesFourSamplesUnderOneMegabyteWithTheirRespondentCounts() throws Exception {
        List<Path> files = SampleSet.writeAll(dir);

        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("qualtrics-export.csv",
                "surveymonkey-export.xlsx", "dutch-export.csv", "long-format.xlsx");
        for (Path file : files) {
            assertThat(Files.size(file)).as(file.toString()).isBetween(20_000L, 1_000_000L);
        }
        assertThat(TestFiles.readCsv(dir.resolve("qualtrics-export.csv"), StandardCharsets.UTF_8, ','))
                .hasSize(3 + 800);
        assertThat(TestFiles.readCsv(dir.resolve("dutch-export.csv"), DutchCsvWriter.WINDOWS_1252, ';'))
                .hasSize(1 + 1000);
        try (Workbook workbook = TestFiles.openXlsx(dir.resolve("surveymonkey-export.xlsx"))) {
            assertThat(TestFiles.firstSheet(workbook).getLastRowNum()).isEqualTo(1 + 600);
        }
        try (Workbook workbook = TestFiles.openXlsx(dir.resolve("long-format.xlsx"))) {
            Sheet sheet = TestFiles.firstSheet(workbook);
            Set<String> ids = new HashSet<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                ids.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(ids).hasSize(400);
        }
        assertThat(SampleSet.files()).allSatisfy(f -> assertThat(f.respondents()).isBetween(200, 2_000));
    }

    @Test
    void theShippedSamplesAreExactlyWhatTheGeneratorWrites() throws Exception {
        SampleSet.writeAll(dir);

        for (String csv : List.of("qualtrics-export.csv", "dutch-export.csv")) {
            assertThat(Files.readAllBytes(SHIPPED.resolve(csv))).as(csv)
                    .isEqualTo(Files.readAllBytes(dir.resolve(csv)));
        }
        for (String xlsx : List.of("surveymonkey-export.xlsx", "long-format.xlsx")) {
            for (String part : List.of("xl/worksheets/sheet1.xml", "xl/sharedStrings.xml")) {
                assertThat(TestFiles.zipEntry(SHIPPED.resolve(xlsx), part)).as(xlsx + " " + part)
                        .isEqualTo(TestFiles.zipEntry(dir.resolve(xlsx), part));
            }
        }
    }

    @Test
    void demoDataHasFifteenHundredRespondentsOfTheEightTouchpointJourney() throws Exception {
        Path file = DemoData.write(dir.resolve("demo").resolve("demo.csv"), Progress.NONE);

        List<String[]> rows = TestFiles.readCsv(file, StandardCharsets.UTF_8, ',');
        assertThat(rows).hasSize(1 + DemoData.RESPONDENTS);
        assertThat(rows.get(0)).containsExactly("RespondentID", "Wave", "Date", "Website", "Sales advice",
                "Quotation", "Order confirmation", "Delivery", "Installation", "Invoice", "Customer service",
                "Overall satisfaction", "Recommend", "Region", "Channel", "Customer type", "Comment");

        List<TouchpointSpec> touchpoints = DemoData.touchpoints();
        assertThat(touchpoints).extracting(TouchpointSpec::name)
                .containsExactly(Arrays.copyOfRange(rows.get(0), 3, 11));
        assertThat(touchpoints.get(6)).isEqualTo(new TouchpointSpec("Invoice", "Finance", MomentType.STANDARD, 7,
                Scale.of(0, 10)));
        Map<String, MomentType> types = new HashMap<>();
        touchpoints.forEach(t -> types.put(t.name(), t.momentType()));
        assertThat(types).containsEntry("Installation", MomentType.EXCEL)
                .containsEntry("Delivery", MomentType.MOMENT_OF_TRUTH);
    }
}
