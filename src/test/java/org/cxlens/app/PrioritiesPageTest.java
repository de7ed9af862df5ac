package org.cxlens.app;

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
import javafx.stage.Stage;
import org.cxlens.analysis.DriverOutcome;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.Priority;
import org.cxlens.ui.priorities.PriorityRow;
import org.cxlens.ui.window.MainWindowViewModel;
import org.cxlens.ui.window.Theme;
import org.cxlens.workspace.PriorityPlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The priorities page in the app's window on the demo: the engine's plan, filter, keyboard and click drill-down, Dutch. */
@ExtendWith(ApplicationExtension.class)
class PrioritiesPageTest {

    @TempDir
    Path home;

    private AppWindow window;
    private MainWindowViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = AppWindow.show(stage, home, "test-priorities");
        model = window.model();
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @AfterEach
    void stop(FxRobot robot) {
        window.close(robot);
    }

    private void openPrioritiesPage(FxRobot robot, String openDemo, String pageName) throws Exception {
        robot.clickOn(openDemo);
        waitFor(() -> model.overviewProperty().get() != null && !model.busyProperty().get());
        robot.clickOn(FxLookup.from(FxLookup.lookup("#pageList").<Node>query()).lookup(pageName).<Node>query());
        waitFor(() -> model.priorities().figuresProperty().get() != null
                && WindowTests.rowsHaveCells(".priorities-table"));
    }

    @Test
    void showsTheEnginesPlanFollowsTheFilterAndDrillsDownByClickAndEnter(FxRobot robot) throws Exception {
        openPrioritiesPage(robot, "Open the demo project", "Priorities");

        PriorityPlan plan = model.projectProperty().get().priorities(Filter.NONE, DriverOutcome.DELIGHT);
        Priority first = plan.priorities().get(0);
        assertThat(cell(robot, 0, 1)).isEqualTo(first.touchpoint().name());
        assertThat(cell(robot, 0, 4)).isEqualTo(String.format(Locale.ENGLISH, "%.1f %%", 100 * first.actual()));
        assertThat(cell(robot, 0, 5)).isEqualTo(String.format(Locale.ENGLISH, "≥ %.1f %%", 100 * first.target()));
        assertThat(cell(robot, 0, 6)).isEqualTo(String.format(Locale.ENGLISH, "%.1f pts", 100 * first.gap()));
        assertThat(FxLookup.lookup(".priorities-table").queryAs(TableView.class).getItems()).hasSize(plan.priorities().size());
        assertThat(FxLookup.lookup(".priorities-table .moment-badge").queryAll()).isNotEmpty();
        assertThat(FxLookup.lookup("On target").tryQuery()).isEmpty();
        assertThat(FxLookup.lookup("✓ On target").tryQuery()).isPresent();
        shot(robot, "priorities-light");
        robot.interact(() -> model.setTheme(Theme.DARK));
        shot(robot, "priorities-dark");
        robot.interact(() -> model.setTheme(Theme.LIGHT));

        robot.interact(() -> model.filters().setWaves(List.of("2025-Q1")));
        PriorityPlan filtered = model.projectProperty().get().priorities(model.filters().filter(), DriverOutcome.DELIGHT);
        Priority filteredFirst = filtered.priorities().get(0);
        waitFor(() -> cell(robot, 0, 4).equals(String.format(Locale.ENGLISH, "%.1f %%", 100 * filteredFirst.actual())));
        assertThat(cell(robot, 0, 1)).isEqualTo(filteredFirst.touchpoint().name());

        PriorityRow top = model.priorities().figuresProperty().get().rows().get(0);
        robot.clickOn(row(robot, 0));
        assertDrillDown(robot, top);

        PriorityRow second = model.priorities().figuresProperty().get().rows().get(1);
        TableView<?> table = FxLookup.lookup(".priorities-table").queryAs(TableView.class);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertDrillDown(robot, second);
    }

    @Test
    void thePrioritiesPageSpeaksDutch(FxRobot robot) throws Exception {
        MenuBar menus = FxLookup.lookup(".menu-bar").queryAs(MenuBar.class);
        robot.interact(() -> dutchItem(menus).fire());
        openPrioritiesPage(robot, "Demoproject openen", "Prioriteiten");

        assertThat(FxLookup.lookup("Beoordeeld op").tryQuery()).isPresent();
        assertThat(FxLookup.lookup("Tevreden of enthousiast").tryQuery()).isPresent();
        assertThat(FxLookup.lookup(".priorities-intro").queryAs(Label.class).getText()).startsWith("Gerangschikt op");
        shot(robot, "priorities-light-nl");
        robot.interact(() -> model.setTheme(Theme.DARK));
        shot(robot, "priorities-dark-nl");
    }

    private void assertDrillDown(FxRobot robot, PriorityRow row) throws Exception {
        waitFor(() -> FxLookup.lookup(".drill-table").tryQuery().isPresent());
        assertThat(FxLookup.lookup(".drill-table").queryAs(TableView.class).getItems()).hasSize(row.n());
        assertThat(FxLookup.lookup(".drill-sentence").queryAs(Label.class).getText()).startsWith(row.touchpoint().name())
                .endsWith(String.format(Locale.ENGLISH, "%,d respondents", row.n()));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitFor(() -> FxLookup.lookup(".drill-table").tryQuery().isEmpty());
    }

    private static Node row(FxRobot robot, int index) {
        return FxLookup.lookup(".priorities-table .table-row-cell").match((TableRow<?> r) -> r.getIndex() == index).query();
    }

    private static String cell(FxRobot robot, int row, int column) {
        return ((TableCell<?, ?>) FxLookup.from(row(robot, row)).lookup(".table-cell").nth(column).query()).getText();
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
