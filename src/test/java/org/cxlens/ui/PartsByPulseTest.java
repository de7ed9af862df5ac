package org.cxlens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A page's rows come a few a pulse, each in place of the old row at its index, the old rows past the new ones dropped. */
@ExtendWith(ApplicationExtension.class)
class PartsByPulseTest {

    private final VBox rows = new VBox();
    private final VBox root = new VBox();
    private Scene scene;

    @Start
    void start(Stage stage) {
        scene = new Scene(root, 300, 400);
        stage.setScene(scene);
        stage.show();
    }

    private static List<Supplier<Node>> labels(String name, int count) {
        return IntStream.range(0, count).<Supplier<Node>>mapToObj(i -> () -> new Label(name + " " + i)).toList();
    }

    private List<String> texts() {
        return rows.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void theFirstRowsComeAtOnceTheRestAFewAPulseInPlaceOfTheOldOnes(FxRobot robot) throws Exception {
        PartsByPulse put = new PartsByPulse(rows, 2);
        robot.interact(() -> root.getChildren().add(rows));
        robot.interact(() -> put.show(labels("old", 7)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rows.getChildren().size() == 7);

        // Written on the FX thread, read by the test's: the rows as each pulse laid them out.
        List<List<String>> laidOut = new CopyOnWriteArrayList<>();
        Runnable watch = () -> laidOut.add(texts());
        robot.interact(() -> {
            scene.addPostLayoutPulseListener(watch);
            put.show(labels("new", 5));
            assertThat(texts()).containsExactly("new 0", "new 1", "old 2", "old 3", "old 4", "old 5", "old 6");
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> texts().size() == 5);
        robot.interact(() -> scene.removePostLayoutPulseListener(watch));
        assertThat(texts()).containsExactly("new 0", "new 1", "new 2", "new 3", "new 4");
        assertThat(laidOut).contains(List.of("new 0", "new 1", "new 2", "new 3", "old 4", "old 5", "old 6"));
        for (List<String> frame : laidOut) {
            assertThat(frame.size()).isIn(5, 7);
        }
    }

    @Test
    void aPaneInNoSceneYetGetsItsRestWhenItJoinsOne(FxRobot robot) throws Exception {
        PartsByPulse put = new PartsByPulse(rows, 3);
        robot.interact(() -> put.show(labels("row", 8)));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertThat(texts()).containsExactly("row 0", "row 1", "row 2");

        // As in a page: the rows inside a scroll pane, in the scene only once the scroll pane has its skin.
        robot.interact(() -> root.getChildren().add(new ScrollPane(rows)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rows.getChildren().size() == 8);
    }
}
