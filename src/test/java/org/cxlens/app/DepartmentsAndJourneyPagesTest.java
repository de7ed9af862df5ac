package org.cxlens.app;

import org.cxlens.testing.FxLookup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cxlens.app.WindowTests.waitFor;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.GroupMeasure;
import org.cxlens.analysis.TouchpointMeasure;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.ui.window.MainWindowViewModel;
import org.cxlens.ui.window.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The departments and journey pages in the main window on the demo project, against the engine's figures. */
@ExtendWith(ApplicationExtension.class)
class DepartmentsAndJourneyPagesTest {

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
    }

    @AfterEach
    void stop(FxRobot robot) {
        window.close(robot);
    }

    @Test
    void theDepartmentsPageShowsTheEnginesBarsOpensADepartmentByKeyboardAndDrillsDownToItsExperiences(FxRobot robot)
            throws Exception {
        openDemoAt(robot, "Departments", ".departments-page");
        waitFor(() -> FxLookup.lookup(".department-row").tryQuery().isPresent());

        // Journey order: the first row is the owner of the journey's first touchpoint.
        Dashboard engine = model.projectProperty().get().dashboard(model.filters().filter());
        String first = engine.touchpoints().get(0).touchpoint().department();
        GroupMeasure department = department(engine, first);
        Button toggle = FxLookup.lookup(".department-toggle").queryAs(Button.class);
        assertThat(toggle.getText()).isEqualTo(first);
        double delighted = department.classes().share(ExperienceClass.DELIGHTED);
        Node row = FxLookup.lookup(".department-row").query();
        assertThat(barShare(robot, row)).isCloseTo(delighted, offset(0.005));
        assertThat(FxLookup.from(row).lookup(".segment-label.on-delighted").queryAs(Label.class).getText())
                .isEqualTo(Math.round(delighted * 100) + " %");
        assertThat(FxLookup.from(row).lookup(".touchpoint-base").queryAs(Label.class).getText())
                .isEqualTo(String.format(Locale.ENGLISH, "%,d", department.classes().base()));
        assertThat(visibleOwnedRows(robot)).isZero();

        robot.interact(toggle::requestFocus);
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        long owned = engine.touchpoints().stream().filter(t -> first.equals(t.touchpoint().department())).count();
        waitFor(() -> visibleOwnedRows(robot) == owned);
        assertThat(FxLookup.lookup(".department-arrow").queryAs(Label.class).getText()).isEqualTo("▾");
        shot(robot, "departments-light");
        robot.interact(() -> model.setTheme(Theme.DARK));
        shot(robot, "departments-dark");
        robot.interact(() -> model.setTheme(Theme.LIGHT));

        robot.interact(() -> model.filters().setWaves(List.of("2025-Q1")));
        Dashboard filtered = model.projectProperty().get().dashboard(model.filters().filter());
        GroupMeasure filteredDepartment = department(filtered, first);
        double filteredShare = filteredDepartment.classes().share(ExperienceClass.DELIGHTED);
        waitFor(() -> Math.abs(barShare(robot, FxLookup.lookup(".department-row").query()) - filteredShare) < 0.005);
        // The opened department stays open under the new filter.
        assertThat(visibleOwnedRows(robot)).isEqualTo(owned);

        robot.clickOn(FxLookup.from(FxLookup.lookup(".department-row").<Node>query()).lookup(".segment-delighted").<Node>query());
        waitFor(() -> FxLookup.lookup(".drill-table").tryQuery().isPresent());
        long experiences = Math.round(filteredShare * filteredDepartment.classes().base());
        TableView<?> table = FxLookup.lookup(".drill-table").queryAs(TableView.class);
        String sentence = FxLookup.lookup(".drill-sentence").queryAs(Label.class).getText();
        assertThat(sentence).startsWith("touchpoints of " + first + " · delighted").contains("2025-Q1")
                .endsWith(String.format(Locale.ENGLISH, "%,d experiences of %,d respondents", experiences,
                        table.getItems().size()));
        assertThat((long) table.getItems().size()).isLessThanOrEqualTo(experiences).isPositive();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitFor(() -> FxLookup.lookup(".drill-table").tryQuery().isEmpty());
    }

    @Test
    void theJourneyPageDrawsTheEnginesSharesFollowsTheFilterAndDrillsDownFromAPoint(FxRobot robot) throws Exception {
        openDemoAt(robot, "Journey", ".journey-page");
        waitFor(() -> FxLookup.lookup(".journey-chart").tryQuery().isPresent());

        Dashboard engine = model.projectProperty().get().dashboard(model.filters().filter());
        List<TouchpointMeasure> steps = engine.touchpoints();
        assertThat(FxLookup.lookup(".journey-step-name").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactlyElementsOf(steps.stream().map(t -> t.touchpoint().name()).toList());
        assertThat(FxLookup.lookup(".journey-badge").queryAll()).hasSize(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            assertThat(pointShare(robot, i)).isCloseTo(steps.get(i).measure().classes().share(ExperienceClass.DELIGHTED),
                    offset(0.005));
        }
        TouchpointMeasure best = steps.stream()
                .max(Comparator.comparingDouble(t -> t.measure().classes().share(ExperienceClass.DELIGHTED))).orElseThrow();
        assertThat(FxLookup.lookup(".journey-wins").queryAs(Label.class).getText()).isEqualTo(String.format(Locale.ENGLISH,
                "Wins most at %s: %.1f %% delighted", best.touchpoint().name(),
                best.measure().classes().share(ExperienceClass.DELIGHTED) * 100));
        assertThat(tooltip(robot, inChart(robot, ".point-delighted").query())).startsWith(steps.get(0).touchpoint().name())
                .contains("95 % interval");
        shot(robot, "journey-light");
        robot.interact(() -> model.setTheme(Theme.DARK));
        shot(robot, "journey-dark");
        robot.interact(() -> {
            model.setTheme(Theme.LIGHT);
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        shot(robot, "journey-light-1280");

        robot.interact(() -> model.filters().setWaves(List.of("2025-Q1")));
        Dashboard filtered = model.projectProperty().get().dashboard(model.filters().filter());
        int last = filtered.touchpoints().size() - 1;
        GroupMeasure lastStep = filtered.touchpoints().get(last).measure();
        waitFor(() -> Math.abs(pointShare(robot, last) - lastStep.classes().share(ExperienceClass.DELIGHTED)) < 0.005);

        robot.clickOn(inChart(robot, ".point-delighted").nth(last).<Node>query());
        waitFor(() -> FxLookup.lookup(".drill-table").tryQuery().isPresent());
        long expected = Math.round(lastStep.classes().share(ExperienceClass.DELIGHTED) * lastStep.classes().base());
        assertThat(FxLookup.lookup(".drill-sentence").queryAs(Label.class).getText())
                .startsWith(filtered.touchpoints().get(last).touchpoint().name() + " · delighted")
                .endsWith(String.format(Locale.ENGLISH, "%,d respondents", expected));
        assertThat(FxLookup.lookup(".drill-table").queryAs(TableView.class).getItems()).hasSize((int) expected);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitFor(() -> FxLookup.lookup(".drill-table").tryQuery().isEmpty());
    }

    @Test
    void bothPagesSpeakDutch(FxRobot robot) throws Exception {
        MenuBar menus = FxLookup.lookup(".menu-bar").queryAs(MenuBar.class);
        robot.interact(() -> dutch(menus).fire());
        openDemoAt(robot, "Afdelingen", ".departments-page");
        waitFor(() -> FxLookup.lookup(".department-row").tryQuery().isPresent());
        assertThat(FxLookup.lookup("Alles openklappen").tryQuery()).isPresent();
        assertThat(FxLookup.from(FxLookup.lookup(".department-row").<Node>query()).lookup(".touchpoint-department")
                .queryAs(Label.class).getText()).endsWith("contactmoment").doesNotContain("touchpoint");
        shot(robot, "departments-light-nl");

        robot.clickOn(FxLookup.from(FxLookup.lookup("#pageList").<Node>query()).lookup("Klantreis").<Node>query());
        waitFor(() -> FxLookup.lookup(".journey-wins").tryQuery().isPresent());
        assertThat(FxLookup.lookup(".journey-wins").queryAs(Label.class).getText()).startsWith("Wint het meest bij ")
                .endsWith(" enthousiast").contains(",");
        assertThat(FxLookup.lookup("Herstel nodig").tryQuery()).isPresent();
        robot.interact(() -> model.setTheme(Theme.DARK));
        shot(robot, "journey-dark-nl");
    }

    private void openDemoAt(FxRobot robot, String page, String pageQuery) throws Exception {
        robot.interact(model::openDemo);
        waitFor(() -> model.overviewProperty().get() != null && !model.busyProperty().get());
        robot.clickOn(FxLookup.from(FxLookup.lookup("#pageList").<Node>query()).lookup(page).<Node>query());
        waitFor(() -> FxLookup.lookup(pageQuery).tryQuery().map(Node::isVisible).orElse(false));
    }

    private static GroupMeasure department(Dashboard dashboard, String name) {
        return dashboard.departments().stream().filter(d -> d.label().equals(name)).findFirst().orElseThrow();
    }

    private static long visibleOwnedRows(FxRobot robot) {
        return FxLookup.lookup(".owned-touchpoint-row").queryAll().stream().filter(Node::isVisible)
                .filter(n -> n.getParent().isVisible()).count();
    }

    /** The delighted segment's width as a share of the row's class bar. */
    private static double barShare(FxRobot robot, Node row) {
        Region bar = FxLookup.from(row).lookup(".class-bar").queryAs(Region.class);
        return FxLookup.from(bar).lookup(".segment-delighted").queryAs(Region.class).getWidth() / bar.getWidth();
    }

    /** A delighted point's height on the plot, from the axis (0 %) to the top grid line (100 %). */
    private static double pointShare(FxRobot robot, int step) {
        double zero = FxLookup.lookup(".journey-axis").queryAs(Line.class).getStartY();
        double full = FxLookup.lookup(".journey-grid").queryAllAs(Line.class).stream().mapToDouble(Line::getStartY).min()
                .orElseThrow();
        Circle point = inChart(robot, ".point-delighted").nth(step).queryAs(Circle.class);
        return (zero - point.getCenterY()) / (zero - full);
    }

    /** Nodes of the chart itself, not of its legend. */
    private static org.testfx.service.query.NodeQuery inChart(FxRobot robot, String query) {
        return FxLookup.from(FxLookup.lookup(".journey-chart").<Node>query()).lookup(query);
    }

    /** The text of the tooltip that shows with the pointer on {@code node}: it is made only then. */
    private static String tooltip(FxRobot robot, Node node) throws Exception {
        robot.moveTo(node);
        robot.moveBy(1, 1);
        waitFor(() -> robot.listWindows().stream().anyMatch(w -> w instanceof Tooltip tip && tip.isShowing()));
        return WindowTests.onFx(() -> robot.listWindows().stream().filter(w -> w instanceof Tooltip tip && tip.isShowing())
                .map(w -> ((Tooltip) w).getText()).findFirst().orElseThrow());
    }

    private static MenuItem dutch(MenuBar bar) {
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .flatMap(i -> i instanceof javafx.scene.control.Menu sub ? sub.getItems().stream() : java.util.stream.Stream.of(i))
                .filter(i -> "dutchItem".equals(i.getId())).findFirst().orElseThrow();
    }

    /** Kept as an artefact of the build, to look at what the window draws. */
    private void shot(FxRobot robot, String name) throws IOException {
        WindowTests.shot(robot, stage.getScene(), name);
    }
}
