package org.cxlens.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cxlens.analysis.AnalysisEngine;
import org.cxlens.analysis.AnalysisSettings;
import org.cxlens.analysis.ClassShares;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.Filter;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Progress;
import org.cxlens.domain.SurveyData;
import org.cxlens.importer.ReadOptions;
import org.cxlens.importer.SurveyImport;
import org.cxlens.importer.mapping.MappingProfile;
import org.cxlens.storage.ProjectFile;
import org.cxlens.testing.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ten respondents on 0–10 scales, so p = score / 10 and the default scheme makes 9–10 delighted,
 * 7–8 satisfied, 0–6 indifferent. The first five weigh 1, the last five 3 (Σw = 20).
 *
 * <pre>
 * respondent  1  2  3  4  5 |  6  7  8  9 10
 * overall    10  9  9  8  7 |  7  6  5  3  2   unweighted 3 D, 3 S, 4 I; weighted 3 D, 2 + 3 S, 12 I (of 20)
 * website     9  9  8  8  8 |  5  5  5  5 10
 * </pre>
 */
class OpenProjectTest {

    @TempDir
    Path folder;

    private Path project;

    @BeforeEach
    void importTenRespondents() throws Exception {
        int[] overall = {10, 9, 9, 8, 7, 7, 6, 5, 3, 2};
        int[] website = {9, 9, 8, 8, 8, 5, 5, 5, 5, 10};
        List<String> lines = new ArrayList<>(List.of("Id,Website,Overall,Weight"));
        for (int i = 0; i < 10; i++) {
            lines.add((i + 1) + "," + website[i] + "," + overall[i] + "," + (i < 5 ? 1 : 3));
        }
        Path csv = Files.write(folder.resolve("ten.csv"), lines);
        Path mapping = Files.writeString(folder.resolve("ten.json"), """
                { "version": 1, "shape": "WIDE", "layout": "SINGLE", "missingCodes": [""],
                  "columns": [
                    {"column": "Id", "role": "RESPONDENT_ID"},
                    {"column": "Website", "role": "TOUCHPOINT_SCORE", "touchpoint": "Website", "scale": "0-10",
                     "momentType": "STANDARD", "journeyOrder": 1},
                    {"column": "Overall", "role": "OVERALL_SATISFACTION", "scale": "0-10"},
                    {"column": "Weight", "role": "WEIGHT"}
                  ] }
                """);
        project = folder.resolve("ten.cxlens");
        try (ProjectFile file = ProjectFile.create(project)) {
            SurveyImport.run(csv, ReadOptions.DETECT, MappingProfile.read(mapping), false, file, Progress.NONE);
        }
    }

    @Test
    void theDashboardIsTheEnginesUnderTheProjectsOwnSettings() throws Exception {
        ClassificationScheme stored = new ClassificationScheme(0.95, 0.75, 0.3);
        try (ProjectFile file = ProjectFile.open(project)) {
            file.saveScheme(stored);
            file.setLowBaseMinimum(5);
        }
        SurveyData data;
        try (ProjectFile file = ProjectFile.open(project)) {
            data = file.loadSurveyData();
        }
        Dashboard direct = AnalysisEngine.prepare(data, new AnalysisSettings(5)).dashboard(Filter.NONE, stored);

        try (OpenProject open = OpenProject.open(project)) {
            assertThat(open.name()).isEqualTo("ten");
            assertThat(open.scheme()).isEqualTo(stored);
            assertThat(open.lowBaseMinimum()).isEqualTo(5);
            assertThat(open.summary().respondents()).isEqualTo(10);
            Dashboard dashboard = open.dashboard(Filter.NONE);

            assertThat(dashboard.respondents()).isEqualTo(direct.respondents()).isEqualTo(10);
            assertSameShares(dashboard.overall().classes(), direct.overall().classes());
            assertThat(dashboard.touchpoints()).hasSize(1);
            assertSameShares(dashboard.touchpoints().get(0).measure().classes(),
                    direct.touchpoints().get(0).measure().classes());
            // Delighted from 9.5, satisfied from 7.5: the 10 (weight 1) D; 9, 9, 8 S; 7 and the last five I, of Σw = 20.
            assertShares(dashboard.overall().classes(), 0.05, 0.15, 0.80);
            assertThat(dashboard.overall().classes().lowBase()).isFalse();
        }
    }

    @Test
    void weightsAreAppliedUnlessTheCallerAsksForCounts() throws Exception {
        try (OpenProject weighted = OpenProject.open(project)) {
            Dashboard dashboard = weighted.dashboard(Filter.NONE);
            // Default scheme, delighted from 8.5: 10, 9, 9 weigh 1 each; satisfied 8, 7 (1 each) and 7 (3).
            assertShares(dashboard.overall().classes(), 0.15, 0.25, 0.60);
            assertThat(weighted.weighting(dashboard).describe().render(Locale.ENGLISH)).contains("“Weight”");
            assertThat(weighted.weighting(dashboard).applied()).isTrue();
        }
        try (OpenProject counted = OpenProject.open(project, false, OpeningTimes.NONE)) {
            Dashboard dashboard = counted.dashboard(Filter.NONE);
            assertShares(dashboard.overall().classes(), 0.3, 0.3, 0.4);
            assertThat(counted.weighting(dashboard).applied()).isFalse();
        }
    }

    @Test
    void eachOpeningStepIsTimedOnceInOrder() throws Exception {
        List<OpeningStep> steps = new ArrayList<>();
        List<Long> nanos = new ArrayList<>();
        try (OpenProject open = OpenProject.open(project, true, (step, took) -> {
            steps.add(step);
            nanos.add(took);
        })) {
            assertThat(open.data().size()).isEqualTo(10);
        }
        assertThat(steps).containsExactly(OpeningStep.OPEN_FILE, OpeningStep.LOAD_DATA, OpeningStep.PREPARE_ENGINE,
                OpeningStep.CHECK_FILE);
        assertThat(nanos).allMatch(n -> n >= 0);
    }

    @Test
    void aDamagedProjectIsRefusedUnchangedThoughItsCheckRunsBesideTheLoading() throws Exception {
        byte[] bytes = Files.readAllBytes(project);
        // Page 1 (header and schema) intact: only the check can tell, or a read failing on the damage.
        for (int i = 16384; i < bytes.length; i++) {
            bytes[i] = (byte) 0xA5;
        }
        Files.write(project, bytes);
        String before = TestFiles.sha256(project);

        assertThatThrownBy(() -> OpenProject.open(project)).isInstanceOfSatisfying(CxLensException.class,
                e -> assertThat(e.userMessage().key()).isEqualTo("storage.open.corrupt"));
        assertThat(TestFiles.sha256(project)).isEqualTo(before);
    }

    @Test
    void savedSettingsApplyAtOnceAndAreThereNextTime() throws Exception {
        try (OpenProject open = OpenProject.open(project)) {
            assertThat(open.dashboard(Filter.NONE).overall().classes().lowBase()).isTrue();
            open.saveLowBaseMinimum(5);
            open.saveScheme(new ClassificationScheme(0.95, 0.65, 0.35));
            ClassShares now = open.dashboard(Filter.NONE).overall().classes();
            assertThat(now.lowBase()).isFalse();
            // Only the 10 is delighted now (weight 1); 9, 9, 8, 7 and 7 (3) satisfied: 4 + 3 = 7 of 20.
            assertShares(now, 0.05, 0.35, 0.60);
        }
        try (OpenProject again = OpenProject.open(project)) {
            assertThat(again.lowBaseMinimum()).isEqualTo(5);
            assertThat(again.scheme()).isEqualTo(new ClassificationScheme(0.95, 0.65, 0.35));
        }
    }

    @Test
    void aFileThatIsNotAProjectIsRefusedUnchanged() throws Exception {
        Path survey = Files.writeString(folder.resolve("survey.cxlens"), "Id,Website\n1,9\n");
        byte[] before = Files.readAllBytes(survey);

        assertThatThrownBy(() -> OpenProject.open(survey))
                .isInstanceOf(CxLensException.class)
                .hasMessage(survey + " is not a CX Lens project.");

        assertThat(Files.readAllBytes(survey)).isEqualTo(before);
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).doesNotContain("survey.cxlens-journal",
                    "survey.cxlens-wal", "survey.cxlens-shm");
        }
    }

    private static void assertShares(ClassShares shares, double delighted, double satisfied, double indifferent) {
        assertThat(shares.share(ExperienceClass.DELIGHTED)).isCloseTo(delighted, within(1e-9));
        assertThat(shares.share(ExperienceClass.SATISFIED)).isCloseTo(satisfied, within(1e-9));
        assertThat(shares.share(ExperienceClass.INDIFFERENT)).isCloseTo(indifferent, within(1e-9));
    }

    private static void assertSameShares(ClassShares actual, ClassShares expected) {
        assertThat(actual.base()).isEqualTo(expected.base());
        assertThat(actual.share()).containsExactly(expected.share());
        assertThat(actual.lowBase()).isEqualTo(expected.lowBase());
    }
}
