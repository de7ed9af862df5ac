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
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.GroupMeasure;
import org.cxlens.analysis.Grouping;
import org.cxlens.analysis.Heatmap;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.report.HeatCell;
import org.cxlens.report.TrendPeriod;
import org.cxlens.ui.window.MainWindowViewModel;
import org.cxlens.ui.window.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The heatmap and trend pages in the app's window, headless, on the demo project. */
@ExtendWith(ApplicationExtension.class)
class HeatmapTrendPagesTest {

    @TempDir
    Path home;

    private AppWindow window;
    private MainWindowViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = AppWindow.show(stage, home, "test-pages");
        model = window.model();
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @AfterEach
    void stop(FxRobot robot) {
        window.close(robot);
    }

    @Test
    void theHeatmapShowsTheEnginesSharesFollowsTheFilterAndACellDrillsDownToItsCount(FxRobot robot) throws Exception {
        openDemoPage(robot, "Open the demo project", "Heatmap", ".heatmap-page");
        waitFor(() -> FxLookup.lookup(".heat-cell").tryQuery().isPresent());

        Heatmap engine = model.projectProperty().get().heatmap(Grouping.wave(), Filter.NONE);
        double share = engine.cells()[0][0].classes().share(ExperienceClass.DELIGHTED);
        assertThat(shareInFirstCell(robot)).isEqualTo(Math.round(share * 100) + " %");
        assertThat(FxLookup.lookup(".heatmap-row-name").queryAs(Label.class).getText()).isEqualTo("Website");
        assertThat(FxLookup.lookup("2025-Q3").tryQuery()).isPresent();
        shot(robot, "heatmap-light");
        robot.interact(() -> model.setTheme(Theme.DARK));
        shot(robot, "heatmap-dark");
        robot.interact(() -> model.setTheme(Theme.LIGHT));

        robot.interact(() -> model.heatmap().dimensionProperty().set(Grouping.month()));
        robot.interact(() -> model.filters().setWaves(List.of("2025-Q3")));
        Filter filter = Filter.NONE.withWaves(java.util.Set.of("2025-Q3"));
        GroupMeasure july = model.projectProperty().get().heatmap(Grouping.month(), filter).cells()[0][6];
        waitFor(() -> FxLookup.lookup("2025-07").tryQuery().isPresent()
                && shareInFirstCell(robot).equals(Math.round(july.classes().share(ExperienceClass.DELIGHTED) * 100) + " %"));
        assertThat(FxLookup.lookup(".heatmap-note").queryAs(Label.class).getText()).contains("2025-01");
        shot(robot, "heatmap-months-light");
        robot.interact(() -> model.setTheme(Theme.DARK));

        HeatCell cell = model.heatmap().figuresProperty().get().chart().cell(0, 0);
        robot.clickOn(FxLookup.lookup(".heat-cell").nth(0).<Node>query());
        waitFor(() -> FxLookup.lookup(".drill-table").tryQuery().isPresent());
        assertThat(FxLookup.lookup(".drill-table").queryAs(TableView.class).getItems()).hasSize(cell.n());
        assertThat(FxLookup.lookup(".drill-sentence").queryAs(Label.class).getText())
                .startsWith("Website").contains("2025-07").endsWith(cell.n() + " respondents");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitFor(() -> FxLookup.lookup(".drill-table").tryQuery().isEmpty());

        // Web customers in the East by month: bases of a few dozen, some below the minimum of 30.
        robot.interact(() -> model.filters().setSegment("Region", List.of("East")));
        robot.interact(() -> model.filters().setSegment("Channel", List.of("Web")));
        waitFor(() -> FxLookup.lookup(".heat-cell.low-base").tryQuery().isPresent());
        shot(robot, "heatmap-lowbase-dark");
    }

    @Test
    void theTrendShowsTheEnginesValuesFollowsTheFilterAndAPointDrillsDown(FxRobot robot) throws Exception {
        openDemoPage(robot, "Open the demo project", "Trend", ".trend-page");
        waitFor(() -> FxLookup.lookup(".trend-point").tryQuery().isPresent());

        List<GroupMeasure> engine = model.projectProperty().get().measures(Grouping.wave(), Filter.NONE);
        long q3 = Math.round(engine.get(1).classes().share(ExperienceClass.DELIGHTED) * 100);
        assertThat(FxLookup.lookup(".trend-value").nth(1).queryAs(Label.class).getText()).isEqualTo("▲ " + q3 + " %");
        assertThat(FxLookup.lookup(".trend-base").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("n = 750", "n = 750");
        shot(robot, "trend-light");
        robot.interact(() -> model.setTheme(Theme.DARK));
        shot(robot, "trend-dark");
        robot.interact(() -> model.setTheme(Theme.LIGHT));

        robot.interact(() -> model.trend().periodProperty().set(Grouping.month()));
        waitFor(() -> FxLookup.lookup(".trend-period").queryAll().size() == 9);
        shot(robot, "trend-months-light");
        robot.interact(() -> model.trend().periodProperty().set(Grouping.wave()));
        robot.interact(() -> model.filters().setSegment("Channel", List.of("Web")));
        Filter filter = Filter.NONE.withSegment("Channel", java.util.Set.of("Web"));
        GroupMeasure webQ1 = model.projectProperty().get().measures(Grouping.wave(), filter).get(0);
        String base = String.format(Locale.ENGLISH, "n = %,d", webQ1.classes().base());
        waitFor(() -> FxLookup.lookup(base).tryQuery().isPresent());

        TrendPeriod first = model.trend().figuresProperty().get().chart().periods().get(0);
        robot.clickOn(FxLookup.lookup(".trend-point.drillable").nth(0).<Node>query());
        waitFor(() -> FxLookup.lookup(".drill-table").tryQuery().isPresent());
        assertThat(FxLookup.lookup(".drill-table").queryAs(TableView.class).getItems())
                .hasSize((int) Math.round(first.value() * first.n()));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitFor(() -> FxLookup.lookup(".drill-table").tryQuery().isEmpty());
    }

    @Test
    void bothPagesSpeakDutch(FxRobot robot) throws Exception {
        MenuBar menus = FxLookup.lookup(".menu-bar").queryAs(MenuBar.class);
        robot.interact(() -> WindowTests.menuItem(menus, "dutchItem").fire());
        openDemoPage(robot, "Demoproject openen", "Heatmap", ".heatmap-page");
        waitFor(() -> FxLookup.lookup(".heat-cell").tryQuery().isPresent());
        assertThat(FxLookup.lookup("Kolommen").tryQuery()).isPresent();
        assertThat(FxLookup.lookup("Aandeel enthousiast").tryQuery()).isPresent();
        shot(robot, "heatmap-light-nl");

        robot.clickOn(FxLookup.from(FxLookup.lookup("#pageList").<Node>query()).lookup("Trend").<Node>query());
        waitFor(() -> FxLookup.lookup(".trend-point").tryQuery().isPresent());
        assertThat(FxLookup.lookup("Alle respondenten").tryQuery()).isPresent();
        assertThat(FxLookup.lookup("95 %-interval").tryQuery()).isPresent();
        robot.interact(() -> model.setTheme(Theme.DARK));
        shot(robot, "trend-dark-nl");
    }

    private void openDemoPage(FxRobot robot, String openButton, String page, String pageClass) throws Exception {
        robot.clickOn(openButton);
        waitFor(() -> model.overviewProperty().get() != null && !model.busyProperty().get());
        robot.clickOn(FxLookup.from(FxLookup.lookup("#pageList").<Node>query()).lookup(page).<Node>query());
        waitFor(() -> FxLookup.lookup(pageClass).tryQuery().map(Node::isVisible).orElse(false));
    }

    private static String shareInFirstCell(FxRobot robot) {
        return FxLookup.from(FxLookup.lookup(".heat-cell").nth(0).<Node>query()).lookup(".heat-share").queryAs(Text.class).getText();
    }

    /** Kept as an artefact of the build, to look at what the window draws. */
    private void shot(FxRobot robot, String name) throws IOException {
        WindowTests.shot(robot, stage.getScene(), name);
    }
}
