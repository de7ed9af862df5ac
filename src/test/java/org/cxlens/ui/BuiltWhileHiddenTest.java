package org.cxlens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A drawing gets its parts one a pulse while hidden beside what the holder shows, is styled all the
 * while, and takes the old drawing's place only when complete.
 */
@ExtendWith(ApplicationExtension.class)
class BuiltWhileHiddenTest {

    private final StackPane holder = new StackPane();
    private Scene scene;

    @Start
    void start(Stage stage) {
        scene = new Scene(holder, 300, 200);
        stage.setScene(scene);
        stage.show();
    }

    /** Three parts, each adding a label to the drawing. */
    private static List<Runnable> parts(Pane drawing, String name) {
        return List.of(
                () -> drawing.getChildren().add(new Label(name + " 0")),
                () -> drawing.getChildren().add(new Label(name + " 1")),
                () -> drawing.getChildren().add(new Label(name + " 2")));
    }

    /** What a frame shows: the visible child's labels. */
    private List<String> shown() {
        return holder.getChildren().stream().filter(Node::isVisible)
                .flatMap(child -> ((Pane) child).getChildren().stream()).map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void theNewDrawingShowsOnlyWhenEveryPartIsInAndItsNodesAreStyledWhileHidden(FxRobot robot) throws Exception {
        BuiltWhileHidden drawings = new BuiltWhileHidden(holder);
        Pane old = new Pane();
        robot.interact(() -> drawings.show(old, parts(old, "old"), () -> { }));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> old.isVisible() && holder.getChildren().size() == 1);

        Pane drawing = new Pane();
        AtomicInteger shownCalls = new AtomicInteger();
        List<List<String>> frames = new CopyOnWriteArrayList<>();
        List<Integer> partsPerFrame = new CopyOnWriteArrayList<>();
        Runnable watch = () -> {
            frames.add(shown());
            partsPerFrame.add(drawing.getChildren().size());
        };
        robot.interact(() -> {
            scene.addPostLayoutPulseListener(watch);
            drawings.show(drawing, parts(drawing, "new"), shownCalls::incrementAndGet);
            assertThat(drawing.isVisible()).isFalse();
            assertThat(drawing.getChildren()).hasSize(1);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownCalls.get() == 1);
        robot.interact(() -> scene.removePostLayoutPulseListener(watch));

        assertThat(holder.getChildren()).containsExactly(drawing);
        assertThat(drawing.isVisible()).isTrue();
        assertThat(drawing.isManaged()).isTrue();
        // Every frame showed one whole drawing: the old one until the new one was complete.
        for (List<String> frame : frames) {
            assertThat(frame).isIn(List.of("old 0", "old 1", "old 2"), List.of("new 0", "new 1", "new 2"));
        }
        // One part a pulse: the frames saw the hidden drawing with one part, then two.
        assertThat(partsPerFrame).contains(1, 2);
        // Hidden, its nodes were styled: a label has its skin only once the CSS pass reached it.
        Label first = (Label) drawing.getChildren().get(0);
        assertThat(first.getSkin()).isNotNull();
    }

    @Test
    void aNewDrawingDropsOneNotShownYetAndAMessageDropsBoth(FxRobot robot) throws Exception {
        BuiltWhileHidden drawings = new BuiltWhileHidden(holder);
        Pane first = new Pane();
        Pane second = new Pane();
        AtomicInteger firstShown = new AtomicInteger();
        robot.interact(() -> {
            drawings.show(first, parts(first, "first"), firstShown::incrementAndGet);
            drawings.show(second, parts(second, "second"), () -> { });
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> second.isVisible());
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        assertThat(firstShown).hasValue(0);
        assertThat(holder.getChildren()).containsExactly(second);

        Pane third = new Pane();
        Label message = new Label("nothing to draw");
        robot.interact(() -> {
            drawings.show(third, parts(third, "third"), () -> { });
            drawings.showNow(message);
        });
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertThat(holder.getChildren()).containsExactly(message);
        assertThat(third.getChildren()).hasSize(1);
    }
}
