package org.cxlens.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cxlens.analysis.Filter;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Progress;
import org.cxlens.importer.ReadOptions;
import org.cxlens.importer.SurveyImport;
import org.cxlens.importer.mapping.MappingProfile;
import org.cxlens.report.CsvDialect;
import org.cxlens.report.ReportCell;
import org.cxlens.report.RespondentsCsvWriter;
import org.cxlens.storage.ProjectFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four respondents on 0–10 under the default scheme (9–10 delighted, 7–8 satisfied, 0–6
 * indifferent; recovery needed below 3.5):
 * <pre>
 * id    wave     region  website        delivery         overall  class (source)                      recovery
 * R01   2025-Q1  Zürich  9 delighted    10 delighted      9       delighted (overall)                 no
 * =R02  2025-Q1  North   7 satisfied     3 indifferent,R   8      satisfied (overall)                 no; at Delivery
 * R03   2025-Q2  North   2 indifferent,R  -                2      indifferent (overall)               yes; at Website
 * R04   2025-Q2  -       6 indifferent   9 delighted       -      satisfied (mean (.6 + .9) / 2 = .75) no
 * </pre>
 */
class ClassifiedProjectRespondentsTest {

    @TempDir
    Path folder;

    private OpenProject project;

    @BeforeEach
    void openFourRespondents() throws Exception {
        Path csv = Files.write(folder.resolve("four.csv"), List.of(
                "Id,Wave,Date,Region,Website,Delivery,Overall",
                "R01,2025-Q1,2025-01-05,Zürich,9,10,9",
                "=R02,2025-Q1,2025-01-20,North,7,3,8",
                "R03,2025-Q2,2025-04-01,North,2,,2",
                "R04,2025-Q2,2025-04-15,,6,9,"), StandardCharsets.UTF_8);
        Path mapping = Files.writeString(folder.resolve("four.json"), """
                { "version": 1, "shape": "WIDE", "layout": "SINGLE", "missingCodes": [""],
                  "columns": [
                    {"column": "Id", "role": "RESPONDENT_ID"},
                    {"column": "Wave", "role": "WAVE"},
                    {"column": "Date", "role": "DATE"},
                    {"column": "Region", "role": "SEGMENT"},
                    {"column": "Website", "role": "TOUCHPOINT_SCORE", "touchpoint": "Website", "department": "Sales", "scale": "0-10",
                     "momentType": "STANDARD", "journeyOrder": 1},
                    {"column": "Delivery", "role": "TOUCHPOINT_SCORE", "touchpoint": "Delivery", "department": "Logistics", "scale": "0-10",
                     "momentType": "STANDARD", "journeyOrder": 2},
                    {"column": "Overall", "role": "OVERALL_SATISFACTION", "scale": "0-10"}
                  ] }
                """);
        Path file = folder.resolve("four.cxlens");
        try (ProjectFile created = ProjectFile.create(file)) {
            SurveyImport.run(csv, ReadOptions.DETECT, MappingProfile.read(mapping), false, created, Progress.NONE);
        }
        project = OpenProject.open(file);
    }

    @AfterEach
    void close() throws Exception {
        project.close();
    }

    @Test
    void listsEveryRespondentWithTheClassesTheEngineGives() {
        ClassifiedProjectRespondents respondents = new ClassifiedProjectRespondents(project, Filter.NONE, Locale.ENGLISH);
        assertThat(respondents.headers()).containsExactly("Respondent", "Wave", "Date", "Region", "Website: class",
                "Delivery: class", "Class", "Class from", "Recovery needed", "Recovery needed at");
        assertThat(respondents.count()).isEqualTo(4);
        assertThat(texts(respondents)).containsExactly(
                List.of("R01", "2025-Q1", "2025-01-05", "Zürich", "delighted", "delighted", "delighted",
                        "overall satisfaction", "no", ""),
                List.of("=R02", "2025-Q1", "2025-01-20", "North", "satisfied", "indifferent", "satisfied",
                        "overall satisfaction", "no", "Delivery"),
                List.of("R03", "2025-Q2", "2025-04-01", "North", "indifferent", "", "indifferent",
                        "overall satisfaction", "yes", "Website"),
                List.of("R04", "2025-Q2", "2025-04-15", "", "indifferent", "delighted", "satisfied",
                        "mean of touchpoint scores", "no", ""));
        // The class column counts what the dashboard counts.
        var overall = project.dashboard(Filter.NONE).overall().classes();
        assertThat(texts(respondents).stream().filter(r -> r.get(6).equals("satisfied")).count())
                .isEqualTo(Math.round(overall.share(ExperienceClass.SATISFIED) * overall.base())).isEqualTo(2);
    }

    @Test
    void keepsToTheFilterAndTheLanguage() {
        ClassifiedProjectRespondents north = new ClassifiedProjectRespondents(project,
                Filter.NONE.withSegment("Region", Set.of("North")), Locale.forLanguageTag("nl"));
        assertThat(north.count()).isEqualTo(2);
        assertThat(north.headers()).contains("Meting", "Website: klasse", "Herstel nodig");
        assertThat(texts(north)).extracting(r -> r.get(0)).containsExactly("=R02", "R03");
        assertThat(texts(north).get(1).get(8)).isEqualTo("ja");
    }

    @Test
    void goesToCsvNeutralised() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RespondentsCsvWriter(CsvDialect.COMMA).write(null, new ClassifiedProjectRespondents(project, Filter.NONE, Locale.ENGLISH),
                out, Progress.NONE);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(2)).isEqualTo("'=R02,2025-Q1,2025-01-20,North,satisfied,indifferent,satisfied,"
                + "overall satisfaction,no,Delivery");
    }

    private static List<List<String>> texts(ClassifiedProjectRespondents respondents) {
        List<List<String>> rows = new ArrayList<>();
        respondents.forEach(row -> rows.add(row.stream().map(ReportCell::text).toList()));
        return rows;
    }
}
