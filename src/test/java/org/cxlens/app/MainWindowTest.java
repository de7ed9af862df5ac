package org.cxlens.app;

import org.cxlens.testing.FxClick;
import org.cxlens.testing.FxLookup;
import static org.cxlens.app.WindowTests.waitFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.Filter;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.testing.TestFiles;
import org.cxlens.report.ClassBarChartDescription;
import org.cxlens.ui.window.MainWindowViewModel;
import org.cxlens.ui.window.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window as the app wires it, headless: start page, demo, language, error dialog, screenshots. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    Path home;

    private AppWindow window;
    private MainWindowViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        // A recent project and one that has been moved away, as a returning user would see them.
        window = AppWindow.show(stage, home, "test-window", TestProjects.demo(),
                home.resolve("clients").resolve("acme-2024.cxlens"));
        model = window.model();
    }

    @AfterEach
    void stop(FxRobot robot) {
        window.close(robot);
    }

    @Test
    void opensTheDemoFromTheStartPageAndShowsTheOverviewInBothThemes(FxRobot robot) throws Exception {
        assertThat(FxLookup.lookup(".start-heading").queryAs(Label.class).getText()).isEqualTo("Welcome to CX Lens");
        // The buttons show their whole words, not words cut short with an ellipsis.
        assertThat(FxLookup.lookup(".start-button").queryAllAs(Button.class)).hasSize(3)
                .allSatisfy(b -> assertThat(((javafx.scene.text.Text) b.lookup(".text")).getText()).isEqualTo(b.getText()));
        waitFor(() -> FxLookup.lookup("1,500 respondents").tryQuery().isPresent());
        assertThat(FxLookup.lookup("missing").tryQuery()).isPresent();
        shot(robot, "start-light");
        robot.interact(() -> model.setTheme(Theme.DARK));
        shot(robot, "start-dark");

        FxClick.on(robot, "Open the demo project");
        waitFor(() -> model.overviewProperty().get() != null && !model.busyProperty().get());

        Label title = FxLookup.lookup(".title").queryAs(Label.class);
        assertThat(title.getText()).isEqualTo("demo");
        assertThat(title.isVisible()).isTrue();
        assertThat(FxLookup.lookup(".status-respondents").queryAs(Label.class).getText()).isEqualTo("1,500 respondents");
        assertThat(FxLookup.lookup(".status-project").queryAs(Label.class).getText()).isEqualTo("demo.cxlens");
        assertThat(FxLookup.lookup(".start-page").query().isVisible()).isFalse();
        assertThat(stage.getTitle()).isEqualTo("demo — CX Lens");
        shot(robot, "overview-dark");
        robot.interact(() -> model.setTheme(Theme.LIGHT));
        shot(robot, "overview-light");
    }

    @Test
    void aFilterFromThePanelChangesTheOverviewToTheEnginesFiguresAndChipsUndoIt(FxRobot robot) throws Exception {
        FxClick.on(robot, "Open the demo project");
        waitFor(() -> model.overviewProperty().get() != null && !model.busyProperty().get());
        FxClick.on(robot, ".filter-toggle");
        assertThat(FxLookup.lookup(".filter-panel").query().isVisible()).isTrue();
        String wave = model.filters().choicesProperty().get().waves().get(0);

        robot.clickOn(FxLookup.from(FxLookup.lookup(".filter-checks").nth(0).<javafx.scene.Node>query()).lookup(".check-box").nth(0)
                .queryAs(CheckBox.class));
        waitFor(() -> model.overviewProperty().get().inFilter() < 1500);

        Dashboard engine = model.projectProperty().get().dashboard(Filter.NONE.withWaves(Set.of(wave)));
        assertThat(model.filters().filter()).isEqualTo(Filter.NONE.withWaves(Set.of(wave)));
        assertThat(text(robot, ".status-respondents"))
                .isEqualTo(String.format(Locale.ENGLISH, "%,d of 1,500 respondents", engine.respondents()));
        assertThat(text(robot, ".status-filter")).isEqualTo("Wave: " + wave);
        assertThat(text(robot, ".summary")).startsWith(
                String.format(Locale.ENGLISH, "%,d of 1,500 respondents in the filter", engine.respondents()));
        assertThat(FxLookup.lookup(".delighted-tile .tile-value").queryAs(Label.class).getText())
                .isEqualTo(Math.round(engine.overall().classes().share()[2] * 100) + " %");
        assertThat(FxLookup.lookup(".filter-chip").queryAs(Button.class).getText()).isEqualTo("Wave: " + wave + "  ×");

        robot.interact(() -> model.filters().setClasses(List.of(ExperienceClass.DELIGHTED, ExperienceClass.SATISFIED)));
        waitFor(() -> FxLookup.lookup(".filter-chip").queryAll().size() == 2);
        robot.interact(() -> model.setTheme(Theme.DARK));
        shot(robot, "filters-dark");
        robot.interact(() -> model.setTheme(Theme.LIGHT));
        FxClick.on(robot, ".filter-toggle");
        shot(robot, "overview-filtered-light");

        robot.clickOn(FxLookup.lookup(".filter-chip").nth(0).queryAs(Button.class));
        waitFor(() -> model.filters().filter().waves().isEmpty());
        assertThat(model.filters().filter().classes()).hasSize(2);
        waitFor(() -> model.overviewProperty().get().inFilter()
                == model.projectProperty().get().dashboard(model.filters().filter()).respondents());

        FxClick.on(robot, ".filter-chip-reset");
        waitFor(() -> model.overviewProperty().get().inFilter() == 1500);
        assertThat(model.filters().filter()).isEqualTo(Filter.NONE);
        assertThat(text(robot, ".status-respondents")).isEqualTo("1,500 respondents");
        assertThat(FxLookup.lookup(".filter-chip").tryQuery()).isEmpty();
        FxClick.on(robot, ".filter-toggle");
        assertThat(FxLookup.from(FxLookup.lookup(".filter-checks").nth(0).<javafx.scene.Node>query()).lookup(".check-box").nth(0)
                .queryAs(CheckBox.class).isSelected()).isFalse();
    }

    @Test
    void aClickOnABarSegmentDrillsDownToAsManyRespondentsAsTheBarHolds(FxRobot robot) throws Exception {
        FxClick.on(robot, "Open the demo project");
        waitFor(() -> model.overviewProperty().get() != null && !model.busyProperty().get());
        robot.interact(() -> model.filters().setWaves(List.of("2025-Q1")));
        waitFor(() -> model.overviewProperty().get().inFilter() < 1500);
        ClassBarChartDescription bars = model.overviewProperty().get().touchpoints();
        int last = bars.categories().size() - 1;

        // Series 2 is delighted; data 0 is the bottom bar, the last touchpoint in journey order.
        javafx.scene.chart.XYChart<?, ?> chart = FxLookup.lookup("#touchpointChart").query();
        robot.clickOn(chart.getData().get(2).getData().get(0).getNode());
        waitFor(() -> FxLookup.lookup(".drill-table").tryQuery().isPresent());

        long expected = bars.segment(last, ExperienceClass.DELIGHTED).n();
        String sentence = FxLookup.lookup(".drill-sentence").queryAs(Label.class).getText();
        assertThat(sentence).startsWith(bars.categories().get(last).label()).contains("2025-Q1")
                .endsWith(String.format(Locale.ENGLISH, "%,d respondents", expected));
        TableView<?> table = FxLookup.lookup(".drill-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize((int) expected);
        waitFor(() -> FxLookup.from(table).lookup(".table-cell.class-DELIGHTED").tryQuery().isPresent());
        robot.interact(() -> model.setTheme(Theme.LIGHT));
        shotOf(robot, table.getScene(), "drilldown-light");

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitFor(() -> FxLookup.lookup(".drill-table").tryQuery().isEmpty());
    }

    @Test
    void theTouchpointsPageShowsTheEnginesSharesFollowsTheFilterAndDrillsDown(FxRobot robot) throws Exception {
        FxClick.on(robot, "Open the demo project");
        waitFor(() -> model.overviewProperty().get() != null && !model.busyProperty().get());
        robot.clickOn(FxLookup.from(FxLookup.lookup("#pageList").<javafx.scene.Node>query()).lookup("Touchpoints")
                .<javafx.scene.Node>query());
        waitFor(() -> FxLookup.lookup(".touchpoints-page").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));

        Dashboard engine = model.projectProperty().get().dashboard(Filter.NONE);
        double delighted = engine.touchpoints().get(0).measure().classes().share(ExperienceClass.DELIGHTED);
        assertThat(text(robot, ".touchpoint-name")).isEqualTo(engine.touchpoints().get(0).touchpoint().name());
        assertThat(barShare(robot, 0, ".segment-delighted")).isCloseTo(delighted, offset(0.005));
        assertThat(FxLookup.from(FxLookup.lookup(".class-bar").nth(0).<javafx.scene.Node>query())
                .lookup(".segment-label.on-delighted").queryAs(Label.class).getText())
                .isEqualTo(Math.round(delighted * 100) + " %");
        assertThat(FxLookup.lookup(".moment-badge").queryAll()).hasSize(engine.touchpoints().size());
        shot(robot, "touchpoints-light");
        robot.interact(() -> model.setTheme(Theme.DARK));
        shot(robot, "touchpoints-dark");
        robot.interact(() -> model.setTheme(Theme.LIGHT));

        robot.interact(() -> model.filters().setWaves(List.of("2025-Q1")));
        waitFor(() -> model.overviewProperty().get().inFilter() < 1500);
        Dashboard filtered = model.projectProperty().get().dashboard(model.filters().filter());
        double filteredShare = filtered.touchpoints().get(0).measure().classes().share(ExperienceClass.DELIGHTED);
        waitFor(() -> Math.abs(barShare(robot, 0, ".segment-delighted") - filteredShare) < 0.005);

        robot.clickOn(FxLookup.from(FxLookup.lookup(".class-bar").nth(0).<javafx.scene.Node>query())
                .lookup(".segment-delighted").<javafx.scene.Node>query());
        waitFor(() -> FxLookup.lookup(".drill-table").tryQuery().isPresent());
        long expected = Math.round(filteredShare * filtered.touchpoints().get(0).measure().classes().base());
        assertThat(FxLookup.lookup(".drill-table").queryAs(TableView.class).getItems()).hasSize((int) expected);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitFor(() -> FxLookup.lookup(".drill-table").tryQuery().isEmpty());
    }

    @Test
    void theTouchpointsPageDrawnOnlyWhenShownHasTheFiltersChosenWhileItWasHidden(FxRobot robot) throws Exception {
        FxClick.on(robot, "Open the demo project");
        waitFor(() -> model.overviewProperty().get() != null && !model.busyProperty().get());
        robot.interact(() -> model.filters().setWaves(List.of("2025-Q1")));
        waitFor(() -> model.overviewProperty().get().inFilter() < 1500);

        robot.clickOn(FxLookup.from(FxLookup.lookup("#pageList").<javafx.scene.Node>query()).lookup("Touchpoints")
                .<javafx.scene.Node>query());
        waitFor(() -> FxLookup.lookup(".touchpoints-page").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));

        Dashboard filtered = model.projectProperty().get().dashboard(model.filters().filter());
        double filteredShare = filtered.touchpoints().get(0).measure().classes().share(ExperienceClass.DELIGHTED);
        assertThat(barShare(robot, 0, ".segment-delighted")).isCloseTo(filteredShare, offset(0.005));
        assertThat(FxLookup.lookup(".moment-badge").queryAll()).hasSize(filtered.touchpoints().size());
    }

    @Test
    void theTouchpointsPageSpeaksDutch(FxRobot robot) throws Exception {
        MenuBar menus = FxLookup.lookup(".menu-bar").queryAs(MenuBar.class);
        robot.interact(() -> WindowTests.menuItem(menus, "dutchItem").fire());
        FxClick.on(robot, "Demoproject openen");
        waitFor(() -> model.overviewProperty().get() != null && !model.busyProperty().get());
        robot.clickOn(FxLookup.from(FxLookup.lookup("#pageList").<javafx.scene.Node>query()).lookup("Contactmomenten")
                .<javafx.scene.Node>query());
        waitFor(() -> FxLookup.lookup(".touchpoints-page").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));

        assertThat(FxLookup.lookup("Sorteren op").tryQuery()).isPresent();
        assertThat(FxLookup.lookup("Moment of truth").tryQuery()).isPresent();
        shot(robot, "touchpoints-light-nl");
        robot.interact(() -> model.setTheme(Theme.DARK));
        shot(robot, "touchpoints-dark-nl");
    }

    /** The width of a segment of a touchpoint's bar as a share of the bar. */
    private static double barShare(FxRobot robot, int row, String segment) {
        javafx.scene.layout.Region bar = FxLookup.lookup(".class-bar").nth(row).queryAs(javafx.scene.layout.Region.class);
        return FxLookup.from(bar).lookup(segment).queryAs(javafx.scene.layout.Region.class).getWidth() / bar.getWidth();
    }

    private static String text(FxRobot robot, String query) {
        return FxLookup.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void theKeyboardMovesBetweenPagesAndF11PresentsThePageAlone(FxRobot robot) throws Exception {
        FxClick.on(robot, "Open the demo project");
        waitFor(() -> model.overviewProperty().get() != null && !model.busyProperty().get());

        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        waitFor(() -> model.currentPageProperty().get() == org.cxlens.ui.window.Page.TOUCHPOINTS);
        assertThat(FxLookup.lookup(".touchpoints-page").query().isVisible()).isTrue();
        // A bar segment is reached from the keyboard and opens its respondents with Enter.
        javafx.scene.Node segment = FxLookup.lookup(".page-touchpoints .class-bar .segment-delighted").query();
        robot.interact(segment::requestFocus);
        robot.push(KeyCode.ENTER);
        waitFor(() -> FxLookup.lookup(".drill-table").tryQuery().isPresent());
        assertThat(segment.isFocusTraversable()).isTrue();
        assertThat(text(robot, ".drill-sentence")).startsWith("Website · delighted");
        robot.push(KeyCode.ESCAPE);
        waitFor(() -> FxLookup.lookup(".drill-table").tryQuery().isEmpty());

        robot.push(KeyCode.SHORTCUT, KeyCode.PAGE_UP);
        waitFor(() -> model.currentPageProperty().get() == org.cxlens.ui.window.Page.OVERVIEW);

        robot.push(KeyCode.F11);
        waitFor(() -> model.presentationProperty().get());
        assertThat(FxLookup.lookup(".page-list").query().isVisible()).isFalse();
        assertThat(FxLookup.lookup(".status-bar").query().isVisible()).isFalse();
        assertThat(FxLookup.lookup(".main-window").query().getStyleClass()).contains("presentation");
        shot(robot, "presentation-light");

        robot.push(KeyCode.F11);
        waitFor(() -> !model.presentationProperty().get());
        assertThat(FxLookup.lookup(".page-list").query().isVisible()).isTrue();
        assertThat(FxLookup.lookup(".status-bar").query().isVisible()).isTrue();
    }

    @Test
    void dutchFromTheViewMenuRelabelsTheWindow(FxRobot robot) throws Exception {
        MenuBar menus = FxLookup.lookup(".menu-bar").queryAs(MenuBar.class);
        robot.interact(() -> WindowTests.menuItem(menus, "dutchItem").fire());

        assertThat(FxLookup.lookup(".start-heading").queryAs(Label.class).getText()).isEqualTo("Welkom bij CX Lens");
        assertThat(FxLookup.lookup("Demoproject openen").queryAs(Button.class).isVisible()).isTrue();
        MenuBar dutchMenus = FxLookup.lookup(".menu-bar").queryAs(MenuBar.class);
        assertThat(dutchMenus.getMenus()).extracting(Menu::getText).containsExactly("_Bestand", "Beel_d", "_Help");
        waitFor(() -> FxLookup.lookup("1.500 respondenten").tryQuery().isPresent());
        assertThat(new SettingsFile(home).load().language().getLanguage()).isEqualTo("nl");
        shot(robot, "start-light-nl");

        FxClick.on(robot, "Demoproject openen");
        waitFor(() -> model.overviewProperty().get() != null && !model.busyProperty().get());
        assertThat(FxLookup.lookup(".status-respondents").queryAs(Label.class).getText()).isEqualTo("1.500 respondenten");
        assertThat(FxLookup.lookup("Overzicht").tryQuery()).isPresent();
        assertThat(FxLookup.lookup(".summary").queryAs(Label.class).getText())
                .startsWith("1.500 respondenten").endsWith("algemene tevredenheid (1.500)");
        shot(robot, "overview-light-nl");

        FxClick.on(robot, ".filter-toggle");
        robot.interact(() -> model.filters().setClasses(List.of(ExperienceClass.DELIGHTED)));
        waitFor(() -> FxLookup.lookup("Klasse: Enthousiast  ×").tryQuery().isPresent());
        assertThat(FxLookup.lookup(".filter-heading").queryAs(Label.class).getText()).isEqualTo("Filters");
        assertThat(FxLookup.lookup(".status-respondents").queryAs(Label.class).getText()).endsWith("van 1.500 respondenten");
        shot(robot, "filters-light-nl");
        robot.interact(() -> model.setTheme(Theme.DARK));
        shot(robot, "filters-dark-nl");
    }

    @Test
    void aFileThatIsNotAProjectShowsOneErrorDialogAndStaysUnchanged(FxRobot robot) throws Exception {
        Path notes = Files.writeString(home.resolve("notes.cxlens"), "Meeting notes, not a project\n");
        String before = TestFiles.sha256(notes);

        robot.interact(() -> model.open(notes));
        waitFor(() -> FxLookup.lookup(".problem-dialog").tryQuery().isPresent());

        DialogPane dialog = FxLookup.lookup(".problem-dialog").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("Could not open notes.cxlens");
        assertThat(dialog.getContentText()).isEqualTo(notes + " is not a CX Lens project.");
        assertThat(FxLookup.lookup(".problem-dialog").queryAll()).hasSize(1);
        shot(robot, "error-light");
        FxClick.on(robot, "OK");
        assertThat(TestFiles.sha256(notes)).isEqualTo(before);
        assertThat(home.resolve("notes.cxlens-journal")).doesNotExist();
        assertThat(model.projectProperty().get()).isNull();
        assertThat(FxLookup.lookup(".start-page").query().isVisible()).isTrue();
    }


    private void shotOf(FxRobot robot, javafx.scene.Scene scene, String name) throws IOException {
        Files.createDirectories(SHOTS);
        Path file = SHOTS.resolve(name + ".png");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(scene.getRoot().snapshot(null, null), null), "png", file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(file).exists();
    }

    /** Kept as an artefact of the build, to look at what the window draws. */
    private void shot(FxRobot robot, String name) throws IOException {
        Files.createDirectories(SHOTS);
        Path file = SHOTS.resolve(name + ".png");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                javafx.scene.Scene scene = name.startsWith("error")
                        ? FxLookup.lookup(".problem-dialog").query().getScene() : stage.getScene();
                ImageIO.write(SwingFXUtils.fromFXImage(scene.getRoot().snapshot(null, null), null), "png", file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(file).exists();
    }
}
