package org.cxlens.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cxlens.analysis.Filter;
import org.cxlens.app.TestProjects;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Progress;
import org.cxlens.domain.Touchpoint;
import org.cxlens.importer.ReadOptions;
import org.cxlens.importer.SurveyImport;
import org.cxlens.importer.mapping.MappingProfile;
import org.cxlens.storage.ProjectFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unfiltered overview kept in the project file (ADR 0010): read back before the respondents,
 * equal to the engine's after the load, and never used once the project changed.
 */
class StoredOverviewTest {

    @TempDir
    Path folder;

    @Test
    void theDemosStoredOverviewIsTheOneTheEngineComputesAfterTheLoad() throws Exception {
        Path demo = Files.copy(TestProjects.demo(), folder.resolve("demo.cxlens"));
        // The shared demo may hold them already, from the window tests' openings.
        try (OpenProject open = OpenProject.open(demo)) {
            assertThat(open.storeOverview(open.overviewFigures(Filter.NONE))).isTrue();
        }

        OverviewFigures stored;
        try (ProjectOpening second = ProjectOpening.begin(demo, true, OpeningTimes.NONE)) {
            stored = second.storedOverview().orElseThrow();
            try (OpenProject open = second.finish()) {
                OverviewFigures engine = open.overviewFigures(Filter.NONE);
                assertThat(stored.sameAs(engine)).isTrue();
                assertThat(stored.dashboard().filter()).isEqualTo(Filter.NONE);
                assertThat(stored.dashboard().scheme()).isEqualTo(open.scheme());
                assertThat(stored.respondents()).isEqualTo(1500);
                assertThat(stored.dashboard().respondents()).isEqualTo(engine.dashboard().respondents());
                assertThat(stored.dashboard().touchpoints()).hasSameSizeAs(engine.dashboard().touchpoints())
                        .isNotEmpty();
                assertThat(stored.waves()).hasSameSizeAs(engine.waves());
                assertThat(stored.dashboard().overall().classes().share(ExperienceClass.DELIGHTED))
                        .isEqualTo(engine.dashboard().overall().classes().share(ExperienceClass.DELIGHTED));
            }
        }
    }

    @Test
    void afterASchemeChangeTheStoredOverviewIsNotUsedUntilTheNewOneIsStored() throws Exception {
        Path project = tenRespondents();
        OverviewFigures before = openAndStore(project);
        try (OpenProject open = OpenProject.open(project)) {
            open.saveScheme(new ClassificationScheme(0.95, 0.75, 0.3));
            assertThat(open.storeOverview(open.overviewFigures(Filter.NONE)))
                    .as("figures of a project changed since its opening are not stored").isFalse();
        }
        assertThat(stored(project)).isNull();

        OverviewFigures after = openAndStore(project);

        assertThat(sameAsStored(project, after)).isTrue();
        assertThat(after.sameAs(before)).isFalse();
        // Weighted (Σw = 20): delighted from 9.5 keeps only the 10 of weight 1; default 8.5 keeps 10, 9, 9.
        assertThat(before.dashboard().overall().classes().share(ExperienceClass.DELIGHTED)).isCloseTo(0.15, within(1e-9));
        assertThat(after.dashboard().overall().classes().share(ExperienceClass.DELIGHTED)).isCloseTo(0.05, within(1e-9));
    }

    @Test
    void aSchemeChangeStoresTheOverviewAsItIsNowForTheNextOpening() throws Exception {
        Path project = tenRespondents();
        openAndStore(project);
        try (OpenProject open = OpenProject.open(project)) {
            open.saveScheme(new ClassificationScheme(0.95, 0.75, 0.3));
            assertThat(open.storeCurrentOverview()).isTrue();
        }

        OverviewFigures stored = stored(project);

        assertThat(stored).as("the next opening shows figures at once").isNotNull();
        assertThat(stored.dashboard().scheme()).isEqualTo(new ClassificationScheme(0.95, 0.75, 0.3));
        assertThat(stored.dashboard().overall().classes().share(ExperienceClass.DELIGHTED)).isCloseTo(0.05, within(1e-9));
        try (OpenProject open = OpenProject.open(project)) {
            assertThat(stored.sameAs(open.overviewFigures(Filter.NONE))).isTrue();
        }
    }

    @Test
    void aCatalogueChangeStoresTheOverviewAsItIsNowForTheNextOpening() throws Exception {
        Path project = tenRespondents();
        openAndStore(project);
        try (OpenProject open = OpenProject.open(project)) {
            Touchpoint website = open.data().touchpoints().get(0);
            open.updateTouchpoint(new Touchpoint(website.id(), website.slot(), "Web shop", "Online",
                    website.momentType(), website.journeyOrder(), website.scale(), 0.4));
            assertThat(open.storeCurrentOverview()).isTrue();
        }

        OverviewFigures stored = stored(project);

        assertThat(stored).isNotNull();
        assertThat(stored.dashboard().touchpoints()).singleElement()
                .satisfies(t -> assertThat(t.touchpoint().name()).isEqualTo("Web shop"));
        try (OpenProject open = OpenProject.open(project)) {
            assertThat(stored.sameAs(open.overviewFigures(Filter.NONE))).isTrue();
        }
    }

    @Test
    void afterAnImportIntoTheOpenProjectTheFiguresOfTheFileAsItNowIsAreStored() throws Exception {
        Path project = tenRespondents();
        openAndStore(project);
        Path[] more = surveyAndMapping("more.csv", new int[] {10, 10}, new int[] {10, 10});
        try (OpenProject open = OpenProject.open(project)) {
            open.importFile(more[0], ReadOptions.DETECT, MappingProfile.read(more[1]), null, false, Progress.NONE, 0);
            assertThat(open.storeCurrentOverview()).isTrue();
            assertThat(open.overviewFigures(Filter.NONE).dashboard().respondents()).as("its data in memory stay the opening's")
                    .isEqualTo(10);
        }

        OverviewFigures stored = stored(project);

        assertThat(stored).isNotNull();
        assertThat(stored.respondents()).isEqualTo(12);
        assertThat(stored.imports()).isEqualTo(2);
        try (OpenProject open = OpenProject.open(project)) {
            assertThat(stored.sameAs(open.overviewFigures(Filter.NONE))).isTrue();
        }
    }

    @Test
    void afterASecondImportTheStoredOverviewIsNotUsedUntilTheNewOneIsStored() throws Exception {
        Path project = tenRespondents();
        openAndStore(project);
        importCsv(project, "more.csv", new int[] {10, 10}, new int[] {10, 10});
        assertThat(stored(project)).isNull();

        OverviewFigures after = openAndStore(project);

        assertThat(sameAsStored(project, after)).isTrue();
        assertThat(after.respondents()).isEqualTo(12);
        assertThat(after.imports()).isEqualTo(2);
    }

    @Test
    void unweightedFiguresAreKeptApartFromWeightedOnes() throws Exception {
        Path project = tenRespondents();
        openAndStore(project);

        try (ProjectOpening counted = ProjectOpening.begin(project, false, OpeningTimes.NONE)) {
            assertThat(counted.storedOverview()).isEmpty();
        }
    }

    @Test
    void aReportFileStoresNothing() throws Exception {
        Path project = tenRespondents();
        Path report = folder.resolve("report.cxlens");
        try (OpenProject open = OpenProject.open(project)) {
            open.saveReport(report, Filter.NONE, ReportPage.OVERVIEW, "");
        }
        try (OpenProject open = OpenProject.open(report)) {
            assertThat(open.storeOverview(open.overviewFigures(Filter.NONE))).isFalse();
        }
    }

    private static OverviewFigures openAndStore(Path project) throws Exception {
        try (OpenProject open = OpenProject.open(project)) {
            OverviewFigures figures = open.overviewFigures(Filter.NONE);
            assertThat(open.storeOverview(figures)).isTrue();
            return figures;
        }
    }

    private static OverviewFigures stored(Path project) throws Exception {
        try (ProjectOpening opening = ProjectOpening.begin(project, true, OpeningTimes.NONE)) {
            return opening.storedOverview().orElse(null);
        }
    }

    private static boolean sameAsStored(Path project, OverviewFigures figures) throws Exception {
        OverviewFigures stored = stored(project);
        return stored != null && stored.sameAs(figures);
    }

    /** OpenProjectTest's ten respondents: overall 10 9 9 8 7 | 7 6 5 3 2, the last five weighing 3. */
    private Path tenRespondents() throws Exception {
        Path project = folder.resolve("ten.cxlens");
        ProjectFile.create(project).close();
        importCsv(project, "ten.csv", new int[] {9, 9, 8, 8, 8, 5, 5, 5, 5, 10}, new int[] {10, 9, 9, 8, 7, 7, 6, 5, 3, 2});
        return project;
    }

    private void importCsv(Path project, String name, int[] website, int[] overall) throws Exception {
        Path[] survey = surveyAndMapping(name, website, overall);
        try (ProjectFile file = ProjectFile.open(project)) {
            SurveyImport.run(survey[0], ReadOptions.DETECT, MappingProfile.read(survey[1]), false, file, Progress.NONE);
        }
    }

    /** A CSV of respondents, the last five weighing 3, and its mapping. */
    private Path[] surveyAndMapping(String name, int[] website, int[] overall) throws Exception {
        List<String> lines = new ArrayList<>(List.of("Id,Website,Overall,Weight"));
        for (int i = 0; i < overall.length; i++) {
            lines.add(name + (i + 1) + "," + website[i] + "," + overall[i] + "," + (i < 5 ? 1 : 3));
        }
        Path csv = Files.write(folder.resolve(name), lines);
        Path mapping = Files.writeString(folder.resolve(name + ".json"), """
                { "version": 1, "shape": "WIDE", "layout": "SINGLE", "missingCodes": [""],
                  "columns": [
                    {"column": "Id", "role": "RESPONDENT_ID"},
                    {"column": "Website", "role": "TOUCHPOINT_SCORE", "touchpoint": "Website", "scale": "0-10",
                     "momentType": "STANDARD", "journeyOrder": 1},
                    {"column": "Overall", "role": "OVERALL_SATISFACTION", "scale": "0-10"},
                    {"column": "Weight", "role": "WEIGHT"}
                  ] }
                """);
        return new Path[] {csv, mapping};
    }
}
