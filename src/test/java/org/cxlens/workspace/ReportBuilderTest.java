package org.cxlens.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.PriorityTargets;
import org.cxlens.app.TestProjects;
import org.cxlens.domain.CancelledException;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Progress;
import org.cxlens.importer.ReadOptions;
import org.cxlens.importer.SurveyImport;
import org.cxlens.importer.mapping.MappingProfile;
import org.cxlens.report.ChartDescriptions;
import org.cxlens.report.ClassBarChartDescription;
import org.cxlens.report.HeatmapDescription;
import org.cxlens.report.ReportBook;
import org.cxlens.report.ReportCell;
import org.cxlens.report.ReportView;
import org.cxlens.report.Scorecard;
import org.cxlens.report.TrendChartDescription;
import org.cxlens.storage.ProjectFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ten respondents on 0–10 scales, so the default scheme makes 9–10 delighted, 7–8 satisfied,
 * 0–6 indifferent, and 0–3 need recovery.
 *
 * <pre>
 * respondent  1  2  3  4  5 |  6  7  8  9 10
 * wave        A  A  A  A  A |  B  B  B  B  B
 * overall    10  9  9  8  7 |  7  6  5  3  2   3 D, 3 S, 4 I; 2 need recovery; A: 3 of 5 D, B: none
 * website     9  9  8  8  8 |  5  5  5  5 10   Marketing: 3 D, 3 S, 4 I; A: 2 of 5 D, B: 1 of 5
 * delivery   10 10 10  2  2 |  7  7  7  7  7   Logistics: 3 D, 5 S, 2 I; respondents 4 and 5 need recovery
 * </pre>
 */
class ReportBuilderTest {

    @TempDir
    Path folder;

    private Path project;

    @BeforeEach
    void importTenRespondents() throws Exception {
        int[] overall = {10, 9, 9, 8, 7, 7, 6, 5, 3, 2};
        int[] website = {9, 9, 8, 8, 8, 5, 5, 5, 5, 10};
        int[] delivery = {10, 10, 10, 2, 2, 7, 7, 7, 7, 7};
        // The longest comment names no touchpoint; the scorecards must still list first those that do.
        String[] comments = {"", "", "", "The delivery was late", "",
            "", "Nice website", "", "", "Everything else about the whole service was perfectly alright, thanks"};
        List<String> lines = new ArrayList<>(List.of("Id,Wave,Website,Delivery,Overall,Comment"));
        for (int i = 0; i < 10; i++) {
            lines.add("R" + (i + 1) + "," + (i < 5 ? "A" : "B") + "," + website[i] + "," + delivery[i] + "," + overall[i]
                    + "," + comments[i]);
        }
        Path csv = Files.write(folder.resolve("ten.csv"), lines);
        Path mapping = Files.writeString(folder.resolve("ten.json"), """
                { "version": 1, "shape": "WIDE", "layout": "SINGLE", "missingCodes": [""],
                  "columns": [
                    {"column": "Id", "role": "RESPONDENT_ID"},
                    {"column": "Wave", "role": "WAVE"},
                    {"column": "Website", "role": "TOUCHPOINT_SCORE", "touchpoint": "Website", "department": "Marketing",
                     "scale": "0-10", "momentType": "STANDARD", "journeyOrder": 1},
                    {"column": "Delivery", "role": "TOUCHPOINT_SCORE", "touchpoint": "Delivery", "department": "Logistics",
                     "scale": "0-10", "momentType": "MOMENT_OF_TRUTH", "journeyOrder": 2},
                    {"column": "Overall", "role": "OVERALL_SATISFACTION", "scale": "0-10"},
                    {"column": "Comment", "role": "COMMENT"}
                  ] }
                """);
        project = folder.resolve("ten.cxlens");
        try (ProjectFile file = ProjectFile.create(project)) {
            SurveyImport.run(csv, ReadOptions.DETECT, MappingProfile.read(mapping), false, file, Progress.NONE);
        }
    }

    private ReportBook book(Locale locale, Filter filter) throws Exception {
        try (OpenProject open = OpenProject.open(project)) {
            return ReportBuilder.build(open, filter, locale, true, Progress.NONE);
        }
    }

    @Test
    void theViewsFollowThePagesWithHandCountedFigures() throws Exception {
        ReportBook book = book(Locale.ENGLISH, Filter.NONE);

        assertThat(book.views()).extracting(ReportView::key).containsExactly("overview", "touchpoints", "departments",
                "journey", "drivers", "priorities", "heatmap", "trend");
        ReportView overview = book.views().get(0);
        assertThat(overview.table().rows()).extracting(r -> r.get(0).text())
                .containsExactly("Indifferent", "Satisfied", "Delighted", "Recovery needed");
        assertThat(column(overview, 1)).containsExactly(0.4, 0.3, 0.3, 0.2);
        assertThat(overview.table().rows().get(2).get(1).text()).isEqualTo("30.0 %");
        assertThat(column(overview, 3)).containsExactly(4.0, 3.0, 3.0, 2.0);

        ReportView touchpoints = book.views().get(1);
        assertThat(touchpoints.table().rows()).extracting(r -> r.get(0).text()).containsExactly("Website", "Delivery");
        // Website: 4 I, 3 S, 3 D; Delivery: 2 I, 5 S, 3 D.
        assertThat(touchpoints.table().rows().get(1).subList(4, 7)).extracting(ReportCell::value)
                .containsExactly(0.2, 0.5, 0.3);

        HeatmapDescription heatmap = (HeatmapDescription) book.views().get(6).chart();
        assertThat(heatmap.columnLabels()).containsExactly("A", "B");
        assertThat(heatmap.cell(0, 0).share()).isCloseTo(0.4, within(1e-9));
        assertThat(heatmap.cell(0, 1).share()).isCloseTo(0.2, within(1e-9));

        TrendChartDescription trend = (TrendChartDescription) book.views().get(7).chart();
        assertThat(trend.periods()).extracting(p -> p.value()).containsExactly(0.6, 0.0);
    }

    @Test
    void theMethodStatesTheCutPointsTheBasesAndTheImport() throws Exception {
        ReportBook book = book(Locale.ENGLISH, Filter.NONE);

        var classification = book.method().get(0);
        assertThat(classification.paragraphs().get(0)).contains("delighted from 85 %", "satisfied from 65 %",
                "recovery below 35 %");
        assertThat(classification.table().rows()).hasSize(1);
        assertThat(classification.table().rows().get(0)).extracting(ReportCell::text)
                .containsExactly("0–10", "9–10", "7–8", "0–6", "0–3");
        assertThat(book.method()).extracting(s -> s.heading())
                .containsExactly("Classification", "Bases and weighting", "Low-base rule", "Intervals and significance",
                        "Imports");
        assertThat(book.method().get(2).paragraphs().get(0)).contains("fewer than 30 cases");
        var imports = book.method().get(4).table();
        assertThat(imports.rows()).hasSize(1);
        assertThat(imports.rows().get(0).get(0).text()).isEqualTo("ten.csv");
        assertThat(imports.rows().get(0).get(4).text()).matches("[0-9a-f]{64}");
        assertThat(book.cover().base()).isEqualTo("All 10 respondents");
        assertThat(book.cover().filter()).isEqualTo("No filter: all respondents");
    }

    @Test
    void aScorecardPerDepartmentListsItsRecoveryCases() throws Exception {
        ReportBook book = book(Locale.ENGLISH, Filter.NONE);

        assertThat(book.scorecards()).extracting(Scorecard::department).containsExactly("Logistics", "Marketing");
        Scorecard logistics = book.scorecards().get(0);
        assertThat(logistics.touchpoints().categories()).extracting(c -> c.label()).containsExactly("Delivery");
        assertThat(logistics.recovery().rows()).extracting(r -> r.get(0).text() + " " + r.get(2).text())
                .containsExactly("R4 2", "R5 2");
        assertThat(logistics.notes().get(0)).isEqualTo("2 experiences at its touchpoints need recovery.");
        assertThat(book.scorecards().get(1).recovery().rows()).isEmpty();
    }

    @Test
    void aScorecardListsTheCommentsNamingItsTouchpointsFirst() throws Exception {
        ReportBook book = book(Locale.ENGLISH, Filter.NONE);

        assertThat(book.scorecards().get(0).comments()).hasSize(3);
        assertThat(book.scorecards().get(0).comments().get(0)).startsWith("\u201cThe delivery was late\u201d (Satisfied");
        assertThat(book.scorecards().get(1).comments().get(0)).startsWith("\u201cNice website\u201d");
        assertThat(book.scorecards().get(1).comments().get(1)).startsWith("\u201cEverything else");
    }

    @Test
    void aFilterNarrowsEveryFigureAndIsNamedOnTheCover() throws Exception {
        ReportBook book = book(Locale.ENGLISH, Filter.NONE.withWaves(java.util.Set.of("B")));

        assertThat(book.cover().filter()).isEqualTo("Wave: B");
        assertThat(book.cover().base()).isEqualTo("5 of 10 respondents");
        // Wave B overall 7, 6, 5, 3, 2: 4 I, 1 S, no D; 3 and 2 need recovery.
        assertThat(column(book.views().get(0), 1)).containsExactly(0.8, 0.2, 0.0, 0.4);
    }

    @Test
    void dutchWordsAndNumbers() throws Exception {
        ReportBook book = book(Locale.forLanguageTag("nl"), Filter.NONE);

        assertThat(book.views()).extracting(ReportView::title).contains("Contactmomenten", "Afdelingen");
        assertThat(book.views().get(0).table().rows().get(2).get(0).text()).isEqualTo("Enthousiast");
        assertThat(book.views().get(0).table().rows().get(2).get(1).text()).isEqualTo("30,0 %");
        assertThat(book.method().get(0).heading()).isEqualTo("Indeling");
    }

    @Test
    void theChartsAreThoseOfTheScreensFactoriesOnTheDemo() throws Exception {
        try (OpenProject demo = OpenProject.open(TestProjects.demo())) {
            Filter filter = Filter.NONE;
            ReportBook book = ReportBuilder.build(demo, filter, Locale.ENGLISH, false, Progress.NONE);
            Dashboard dashboard = demo.dashboard(filter);

            ClassBarChartDescription screen = ChartDescriptions.touchpoints(dashboard, PriorityTargets.DEFAULT,
                    "Touchpoints");
            assertThat(book.views().get(1).chart()).isEqualTo(screen);
            assertThat(book.views().get(0).table().rows().get(2).get(1).value())
                    .isEqualTo(dashboard.overall().classes().share(ExperienceClass.DELIGHTED));
            assertThat(book.scorecards()).isEmpty();
        }
    }

    @Test
    void aCancelStopsTheBuild() throws Exception {
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        try (OpenProject open = OpenProject.open(project)) {
            assertThatThrownBy(() -> ReportBuilder.build(open, Filter.NONE, Locale.ENGLISH, false, cancelled))
                    .isInstanceOf(CancelledException.class);
        }
    }

    private static List<Double> column(ReportView view, int column) {
        return view.table().rows().stream().map(r -> r.get(column).value()).toList();
    }
}
