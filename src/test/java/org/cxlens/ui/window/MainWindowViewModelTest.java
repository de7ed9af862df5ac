package org.cxlens.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.Filter;
import org.cxlens.app.TestProjects;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.ui.classification.ClassificationEditorViewModel;
import org.cxlens.ui.overview.OverviewData;
import org.cxlens.ui.TaskRunner;
import org.cxlens.ui.Tasks;
import org.cxlens.testing.TestFiles;
import org.cxlens.ui.SyncRunner;
import org.cxlens.workspace.OpenProject;
import org.cxlens.workspace.OpeningTimes;
import org.cxlens.workspace.OverviewFigures;
import org.cxlens.workspace.ProjectOpening;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainWindowViewModelTest {

    @TempDir
    Path dir;

    private final List<WindowSettings> saved = new ArrayList<>();
    private MainWindowViewModel model;

    private MainWindowViewModel model(WindowSettings initial) {
        SettingsStore store = new SettingsStore() {
            @Override
            public WindowSettings load() {
                return initial;
            }

            @Override
            public void save(WindowSettings settings) {
                saved.add(settings);
            }
        };
        model = new MainWindowViewModel(TestProjects.pages(), store, new SyncRunner());
        return model;
    }

    private MainWindowViewModel english() {
        return model(new WindowSettings(null, List.of(), Locale.ENGLISH, Theme.LIGHT));
    }

    @AfterEach
    void closeProject() {
        model.shutdown();
    }

    @Test
    void startsOnTheStartPageAndOpensTheDemoProject() {
        english();
        assertThat(model.projectProperty().get()).isNull();
        assertThat(model.titleProperty().get()).isEqualTo("CX Lens");
        assertThat(model.respondentsLabelProperty().get()).isEmpty();

        model.openDemo();

        assertThat(model.projectProperty().get().name()).isEqualTo("demo");
        assertThat(model.overviewProperty().get().respondents()).isEqualTo(1500);
        assertThat(model.titleProperty().get()).isEqualTo("demo — CX Lens");
        assertThat(model.projectLabelProperty().get()).isEqualTo("demo.cxlens");
        assertThat(model.respondentsLabelProperty().get()).isEqualTo("1,500 respondents");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.problemProperty().get()).isNull();
    }

    /** Runs each piece of work only when the test says so, as the FX thread would get their results later. */
    private static final class SteppedRunner implements TaskRunner {
        private final java.util.ArrayDeque<Runnable> queued = new java.util.ArrayDeque<>();

        @Override
        public <T> void run(Tasks.Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
            queued.add(() -> new SyncRunner().run(work, onSuccess, onError));
        }

        void step() {
            queued.remove().run();
        }

        void all() {
            while (!queued.isEmpty()) {
                step();
            }
        }
    }

    @Test
    void theOverviewStoredAtAnEarlierOpeningIsShownWhileTheRespondentsLoadAndIsTheEnginesAfterwards() throws Exception {
        Path demo = Files.copy(TestProjects.demo(), dir.resolve("demo.cxlens"));
        SteppedRunner runner = new SteppedRunner();
        model = new MainWindowViewModel(TestProjects.pages(), new SettingsStore() {
            @Override
            public WindowSettings load() {
                return new WindowSettings(null, List.of(), Locale.ENGLISH, Theme.LIGHT);
            }

            @Override
            public void save(WindowSettings settings) {
                saved.add(settings);
            }
        }, runner);
        // The first opening computes the overview and stores it for the next.
        model.open(demo);
        runner.all();
        assertThat(model.loadingProperty().get()).isFalse();
        model.close();

        model.open(demo);
        runner.step();
        runner.step();

        OverviewData early = model.overviewProperty().get();
        assertThat(model.loadingProperty().get()).isTrue();
        assertThat(model.projectProperty().get()).as("the respondents are still loading").isNull();
        assertThat(model.busyProperty().get()).isTrue();
        assertThat(model.busyMessageProperty().get()).startsWith("Loading the respondents of demo.cxlens");
        assertThat(early.respondents()).isEqualTo(1500);
        assertThat(model.titleProperty().get()).isEqualTo("demo — CX Lens");
        assertThat(model.respondentsLabelProperty().get()).isEqualTo("1,500 respondents");
        // A drill-down clicked meanwhile waits for the respondents.
        String touchpoint = early.touchpoints().categories().get(0).key();
        model.drillDown(touchpoint, ExperienceClass.DELIGHTED);
        assertThat(model.drillDownProperty().get()).isNull();

        runner.all();

        OpenProject open = model.projectProperty().get();
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.overviewProperty().get()).isSameAs(early)
                .isEqualTo(TestProjects.pages().overview(open, Filter.NONE, model.bundle()));
        assertThat(model.drillDownProperty().get().count()).isEqualTo(
                open.drillDown(Filter.NONE, org.cxlens.workspace.Mark.experience(open.data().touchpoints().stream()
                        .filter(t -> t.name().equals(touchpoint)).findFirst().orElseThrow(),
                        ExperienceClass.DELIGHTED)).count());
    }

    @Test
    void aSchemeAppliedInTheEditorLeavesTheOverviewAsItIsNowInTheFileForTheNextOpening() throws Exception {
        Path demo = Files.copy(TestProjects.demo(), dir.resolve("demo.cxlens"));
        english().open(demo);
        ClassificationEditorViewModel editor = model.showClassification();
        editor.delightedFromProperty().set(0.95);
        ClassificationScheme chosen = editor.schemeProperty().get();
        assertThat(chosen).isNotEqualTo(ClassificationScheme.DEFAULT);

        editor.apply();

        OverviewFigures expected = model.projectProperty().get().overviewFigures(Filter.NONE);
        model.close();
        try (ProjectOpening next = ProjectOpening.begin(demo, true, OpeningTimes.NONE)) {
            OverviewFigures stored = next.storedOverview().orElseThrow();
            assertThat(stored.dashboard().scheme()).isEqualTo(chosen);
            assertThat(stored.sameAs(expected)).isTrue();
        }
    }

    @Test
    void aProjectThatFailsToLoadTakesItsStoredOverviewAwayAgain() throws Exception {
        Path demo = Files.copy(TestProjects.demo(), dir.resolve("demo.cxlens"));
        SteppedRunner runner = new SteppedRunner();
        model = new MainWindowViewModel(TestProjects.pages(), new SettingsStore() {
            @Override
            public WindowSettings load() {
                return new WindowSettings(null, List.of(), Locale.ENGLISH, Theme.LIGHT);
            }

            @Override
            public void save(WindowSettings settings) {
                saved.add(settings);
            }
        }, runner);
        model.open(demo);
        runner.all();
        model.close();
        model.open(demo);
        runner.step();
        runner.step();
        assertThat(model.overviewProperty().get()).isNotNull();
        // Damaged while loading: the load reads the file's last pages again.
        try (var file = java.nio.channels.FileChannel.open(demo, java.nio.file.StandardOpenOption.WRITE)) {
            file.truncate(Files.size(demo) / 2);
        }

        runner.all();

        assertThat(model.problemProperty().get().heading()).isEqualTo("Could not open demo.cxlens");
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.overviewProperty().get()).isNull();
        assertThat(model.titleProperty().get()).isEqualTo("CX Lens");
    }

    @Test
    void anOpenedProjectGoesOnTopOfTheRecentFilesAndIsRemembered() throws Exception {
        Path older = dir.resolve("older.cxlens");
        model(new WindowSettings(null, List.of(older), Locale.ENGLISH, Theme.DARK));
        Path demo = TestProjects.demo();

        model.open(demo);

        assertThat(model.start().paths()).containsExactly(demo, older);
        WindowSettings last = saved.get(saved.size() - 1);
        assertThat(last.recent()).containsExactly(demo, older);
        assertThat(last.theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void aFileThatIsNotAProjectGivesOneProblemNamingTheFileAndStaysUnchanged() throws Exception {
        english();
        Path text = Files.writeString(dir.resolve("survey.cxlens"), "RespondentID,Score\n1,9\n");
        String before = TestFiles.sha256(text);

        model.open(text);

        Problem problem = model.problemProperty().get();
        assertThat(problem.heading()).isEqualTo("Could not open survey.cxlens");
        assertThat(problem.cause()).isEqualTo(text + " is not a CX Lens project.");
        assertThat(model.projectProperty().get()).isNull();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.start().paths()).isEmpty();
        assertThat(TestFiles.sha256(text)).isEqualTo(before);
        assertThat(dir.resolve("survey.cxlens-journal")).doesNotExist();
    }

    @Test
    void englishChosenOnADutchComputerStaysEnglish() {
        Locale computer = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("nl-NL"));
        try {
            english();
            model.openDemo();

            assertThat(model.bundle().getString("menu.file")).isEqualTo("_File");
            assertThat(model.respondentsLabelProperty().get()).isEqualTo("1,500 respondents");
        } finally {
            Locale.setDefault(computer);
        }
    }

    @Test
    void dutchSwitchesTheStatusBarAndTheFiguresAndIsRemembered() {
        english();
        model.openDemo();

        model.setLanguage(Locale.forLanguageTag("nl"));

        assertThat(model.respondentsLabelProperty().get()).isEqualTo("1.500 respondenten");
        assertThat(model.bundle().getString("menu.file")).isEqualTo("_Bestand");
        assertThat(model.overviewProperty().get().respondentSource()).contains("algemene tevredenheid");
        assertThat(saved.get(saved.size() - 1).language().getLanguage()).isEqualTo("nl");
    }

    @Test
    void saveACopyWritesAProjectWithTheSameRespondentsAndRefusesToOverwrite() throws Exception {
        english();
        model.openDemo();
        Path copy = dir.resolve("copy.cxlens");

        model.saveCopy(copy);

        assertThat(OpenProject.respondentCount(copy)).isEqualTo(1500);
        assertThat(model.noticeProperty().get()).isEqualTo("Saved a copy as " + copy);
        assertThat(model.projectProperty().get().path()).isEqualTo(TestProjects.demo());

        model.saveCopy(copy);

        assertThat(model.problemProperty().get().heading()).isEqualTo("Could not save a copy as copy.cxlens");
        assertThat(model.problemProperty().get().cause()).contains("already exists");
    }

    @Test
    void aFilterRecomputesTheOverviewWithTheEnginesFiguresAndReadsInTheStatusBar() {
        english();
        model.openDemo();
        OpenProject demo = model.projectProperty().get();
        String wave = model.filters().choicesProperty().get().waves().get(0);
        Filter expected = Filter.NONE.withWaves(Set.of(wave)).withClasses(Set.of(ExperienceClass.DELIGHTED));

        model.filters().setWaves(List.of(wave));
        model.filters().setClasses(List.of(ExperienceClass.DELIGHTED));

        Dashboard engine = demo.dashboard(expected);
        OverviewData shown = model.overviewProperty().get();
        assertThat(engine.respondents()).isBetween(1, 1499);
        assertThat(shown.inFilter()).isEqualTo(engine.respondents());
        assertThat(shown.respondents()).isEqualTo(1500);
        for (ExperienceClass c : ExperienceClass.values()) {
            assertThat(shown.headline().segment(0, c).share()).isEqualTo(engine.overall().classes().share(c));
        }
        assertThat(shown.headline().segment(0, ExperienceClass.DELIGHTED).share()).isEqualTo(1.0);
        assertThat(model.respondentsLabelProperty().get())
                .isEqualTo(String.format(Locale.ENGLISH, "%,d of 1,500 respondents", engine.respondents()));
        assertThat(model.filterLabelProperty().get()).isEqualTo("Wave: " + wave + "; Class: Delighted");

        model.filters().reset();

        assertThat(model.overviewProperty().get().inFilter()).isEqualTo(1500);
        assertThat(model.respondentsLabelProperty().get()).isEqualTo("1,500 respondents");
        assertThat(model.filterLabelProperty().get()).isEmpty();
    }

    @Test
    void whenFiguresArriveOutOfOrderOnlyTheLatestFiltersAreShown() {
        List<Runnable> pending = new ArrayList<>();
        TaskRunner queued = new TaskRunner() {
            @Override
            public <T> void run(Tasks.Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
                pending.add(() -> new SyncRunner().run(work, onSuccess, onError));
            }
        };
        model = new MainWindowViewModel(TestProjects.pages(), new SettingsStore() {
            @Override
            public WindowSettings load() {
                return new WindowSettings(null, List.of(), Locale.ENGLISH, Theme.LIGHT);
            }

            @Override
            public void save(WindowSettings settings) {
            }
        }, queued);
        model.openDemo();
        // The opening's steps: the file, the respondents, keeping the overview for the next opening.
        while (!pending.isEmpty()) {
            pending.remove(0).run();
        }
        List<String> waves = model.filters().choicesProperty().get().waves();

        model.filters().setWaves(List.of(waves.get(0)));
        model.filters().setClasses(List.of(ExperienceClass.DELIGHTED));
        pending.get(1).run();
        pending.get(0).run();

        Filter waveOnly = Filter.NONE.withWaves(Set.of(waves.get(0)));
        int first = model.projectProperty().get().dashboard(waveOnly).respondents();
        int second = model.projectProperty().get().dashboard(waveOnly.withClasses(Set.of(ExperienceClass.DELIGHTED)))
                .respondents();
        assertThat(first).isNotEqualTo(second);
        assertThat(model.overviewProperty().get().inFilter()).isEqualTo(second);
    }

    @Test
    void openingAProjectStartsItUnfilteredAndCloseClearsTheFilter() {
        english();
        model.openDemo();
        model.filters().setClasses(List.of(ExperienceClass.SATISFIED));

        model.openDemo();

        assertThat(model.filters().filter()).isEqualTo(Filter.NONE);
        assertThat(model.overviewProperty().get().inFilter()).isEqualTo(1500);
        model.filters().setClasses(List.of(ExperienceClass.SATISFIED));

        model.close();

        assertThat(model.filters().filter()).isEqualTo(Filter.NONE);
        assertThat(model.filters().choicesProperty().get().waves()).isEmpty();
        assertThat(model.filterLabelProperty().get()).isEmpty();
    }

    @Test
    void closeGoesBackToTheStartPage() {
        english();
        model.openDemo();

        model.close();

        assertThat(model.projectProperty().get()).isNull();
        assertThat(model.overviewProperty().get()).isNull();
        assertThat(model.titleProperty().get()).isEqualTo("CX Lens");
        assertThat(model.respondentsLabelProperty().get()).isEmpty();
    }

    @Test
    void pagesAreVisitedInListOrderWrappingAroundAndPresentationEndsWithTheProject() {
        english();
        model.openDemo();
        Page last = model.pages().get(model.pages().size() - 1);

        model.movePage(-1);
        assertThat(model.currentPageProperty().get()).isEqualTo(last);
        model.movePage(1);
        assertThat(model.currentPageProperty().get()).isEqualTo(Page.OVERVIEW);
        model.movePage(1);
        assertThat(model.currentPageProperty().get()).isEqualTo(model.pages().get(1));

        model.presentationProperty().set(true);
        model.close();
        assertThat(model.presentationProperty().get()).isFalse();
    }
}
