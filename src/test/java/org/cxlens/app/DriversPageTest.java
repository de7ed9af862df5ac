package org.cxlens.app;

import org.cxlens.testing.FxClick;
import org.cxlens.testing.FxLookup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cxlens.app.WindowTests.waitFor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.cxlens.analysis.DriverOutcome;
import org.cxlens.analysis.Drivers;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.PerformanceMeasure;
import org.cxlens.report.DriverPoint;
import org.cxlens.ui.drivers.DriversFigures;
import org.cxlens.ui.drivers.OutcomeChoice;
import org.cxlens.ui.window.MainWindowViewModel;
import org.cxlens.ui.window.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The drivers page in the app's window on the demo: the engine's figures, filter, outcome switch, drill-down, Dutch. */
@ExtendWith(ApplicationExtension.class)
class DriversPageTest {

    @TempDir
    Path home;

    private AppWindow window;
    private MainWindowViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = AppWindow.show(stage, home, "test-drivers");
        model = window.model();
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @AfterEach
    void stop(FxRobot robot) {
        window.close(robot);
    }

    private void openDriversPage(FxRobot robot, String openDemo, String pageName) throws Exception {
        robot.clickOn(openDemo);
        waitFor(() -> model.overviewProperty().get() != null && !model.busyProperty().get());
        robot.clickOn(FxLookup.from(FxLookup.lookup("#pageList").<Node>query()).lookup(pageName).<Node>query());
        waitFor(() -> model.drivers().figuresProperty().get() != null
                && FxLookup.lookup(".driver-point").tryQuery().isPresent() && WindowTests.rowsHaveCells(".drivers-table"));
    }

    @Test
    void showsTheEnginesMatrixFollowsFilterAndOutcomeAndDrillsDownFromPointAndRow(FxRobot robot) throws Exception {
        openDriversPage(robot, "Open the demo project", "Drivers");

        Drivers engine = model.projectProperty().get().drivers(Filter.NONE, DriverOutcome.DELIGHT,
                PerformanceMeasure.DELIGHTED);
        assertThat(text(robot, ".model-line")).contains(String.format(Locale.ENGLISH, "R² = %.3f", engine.rSquared()))
                .contains(engine.base() + " respondents");
        assertThat(FxLookup.lookup(".driver-point").queryAll()).hasSize(engine.drivers().size());
        assertThat(FxLookup.lookup("Fix first").tryQuery()).isPresent();
        TableView<?> table = FxLookup.lookup(".drivers-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(engine.drivers().size());
        // The first row: Website; its importance cell the engine's importance to one decimal.
        assertThat(cell(robot, 0, 0)).isEqualTo(engine.drivers().get(0).touchpoint().name());
        assertThat(cell(robot, 0, 3)).isEqualTo(String.format(Locale.ENGLISH, "%.1f %%",
                100 * engine.drivers().get(0).importance()));
        shot(robot, "drivers-light");
        robot.interact(() -> model.setTheme(Theme.DARK));
        shot(robot, "drivers-dark");
        robot.interact(() -> model.setTheme(Theme.LIGHT));

        robot.interact(() -> model.filters().setWaves(List.of("2025-Q1")));
        Drivers filtered = model.projectProperty().get().drivers(model.filters().filter(), DriverOutcome.DELIGHT,
                PerformanceMeasure.DELIGHTED);
        waitFor(() -> model.drivers().figuresProperty().get().chart().base() == filtered.base());
        waitFor(() -> text(robot, ".model-line").contains(String.format(Locale.ENGLISH, "R² = %.3f",
                filtered.rSquared())));
        assertThat(cell(robot, 0, 3)).isEqualTo(String.format(Locale.ENGLISH, "%.1f %%",
                100 * filtered.drivers().get(0).importance()));

        // The first point drawn is the most important touchpoint.
        DriversFigures figures = model.drivers().figuresProperty().get();
        DriverPoint top = figures.chart().points().stream().filter(DriverPoint::placed)
                .max(java.util.Comparator.comparingDouble(DriverPoint::importance)).orElseThrow();
        robot.clickOn(FxLookup.lookup(".driver-point").nth(0).queryAs(Circle.class));
        assertDrillDown(robot, top);

        robot.clickOn(FxLookup.lookup(".drivers-table .table-row-cell").match((TableRow<?> r) -> r.getIndex() == 0)
                .<Node>query());
        assertDrillDown(robot, figures.chart().points().get(0));

        FxClick.on(robot, ".outcome-RECOMMEND");
        waitFor(() -> model.drivers().figuresProperty().get().chart().outcome() == DriverOutcome.RECOMMEND);
        waitFor(() -> text(robot, ".model-line").endsWith("of the likelihood to recommend."));
        assertThat(model.priorities().outcomeProperty().get()).isEqualTo(OutcomeChoice.RECOMMEND);
        shot(robot, "drivers-recommend-light");
    }

    @Test
    void aSmallModelShowsItsCautionAndNamesNoQuadrant(FxRobot robot) throws Exception {
        openDriversPage(robot, "Open the demo project", "Drivers");
        java.time.LocalDate first = model.filters().choicesProperty().get().firstDate();
        robot.interact(() -> model.filters().apply(Filter.NONE.withDates(first, first.plusDays(2))));
        waitFor(() -> FxLookup.lookup(".caution-banner").tryQuery().map(Node::isVisible).orElse(false));

        assertThat(text(robot, ".caution-heading")).isEqualTo("Read importance with care: the quadrants are not judged.");
        assertThat(FxLookup.lookup(".quadrant-name").tryQuery()).isEmpty();
        assertThat(FxLookup.lookup("Not judged").tryQuery()).isPresent();
        shot(robot, "drivers-caution-light");
    }

    @Test
    void theDriversPageSpeaksDutch(FxRobot robot) throws Exception {
        MenuBar menus = FxLookup.lookup(".menu-bar").queryAs(MenuBar.class);
        robot.interact(() -> dutchItem(menus).fire());
        openDriversPage(robot, "Demoproject openen", "Drijfveren");

        assertThat(FxLookup.lookup("Uitkomst").tryQuery()).isPresent();
        assertThat(FxLookup.lookup("Eerst verbeteren").tryQuery()).isPresent();
        assertThat(text(robot, ".model-line")).startsWith("Het belang rust op de");
        shot(robot, "drivers-light-nl");
        // Just inside Monocle's 1920×1080 screen.
        robot.interact(() -> stage.setWidth(1900));
        robot.interact(() -> stage.setHeight(1040));
        robot.interact(() -> model.setTheme(Theme.DARK));
        shot(robot, "drivers-dark-nl-1900");
    }

    private void assertDrillDown(FxRobot robot, DriverPoint point) throws Exception {
        waitFor(() -> FxLookup.lookup(".drill-table").tryQuery().isPresent());
        assertThat(FxLookup.lookup(".drill-table").queryAs(TableView.class).getItems()).hasSize(point.n());
        assertThat(text(robot, ".drill-sentence")).startsWith(point.label())
                .endsWith(String.format(Locale.ENGLISH, "%,d respondents", point.n()));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitFor(() -> FxLookup.lookup(".drill-table").tryQuery().isEmpty());
    }

    /** The text of a cell of the drivers table, found by its row's index (rows are reused cells in any order). */
    private static String cell(FxRobot robot, int row, int column) {
        Node rowCell = FxLookup.lookup(".drivers-table .table-row-cell")
                .match((TableRow<?> r) -> r.getIndex() == row).query();
        return ((TableCell<?, ?>) FxLookup.from(rowCell).lookup(".table-cell").nth(column).query()).getText();
    }

    private static String text(FxRobot robot, String query) {
        return FxLookup.lookup(query).queryAs(Label.class).getText();
    }

    private static MenuItem dutchItem(MenuBar bar) {
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .flatMap(i -> i instanceof Menu sub ? sub.getItems().stream() : java.util.stream.Stream.of(i))
                .filter(i -> "dutchItem".equals(i.getId())).findFirst().orElseThrow();
    }

    /** Kept as an artefact of the build, to look at what the page draws. */
    private void shot(FxRobot robot, String name) throws IOException {
        WindowTests.shot(robot, stage.getScene(), name);
    }
}
