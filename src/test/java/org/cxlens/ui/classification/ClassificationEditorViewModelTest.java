package org.cxlens.ui.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.cxlens.analysis.ClassMoves;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.PriorityTargets;
import org.cxlens.app.TestProjects;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Message;
import org.cxlens.domain.Progress;
import org.cxlens.importer.ReadOptions;
import org.cxlens.importer.SurveyImport;
import org.cxlens.importer.mapping.MappingProfile;
import org.cxlens.report.ChartDescriptions;
import org.cxlens.report.ClassBarChartDescription;
import org.cxlens.storage.ProjectFile;
import org.cxlens.ui.SyncRunner;
import org.cxlens.workspace.OpenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor's state against the engine on the demo project, and on ten respondents counted by
 * hand. All on 0–10, so p = score / 10:
 *
 * <pre>
 * respondent   1  2  3  4  5  6  7  8  9 10
 * overall     10  9  9  8  7  7  6  5  3  2
 * website      9  9  8  8  8  5  5  5  5 10
 * expectation        B                    W    (website: better / worse than expected)
 * </pre>
 */
class ClassificationEditorViewModelTest {

    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle(Message.BUNDLE, Locale.ENGLISH);

    @TempDir
    Path folder;

    @Test
    void afterASliderMoveTheSharesAndMovesAreTheEnginesForThatScheme() throws Exception {
        try (OpenProject project = OpenProject.open(copyOfDemo())) {
            ClassificationEditorViewModel model = new ClassificationEditorViewModel(new SyncRunner());
            Filter wave = Filter.NONE.withWaves(Set.of(project.data().wave().values().get(0)));
            model.open(project, wave, ENGLISH);
            assertThat(model.figuresProperty().get().touchpoints()).isEqualTo(engineChart(project, wave, project.scheme()));
            assertThat(model.movesProperty().get()).containsExactly(ENGLISH.getString("classification.moves.none"));

            model.delightedFromProperty().set(0.9271);
            ClassificationScheme strict = new ClassificationScheme(0.93, 0.65, 0.35, true);
            assertThat(model.schemeProperty().get()).isEqualTo(strict);
            ClassificationFigures figures = model.figuresProperty().get();
            assertThat(figures.touchpoints()).isEqualTo(engineChart(project, wave, strict));
            assertThat(figures.respondents().segment(0, ExperienceClass.DELIGHTED).share()).isCloseTo(
                    project.engine().dashboard(wave, strict).overall().classes().share(ExperienceClass.DELIGHTED),
                    within(1e-12));
            ClassMoves engine = project.engine().moves(wave, project.scheme(), strict);
            assertThat(figures.moves().counts()).isDeepEqualTo(engine.counts());
            long down = engine.counts()[ExperienceClass.DELIGHTED.ordinal()][ExperienceClass.SATISFIED.ordinal()];
            assertThat(down).isPositive();
            assertThat(model.movesProperty().get()).contains(String.format(Locale.ENGLISH,
                    "%,d respondents move from delighted to satisfied", down));
        }
    }

    @Test
    void tenRespondentsCountedByHand() throws Exception {
        try (OpenProject project = OpenProject.open(tenRespondents())) {
            ClassificationEditorViewModel model = new ClassificationEditorViewModel(new SyncRunner());
            model.open(project, Filter.NONE, ENGLISH);
            // Website: 9, 9 and 8-better delighted; 8, 8 satisfied; four 5s and 10-worse indifferent.
            assertShares(model.figuresProperty().get().touchpoints(), 0.3, 0.2, 0.5);
            assertShares(model.figuresProperty().get().respondents(), 0.3, 0.3, 0.4);
            assertThat(model.cutPointsProperty().get())
                    .containsExactly("0–10: delighted 9–10, satisfied 7–8, indifferent 0–6; recovery needed 0–3");

            model.delightedFromProperty().set(0.95);
            // Only the 10 stays delighted overall: the two 9s move to satisfied.
            assertShares(model.figuresProperty().get().respondents(), 0.1, 0.5, 0.4);
            assertThat(model.movesProperty().get()).containsExactly("2 respondents move from delighted to satisfied");
            // Website: 8-better stays delighted (p 0.8 ≥ satisfied from); the 9s become satisfied.
            assertShares(model.figuresProperty().get().touchpoints(), 0.1, 0.4, 0.5);
            assertThat(model.cutPointsProperty().get())
                    .containsExactly("0–10: delighted 10, satisfied 7–9, indifferent 0–6; recovery needed 0–3");

            model.revert();
            model.expectationRuleProperty().set(false);
            // Scores alone: 9, 9, 10 delighted; three 8s satisfied; four 5s indifferent.
            assertShares(model.figuresProperty().get().touchpoints(), 0.3, 0.3, 0.4);
            assertThat(model.changedProperty().get()).isTrue();
        }
    }

    @Test
    void aThresholdMovedPastAnotherPushesItAlong() throws Exception {
        try (OpenProject project = OpenProject.open(tenRespondents())) {
            ClassificationEditorViewModel model = new ClassificationEditorViewModel(new SyncRunner());
            model.open(project, Filter.NONE, ENGLISH);
            model.satisfiedFromProperty().set(0.9);
            assertThat(model.schemeProperty().get()).isEqualTo(new ClassificationScheme(0.9, 0.9, 0.35));
            model.recoveryBelowProperty().set(0.95);
            assertThat(model.schemeProperty().get()).isEqualTo(new ClassificationScheme(0.95, 0.95, 0.95));
            model.delightedFromProperty().set(0.2);
            assertThat(model.schemeProperty().get()).isEqualTo(new ClassificationScheme(0.2, 0.2, 0.2));
            // Satisfied from 20 % is a 2 on 0–10, delighted the same: no whole score is only satisfied.
            assertThat(model.cutPointsProperty().get())
                    .containsExactly("0–10: delighted 2–10, satisfied none, indifferent 0–1; recovery needed 0–1");
        }
    }

    @Test
    void applyStoresTheSchemeRevertAndDefaultsMoveTheSliders() throws Exception {
        Path file = tenRespondents();
        ClassificationScheme strict = new ClassificationScheme(0.95, 0.7, 0.3, false);
        try (OpenProject project = OpenProject.open(file)) {
            ClassificationEditorViewModel model = new ClassificationEditorViewModel(new SyncRunner());
            AtomicInteger applied = new AtomicInteger();
            model.setOnApplied(applied::incrementAndGet);
            model.open(project, Filter.NONE, ENGLISH);
            assertThat(model.changedProperty().get()).isFalse();
            model.delightedFromProperty().set(0.95);
            model.satisfiedFromProperty().set(0.7);
            model.recoveryBelowProperty().set(0.3);
            model.expectationRuleProperty().set(false);
            assertThat(model.changedProperty().get()).isTrue();

            model.apply();
            assertThat(applied).hasValue(1);
            assertThat(project.scheme()).isEqualTo(strict);
            assertThat(model.storedProperty().get()).isEqualTo(strict);
            assertThat(model.changedProperty().get()).isFalse();
            assertThat(model.movesProperty().get()).containsExactly(ENGLISH.getString("classification.moves.none"));

            model.defaults();
            assertThat(model.schemeProperty().get()).isEqualTo(ClassificationScheme.DEFAULT);
            assertThat(model.delightedFromProperty().get()).isEqualTo(0.85);
            assertThat(model.differsFromDefaultsProperty().get()).isFalse();
            model.revert();
            assertThat(model.schemeProperty().get()).isEqualTo(strict);
            assertThat(model.expectationRuleProperty().get()).isFalse();
        }
        try (OpenProject again = OpenProject.open(file)) {
            assertThat(again.scheme()).isEqualTo(strict);
        }
    }

    @Test
    void dutchWords() throws Exception {
        try (OpenProject project = OpenProject.open(tenRespondents())) {
            ClassificationEditorViewModel model = new ClassificationEditorViewModel(new SyncRunner());
            model.open(project, Filter.NONE, ResourceBundle.getBundle(Message.BUNDLE, Locale.forLanguageTag("nl")));
            model.delightedFromProperty().set(0.95);
            assertThat(model.movesProperty().get()).containsExactly("2 respondenten gaan van enthousiast naar tevreden");
            assertThat(model.cutPointsProperty().get())
                    .containsExactly("0–10: enthousiast 10, tevreden 7–9, onverschillig 0–6; herstel nodig 0–3");
        }
    }

    private static ClassBarChartDescription engineChart(OpenProject project, Filter filter, ClassificationScheme scheme) {
        return ChartDescriptions.touchpoints(project.engine().dashboard(filter, scheme), PriorityTargets.DEFAULT,
                ENGLISH.getString("classification.touchpoints"));
    }

    private static void assertShares(ClassBarChartDescription chart, double delighted, double satisfied,
                                     double indifferent) {
        assertThat(chart.segment(0, ExperienceClass.DELIGHTED).share()).isCloseTo(delighted, within(1e-9));
        assertThat(chart.segment(0, ExperienceClass.SATISFIED).share()).isCloseTo(satisfied, within(1e-9));
        assertThat(chart.segment(0, ExperienceClass.INDIFFERENT).share()).isCloseTo(indifferent, within(1e-9));
    }

    private Path copyOfDemo() throws Exception {
        return Files.copy(TestProjects.demo(), folder.resolve("demo.cxlens"), StandardCopyOption.REPLACE_EXISTING);
    }

    private Path tenRespondents() throws Exception {
        int[] overall = {10, 9, 9, 8, 7, 7, 6, 5, 3, 2};
        int[] website = {9, 9, 8, 8, 8, 5, 5, 5, 5, 10};
        List<String> lines = new ArrayList<>(List.of("Id,Website,Website expectation,Overall"));
        for (int i = 0; i < 10; i++) {
            String expectation = i == 2 ? "Better than expected" : i == 9 ? "Worse than expected" : "";
            lines.add((i + 1) + "," + website[i] + "," + expectation + "," + overall[i]);
        }
        Path csv = Files.write(folder.resolve("ten.csv"), lines);
        Path mapping = Files.writeString(folder.resolve("ten.json"), """
                { "version": 1, "shape": "WIDE", "layout": "SINGLE", "missingCodes": [""],
                  "columns": [
                    {"column": "Id", "role": "RESPONDENT_ID"},
                    {"column": "Website", "role": "TOUCHPOINT_SCORE", "touchpoint": "Website", "scale": "0-10",
                     "momentType": "STANDARD", "journeyOrder": 1},
                    {"column": "Website expectation", "role": "TOUCHPOINT_EXPECTATION", "touchpoint": "Website",
                     "momentType": "STANDARD", "journeyOrder": 1},
                    {"column": "Overall", "role": "OVERALL_SATISFACTION", "scale": "0-10"}
                  ] }
                """);
        Path project = folder.resolve("ten.cxlens");
        try (ProjectFile file = ProjectFile.create(project)) {
            SurveyImport.run(csv, ReadOptions.DETECT, MappingProfile.read(mapping), false, file, Progress.NONE);
        }
        return project;
    }
}
