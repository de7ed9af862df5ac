package org.cxlens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A table's rows make their cells a few a pulse; the empty rows below its items make none until they get one. */
@ExtendWith(ApplicationExtension.class)
class RowCellsByPulseTest {

    private TableView<String> table;

    @Start
    void start(Stage stage) {
        table = new TableView<>();
        for (int c = 0; c < 5; c++) {
            TableColumn<String, String> column = new TableColumn<>("column " + c);
            column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
            table.getColumns().add(column);
        }
        RowCellsByPulse<String> rows = new RowCellsByPulse<>(1, 2, row -> row.getStyleClass().add("configured"));
        table.setRowFactory(rows);
        rows.start();
        table.getItems().setAll("a", "b", "c");
        stage.setScene(new Scene(table, 500, 400));
        stage.show();
    }

    private List<TableRow<?>> rows(FxRobot robot) {
        return robot.lookup(".table-row-cell").<TableRow<?>>queryAll().stream()
                .filter(row -> row.isVisible() && row.getParent() != null && row.getParent().isVisible()).toList();
    }

    private static boolean hasCells(TableRow<?> row) {
        return !row.getChildrenUnmodifiable().isEmpty();
    }

    @Test
    void theItemsRowsGetTheirCellsTheEmptyRowsNoneUntilTheyGetAnItem(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> rows(robot).stream()
                .filter(row -> !row.isEmpty()).filter(RowCellsByPulseTest::hasCells).count() == 3).get());
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        List<TableRow<?>> empty = WaitForAsyncUtils.asyncFx(() -> rows(robot).stream().filter(TableRow::isEmpty).toList()).get();
        assertThat(empty).as("a view of 400 px holds more than three rows").isNotEmpty();
        assertThat(empty).noneMatch(RowCellsByPulseTest::hasCells);
        assertThat(rows(robot)).allMatch(row -> row.getStyleClass().contains("configured"));

        robot.interact(() -> table.getItems().add("d"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> rows(robot).stream()
                .filter(row -> "d".equals(row.getItem())).anyMatch(RowCellsByPulseTest::hasCells)).get());
    }
}
