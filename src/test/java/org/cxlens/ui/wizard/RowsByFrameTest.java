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
}
