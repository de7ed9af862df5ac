package org.cxlens.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A wizard table gets its rows a few a frame, ends with all of them, and follows its list afterwards. */
@ExtendWith(ApplicationExtension.class)
class RowsByFrameTest {

    private TableView<String> table;

    @Start
    void start(Stage stage) {
        table = new TableView<>();
        TableColumn<String, String> text = new TableColumn<>("text");
        text.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue()));
        table.getColumns().add(text);
        table.setFixedCellSize(26);
        stage.setScene(new Scene(new StackPane(table), 400, 300));
        stage.show();
    }

    @Test
    void theRowsComeInOverSeveralFramesAndFollowTheListAfterwards(FxRobot robot) throws Exception {
        ObservableList<String> source = FXCollections.observableArrayList(
                IntStream.range(0, 200).mapToObj(i -> "row " + i).toList());
        List<Integer> sizes = new ArrayList<>();
        robot.interact(() -> {
            RowsByFrame.fill(table, source, 2);
            sizes.add(table.getItems().size());
            javafx.animation.AnimationTimer watch = new javafx.animation.AnimationTimer() {
                @Override
                public void handle(long now) {
                    sizes.add(table.getItems().size());
                    if (table.getItems().size() == source.size()) {
                        stop();
                    }
                }
            };
            watch.start();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 200);
        robot.interact(() -> { });
        // None at first, then a few at a time while the view fills, then the rest in one go.
        assertThat(sizes.get(0)).isZero();
        assertThat(sizes.stream().distinct().count()).isGreaterThan(3);
        assertThat(sizes.stream().filter(n -> n > 0).findFirst().orElseThrow()).isLessThanOrEqualTo(4);
        assertThat(table.getItems()).containsExactlyElementsOf(source);

        robot.interact(() -> source.setAll(List.of("other 1", "other 2")));
        assertThat(table.getItems()).containsExactly("other 1", "other 2");
        robot.interact(() -> source.add("other 3"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        assertThat(table.getItems()).containsExactly("other 1", "other 2", "other 3");
    }

    @Test
    void aHeldTableGetsNoRowsUntilStartedAndNoEmptyRowsWhileItFills(FxRobot robot) throws Exception {
        List<String> rows = IntStream.range(0, 200).mapToObj(i -> "row " + i).toList();
        List<Long> emptyRowsWhileFilling = new ArrayList<>();
        List<RowsByFrame<String>> filler = new ArrayList<>();
        robot.interact(() -> filler.add(RowsByFrame.held(table, rows, 1)));
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        robot.interact(() -> { });
        assertThat(table.getItems()).isEmpty();
        // No higher than its headers: a table would fill the rest of its view with empty rows, each styled.
        assertThat(table.getHeight()).isLessThan(60);
        robot.interact(() -> {
            filler.get(0).start();
            new javafx.animation.AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (table.getItems().size() == rows.size()) {
                        stop();
                    } else {
                        emptyRowsWhileFilling.add(table.lookupAll(".table-row-cell").stream()
                                .filter(n -> n.isVisible() && ((javafx.scene.control.TableRow<?>) n).isEmpty()).count());
                    }
                }
            }.start();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 200);
        robot.interact(() -> { });
        assertThat(emptyRowsWhileFilling).isNotEmpty().containsOnly(0L);
        // Once the view is full, the table takes all the room it is given again.
        assertThat(table.getMaxHeight()).isEqualTo(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
        assertThat(table.getHeight()).isEqualTo(300);
    }

    @Test
    void aTableWithFewerRowsThanItsViewHoldsEndsWithItsWholeHeight(FxRobot robot) throws Exception {
        robot.interact(() -> RowsByFrame.fill(table, List.of("one", "two", "three"), 1));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3
                && table.getMaxHeight() == javafx.scene.layout.Region.USE_COMPUTED_SIZE);
        robot.interact(() -> { });
        assertThat(table.getHeight()).isEqualTo(300);
    }
}
