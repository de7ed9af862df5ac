package org.cxlens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
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
    void afterAPulseHeavyWithThePieceBeforeTheNextWaitsForAQuietOne(FxRobot robot) throws Exception {
        // Written on the FX thread, read by the test's: the pulse count when each piece ran.
        List<Long> ranAt = new CopyOnWriteArrayList<>();
        long[] pulses = new long[1];
        AnimationTimer counter = counting(pulses);
        List<Runnable> pieces = List.of(
                () -> {
                    ranAt.add(pulses[0]);
                    box.getChildren().add(new SlowToLayOut(PieceByPulse.HEAVY_PULSE_NANOS * 2));
                },
                () -> ranAt.add(pulses[0]),
                () -> ranAt.add(pulses[0]));
        robot.interact(() -> {
            counter.start();
            PieceByPulse.start(scene, pieces);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ranAt.size() == 3);
        robot.interact(counter::stop);

        // The pulse that laid out the slow region is followed by one without a piece; the light one after it is not.
        assertThat(ranAt.get(1) - ranAt.get(0)).isEqualTo(2);
        assertThat(ranAt.get(2) - ranAt.get(1)).isEqualTo(1);
    }

    @Test
    void chainsAtTheSameTimeTakeTurnsAPieceAPulse(FxRobot robot) throws Exception {
        // Written on the FX thread, read by the test's: the pulse count when each piece ran, and which chain's it was.
        List<String> ran = new CopyOnWriteArrayList<>();
        long[] pulses = new long[1];
        AnimationTimer counter = counting(pulses);
        List<Runnable> first = IntStream.range(0, 3).<Runnable>mapToObj(i -> () -> ran.add(pulses[0] + " a" + i)).toList();
        List<Runnable> second = IntStream.range(0, 2).<Runnable>mapToObj(i -> () -> ran.add(pulses[0] + " b" + i)).toList();
        Scene[] other = new Scene[1];
        robot.interact(() -> {
            Stage window = new Stage();
            other[0] = new Scene(new VBox(), 100, 100);
            window.setScene(other[0]);
            window.show();
            counter.start();
            PieceByPulse.start(scene, first);
            // In another window: the pulse is one for all windows.
            PieceByPulse.start(other[0], second);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ran.size() == 5);
        robot.interact(() -> {
            counter.stop();
            ((Stage) other[0].getWindow()).close();
        });

        List<Long> at = ran.stream().map(r -> Long.parseLong(r.split(" ")[0])).toList();
        assertThat(at).doesNotHaveDuplicates();
        // Each chain's pieces in their order.
        assertThat(ran.stream().map(r -> r.split(" ")[1]).toList()).containsSubsequence("a0", "a1", "a2")
                .containsSubsequence("b0", "b1");
    }

    /** A timer that counts the pulses in {@code pulses[0]} while it runs. */
    private static AnimationTimer counting(long[] pulses) {
        return new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses[0]++;
            }
        };
    }

    /** A region whose first layout uses this much of the FX thread's CPU time. */
    private static final class SlowToLayOut extends Region {

        private final long nanos;
        private boolean laidOut;

        SlowToLayOut(long nanos) {
            this.nanos = nanos;
        }

        @Override
        protected void layoutChildren() {
            if (laidOut) {
                return;
            }
            laidOut = true;
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long start = threads.getCurrentThreadCpuTime();
            while (threads.getCurrentThreadCpuTime() - start < nanos) {
                Thread.onSpinWait();
            }
        }
    }

    @Test
    void batchesPutTheItemsAFewAPieceInOrder() {
        List<List<Integer>> put = new ArrayList<>();
        List<Runnable> pieces = PieceByPulse.inBatches(IntStream.range(0, 10).boxed().toList(), 4, put::add);

        assertThat(pieces).hasSize(3);
        pieces.forEach(Runnable::run);
        assertThat(put).containsExactly(List.of(0, 1, 2, 3), List.of(4, 5, 6, 7), List.of(8, 9));
        assertThat(PieceByPulse.inBatches(List.<Integer>of(), 4, put::add)).isEmpty();
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
