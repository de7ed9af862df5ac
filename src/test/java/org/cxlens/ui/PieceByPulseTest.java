package org.cxlens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Pieces of a view are built one a pulse, each laid out before the next, or all at once when needed now. */
@ExtendWith(ApplicationExtension.class)
class PieceByPulseTest {

    private final VBox box = new VBox();
    private Scene scene;

    @Start
    void start(Stage stage) {
        scene = new Scene(box, 300, 200);
        stage.setScene(scene);
        stage.show();
    }

    private List<Runnable> labels(int count) {
        return IntStream.range(0, count).<Runnable>mapToObj(i -> () -> box.getChildren().add(new Label("piece " + i)))
                .toList();
    }

    @Test
    void eachPulseLaysOutOnePieceMore(FxRobot robot) throws Exception {
        // Written on the FX thread, read by the test's.
        List<Integer> laidOut = new CopyOnWriteArrayList<>();
        Runnable watch = () -> laidOut.add(box.getChildren().size());
        robot.interact(() -> {
            scene.addPostLayoutPulseListener(watch);
            PieceByPulse.start(scene, labels(3));
            // Nothing yet: the first piece waits for the pulse after this one.
            assertThat(box.getChildren()).isEmpty();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> laidOut.contains(3));
        robot.interact(() -> scene.removePostLayoutPulseListener(watch));
        assertThat(laidOut).contains(1, 2);
        for (int i = 1; i < laidOut.size(); i++) {
            assertThat(laidOut.get(i) - laidOut.get(i - 1)).isBetween(0, 1);
        }
    }

    @Test
    void finishBuildsTheRestAtOnce(FxRobot robot) {
        robot.interact(() -> {
            PieceByPulse pieces = PieceByPulse.start(scene, labels(4));
            pieces.finish();
            assertThat(box.getChildren()).extracting(n -> ((Label) n).getText())
                    .containsExactly("piece 0", "piece 1", "piece 2", "piece 3");
        });
        robot.interact(() -> { });
        assertThat(box.getChildren()).hasSize(4);
    }

    @Test
    void stopDropsThePiecesNotRunYet(FxRobot robot) throws Exception {
        PieceByPulse[] pieces = new PieceByPulse[1];
        List<Runnable> labels = new ArrayList<>(labels(4));
        Runnable second = labels.get(1);
        labels.set(1, () -> {
            second.run();
            pieces[0].stop();
        });
        robot.interact(() -> pieces[0] = PieceByPulse.start(scene, labels));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> box.getChildren().size() == 2);
        // No piece comes with the pulses after it.
        Pulses.await(robot, 5);
        assertThat(box.getChildren()).extracting(n -> ((Label) n).getText()).containsExactly("piece 0", "piece 1");
    }

    @Test
    void aPieceAlreadyOnItsWayWhenStoppedDoesNotRun(FxRobot robot) throws Exception {
        PieceByPulse[] pieces = new PieceByPulse[1];
        // Listens after the chain: the pulse has handed its first piece to the FX thread's queue when this stops it.
        Runnable stopAfterThePulse = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                pieces[0].stop();
            }
        };
        robot.interact(() -> {
            pieces[0] = PieceByPulse.start(scene, labels(2));
            scene.addPostLayoutPulseListener(stopAfterThePulse);
        });
        Pulses.await(robot, 5);
        assertThat(box.getChildren()).isEmpty();
    }
}
