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
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.TouchpointMeasure;
import org.cxlens.testing.TwoWaveProject;
import org.cxlens.ui.project.ProjectViewModel;
import org.cxlens.ui.window.MainWindowViewModel;
import org.cxlens.ui.window.Theme;
import org.cxlens.workspace.CatalogueEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Project page in the main window on a two-wave project: a department edit seen on the
 * Departments page, a keyboard reorder seen on the Journey page, a merge whose base is the sum,
 * the change log listing them, the imports and their problems, Dutch; screenshots of each part.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectPageTest {

    @TempDir
    Path home;

    private AppWindow window;
    private MainWindowViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = AppWindow.show(stage, home, "test-project");
        model = window.model();
    }

    @AfterEach
    void stop(FxRobot robot) {
        window.close(robot);
    }

    @Test
    void catalogueEditsReachEveryPageAndTheChangeLog(FxRobot robot) throws Exception {
        Path file = TwoWaveProject.create(home);
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
            model.open(file);
        });
        waitFor(() -> model.overviewProperty().get() != null && !model.busyProperty().get());
        ProjectViewModel page = model.project();
        goTo(robot, "Project");
        waitFor(() -> page.catalogue().size() == 4);
        TableView<?> catalogue = FxLookup.lookup(".catalogue-table").queryAs(TableView.class);
        assertThat(cellTexts(robot, ".catalogue-table", 1)).containsExactly("Website", "Lieferung", "Invoice", "Delivery");
        shot(robot, "project-light");
        robot.interact(() -> model.setTheme(Theme.DARK));
        shot(robot, "project-dark");
        robot.interact(() -> model.setTheme(Theme.LIGHT));

        // The department of Lieferung, typed into the picker: the Departments page loses "Logistik".
        goTo(robot, "Departments");
        waitFor(() -> departmentToggles(robot).contains("Logistik"));
        goTo(robot, "Project");
        robot.clickOn(cell(robot, "Lieferung"));
        waitFor(() -> page.chosenProperty().get().touchpoint().name().equals("Lieferung"));
        ComboBox<?> department = FxLookup.lookup(".department-field").queryAs(ComboBox.class);
        robot.doubleClickOn(department.getEditor());
        robot.interact(() -> department.getEditor().clear());
        robot.write("Logistics");
        FxClick.on(robot, ".apply-button");
        waitFor(() -> "Logistics".equals(page.chosenProperty().get().touchpoint().department()));
        waitFor(() -> text(robot, ".project-notice").equals("Stored the settings of Lieferung; every page now uses them."));
        goTo(robot, "Departments");
        waitFor(() -> departmentToggles(robot).equals(List.of("Marketing", "Logistics", "Finance")));
        assertThat(model.projectProperty().get().dashboard(Filter.NONE).departments()).hasSize(3);

        // Delivery two steps earlier with Alt+↑: the Journey page's steps follow.
        goTo(robot, "Project");
        robot.clickOn(cell(robot, "Delivery"));
        waitFor(() -> page.chosenProperty().get().touchpoint().name().equals("Delivery"));
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        waitFor(() -> !page.workingProperty().get() && names(page).get(2).equals("Delivery"));
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        waitFor(() -> !page.workingProperty().get()
                && names(page).equals(List.of("Website", "Delivery", "Lieferung", "Invoice")));
        assertThat(catalogue.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        goTo(robot, "Journey");
        waitFor(() -> FxLookup.lookup(".journey-step-name").queryAllAs(Label.class).stream().map(Label::getText).toList()
                .equals(List.of("Website", "Delivery", "Lieferung", "Invoice")));
        assertThat(model.projectProperty().get().dashboard(Filter.NONE).touchpoints())
                .extracting(t -> t.touchpoint().name()).containsExactly("Website", "Delivery", "Lieferung", "Invoice");

        // Lieferung merged into Delivery: one touchpoint whose base is the sum of both waves'.
        goTo(robot, "Project");
        robot.clickOn(cell(robot, "Lieferung"));
        waitFor(() -> page.chosenProperty().get().touchpoint().name().equals("Lieferung"));
        FxClick.on(robot, ".merge-into");
        robot.clickOn(FxLookup.lookup(".list-cell").match(n -> "Delivery".equals(((Labeled) n).getText())).<Node>query());
        FxClick.on(robot, ".merge-button");
        waitFor(() -> FxLookup.lookup(".merge-confirm").tryQuery().isPresent());
        assertThat(FxLookup.lookup(".merge-confirm .content").queryAs(Label.class).getText())
                .startsWith("Merge “Lieferung” (40 answers) into “Delivery” (35 answers)?");
        robot.clickOn(FxLookup.lookup(".merge-confirm .button").match(n -> "OK".equals(((Button) n).getText()))
                .<Node>query());
        waitFor(() -> page.catalogue().size() == 3);
        Dashboard merged = model.projectProperty().get().dashboard(Filter.NONE);
        TouchpointMeasure delivery = merged.touchpoints().stream()
                .filter(t -> t.touchpoint().name().equals("Delivery")).findFirst().orElseThrow();
        assertThat(delivery.measure().classes().base()).isEqualTo(TwoWaveProject.WAVE1 + TwoWaveProject.WAVE2);
        waitFor(() -> cellTexts(robot, ".catalogue-table", 5).equals(List.of("75", "75", "75")));
        assertThat(text(robot, ".project-notice")).isEqualTo("Merged Lieferung into Delivery: 75 answers (40 + 35).");
        shot(robot, "project-catalogue-merged-light");

        // The change log lists every edit, newest first, and can be searched.
        selectTab(robot, 3);
        waitFor(() -> cellTexts(robot, ".log-table", 1).size() >= 5);
        assertThat(cellTexts(robot, ".log-table", 1)).startsWith("Touchpoints merged into Delivery",
                "Earlier name kept for Delivery: a next wave's column with it feeds Delivery", "Journey order",
                "Journey order", "Owning department of Lieferung", "Import of wave2.xlsx [Responses]");
        // The catalogue shows the name merged away as Delivery's earlier name.
        assertThat(cellTexts(robot, ".catalogue-table", 6)).contains("Lieferung");
        shot(robot, "project-log-light");
        FxClick.on(robot, ".log-search");
        robot.write("logistik");
        waitFor(() -> cellTexts(robot, ".log-table", 1).equals(List.of("Owning department of Lieferung")));
        robot.interact(() -> model.setTheme(Theme.DARK));
        shot(robot, "project-log-dark");
        robot.interact(() -> model.setTheme(Theme.LIGHT));

        // The imports, and the problems of the first one.
        selectTab(robot, 1);
        robot.clickOn(FxLookup.lookup(".imports-table .table-cell").match(n -> "wave1.csv".equals(((Labeled) n).getText()))
                .<Node>query());
        waitFor(() -> text(robot, ".problem-count").equals("45 problems in wave1.csv"));
        TableView<?> problems = FxLookup.lookup(".problems-table").queryAs(TableView.class);
        assertThat(problems.getItems()).hasSize(TwoWaveProject.WAVE1_PROBLEMS);
        waitFor(() -> cellTexts(robot, ".problems-table", 0).get(0).equals("42"));
        shot(robot, "project-imports-light");
        FxClick.on(robot, ".problem-search");
        robot.write("HYPERLINK");
        waitFor(() -> problems.getItems().size() == 15);
        assertThat(text(robot, ".problem-count")).isEqualTo("15 of 45 problems in wave1.csv match");
        robot.interact(() -> model.setTheme(Theme.DARK));
        shot(robot, "project-imports-dark");
        robot.interact(() -> model.setTheme(Theme.LIGHT));

        // Dutch: the page's words follow the language.
        robot.interact(() -> model.setLanguage(Locale.forLanguageTag("nl")));
        waitFor(() -> FxLookup.lookup(".project-tabs").tryQuery().isPresent());
        waitFor(() -> FxLookup.lookup(".tab-label").queryAllAs(Labeled.class).stream()
                .anyMatch(l -> "Wijzigingslogboek".equals(l.getText())));
        selectTab(robot, 0);
        waitFor(() -> FxLookup.lookup(".catalogue-table .column-header .label").queryAllAs(Labeled.class).stream()
                .anyMatch(l -> "Afdeling".equals(l.getText())));
        shot(robot, "project-light-nl");
    }

    private static List<String> names(ProjectViewModel page) {
        return page.catalogue().stream().map(CatalogueEntry::touchpoint).map(t -> t.name()).toList();
    }

    private void goTo(FxRobot robot, String pageName) throws Exception {
        robot.clickOn(FxLookup.from(FxLookup.lookup("#pageList").<Node>query()).lookup(pageName).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void selectTab(FxRobot robot, int index) {
        robot.interact(() -> FxLookup.lookup(".project-tabs").queryAs(TabPane.class).getSelectionModel().select(index));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Node cell(FxRobot robot, String text) {
        return FxLookup.lookup(".catalogue-table .table-cell").match(n -> text.equals(((Labeled) n).getText())).query();
    }

    /** The texts of one column's filled cells, top to bottom. */
    private static List<String> cellTexts(FxRobot robot, String table, int column) {
        TableView<?> view = FxLookup.lookup(table).queryAs(TableView.class);
        return java.util.stream.IntStream.range(0, view.getItems().size())
                .mapToObj(row -> String.valueOf(view.getColumns().get(column).getCellData(row))).toList();
    }

    private static List<String> departmentToggles(FxRobot robot) {
        return FxLookup.lookup(".department-toggle").queryAllAs(Button.class).stream().filter(Node::isVisible)
                .map(Button::getText).toList();
    }

    private static String text(FxRobot robot, String query) {
        return FxLookup.lookup(query).tryQuery().map(n -> ((Labeled) n).getText()).orElse("");
    }

    /** Kept as an artefact of the build, to look at what the page draws. */
    private void shot(FxRobot robot, String name) throws IOException {
        WindowTests.shot(robot, stage.getScene(), name);
    }
}
