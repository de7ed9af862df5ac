package org.cxlens.ui.drill;

import org.cxlens.testing.FxLookup;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.cxlens.analysis.Filter;
import org.cxlens.app.TestProjects;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Message;
import org.cxlens.domain.Touchpoint;
import org.cxlens.ui.SyncRunner;
import org.cxlens.ui.window.Theme;
import org.cxlens.workspace.DrillColumn;
import org.cxlens.workspace.DrillRow;
import org.cxlens.workspace.Mark;
import org.cxlens.workspace.OpenProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The drill-down window is put together over the pulses after it shows (sentence and tools, the
 * table, its columns, the rows' cells a few a pulse), and ends up complete: every
 * column in its order, every row in view with the model's text in its cells.
 */
@ExtendWith(ApplicationExtension.class)
class DrillDownDialogTest {

    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle(Message.BUNDLE, Locale.ENGLISH);

    private Stage owner;
    private OpenProject project;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w != owner).forEach(Window::hide)).get();
        if (project != null) {
            project.close();
        }
    }

    @Test
    void theWindowShowsFirstThenItsTableThenTheRowsCellsUntilEveryRowInViewHasThem(FxRobot robot) throws Exception {
        DrillDownViewModel model = indifferentAtDelivery(Filter.NONE.withWaves(Set.of("2025-Q1")));
        DrillDownDialog dialog = DrillDownDialog.prepare(model, ENGLISH, Theme.DARK.stylesheets());

        boolean tableInFirstFrame = WaitForAsyncUtils.asyncFx(() -> {
            dialog.show(owner);
            return FxLookup.lookup(".drill-table").tryQuery().isPresent();
        }).get();

        assertThat(tableInFirstFrame).isFalse();
        waitUntilEveryRowInViewHasCells(robot);
        TableView<?> table = FxLookup.lookup(".drill-table").queryAs(TableView.class);
        assertThat(table.getColumns().stream().map(TableColumn::getUserData).toList())
                .isEqualTo(List.copyOf(model.columns()));
        assertThat(table.getItems()).hasSize(model.count());
        List<IndexedCell<?>> rows = rowsInView(table);
        assertThat(rows).hasSizeGreaterThan(10);
        for (IndexedCell<?> row : rows) {
            DrillRow shown = model.row(row.getIndex());
            for (Node node : ((Parent) row).getChildrenUnmodifiable()) {
                TableCell<?, ?> cell = (TableCell<?, ?>) node;
                assertThat(cell.getText()).isEqualTo(model.cell(shown, (DrillColumn) cell.getTableColumn().getUserData()));
            }
        }
    }

    /**
     * A page read far out of view (the table measures rows far down to size its scroll bar) redraws
     * the cells that waited for it, not every row: the rows in view keep their cells.
     */
    @Test
    void aPageArrivingRedrawsOnlyTheCellsThatWaitedForIt(FxRobot robot) throws Exception {
        DrillDownViewModel model = indifferentAtDelivery(Filter.NONE);
        DrillDownDialog dialog = DrillDownDialog.prepare(model, ENGLISH, Theme.LIGHT.stylesheets());
        WaitForAsyncUtils.asyncFx(() -> dialog.show(owner)).get();
        waitUntilEveryRowInViewHasCells(robot);
        List<Node> before = WaitForAsyncUtils.asyncFx(() -> firstRowsCells(robot)).get();
        int arrived = model.pagesArrivedProperty().get();
        int last = model.count() - 1;

        // Read at once (the runner runs in place), as a page out of view arrives.
        assertThat(WaitForAsyncUtils.asyncFx(() -> model.row(last)).get()).isNull();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.pagesArrivedProperty().get()).isEqualTo(arrived + 1);
        assertThat(model.row(last)).isNotNull();
        List<Node> after = WaitForAsyncUtils.asyncFx(() -> firstRowsCells(robot)).get();
        assertThat(after).as("the same cells, not made anew").hasSize(before.size()).isNotEmpty()
                .containsExactlyElementsOf(before);
    }

    /** The demo's respondents indifferent at Delivery under {@code filter}, read with their first page; the runner runs in place. */
    private DrillDownViewModel indifferentAtDelivery(Filter filter) throws Exception {
        project = OpenProject.open(TestProjects.demo());
        Touchpoint delivery = project.data().touchpoints().stream().filter(t -> t.name().equals("Delivery"))
                .findFirst().orElseThrow();
        return new DrillDownViewModel(ReadDrillDown.of(project.drillDown(filter,
                Mark.experience(delivery, ExperienceClass.INDIFFERENT))), new SyncRunner(), ENGLISH);
    }

    private static List<Node> firstRowsCells(FxRobot robot) {
        TableView<?> table = FxLookup.lookup(".drill-table").queryAs(TableView.class);
        IndexedCell<?> first = rowsInView(table).stream().filter(row -> row.getIndex() == 0).findFirst().orElseThrow();
        return List.copyOf(((Parent) first).getChildrenUnmodifiable());
    }

    private static void waitUntilEveryRowInViewHasCells(FxRobot robot) throws Exception {
        // Looked at on the FX thread: the table's rows change there, pulse by pulse, while the test waits.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> FxLookup.lookup(".drill-table").tryQuery().isPresent()
                        && everyRowHasCells(FxLookup.lookup(".drill-table").queryAs(TableView.class))).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean everyRowHasCells(TableView<?> table) {
        List<IndexedCell<?>> rows = rowsInView(table);
        return !rows.isEmpty() && rows.stream().noneMatch(row -> ((Parent) row).getChildrenUnmodifiable().isEmpty());
    }

    private static List<IndexedCell<?>> rowsInView(TableView<?> table) {
        return table.lookupAll(".table-row-cell").stream().filter(Node::isVisible)
                .<IndexedCell<?>>map(n -> (IndexedCell<?>) n).filter(row -> !row.isEmpty()).toList();
    }
}
