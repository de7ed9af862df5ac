package org.cxlens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.Event;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Specimens are styled and laid out out of sight while the window is idle, and never once the user acts. */
@ExtendWith(ApplicationExtension.class)
class IdleWarmUpTest {

    private VBox content;
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty(false);
    /** Written on the FX thread, read by the test's. */
    private final List<Label> made = new CopyOnWriteArrayList<>();
    /** Every scene a specimen was ever in. */
    private final List<Scene> scenes = new CopyOnWriteArrayList<>();
    private final AtomicInteger thenRuns = new AtomicInteger();
    private Scene window;

    @Start
    void start(Stage stage) {
        content = new VBox(new Label("start page"));
        window = new Scene(content, 300, 200);
        stage.setScene(window);
        stage.show();
    }

    private List<Supplier<Parent>> specimens(int count) {
        return IntStream.range(0, count).<Supplier<Parent>>mapToObj(i -> () -> {
            Label label = new Label("specimen " + i);
            made.add(label);
            VBox root = new VBox(label);
            root.sceneProperty().addListener((obs, old, scene) -> scenes.add(scene));
            return root;
        }).toList();
    }

    private void start(FxRobot robot, int count) {
        robot.interact(() -> IdleWarmUp.start(window, busy, List.of(), specimens(count), thenRuns::incrementAndGet));
    }

    /** A few pulses, each asked for: an idle window has none of its own. */
    private static void pulses(FxRobot robot) throws InterruptedException {
        for (int i = 0; i < 6; i++) {
            robot.interact(Platform::requestNextPulse);
            Thread.sleep(40);
        }
    }

    @Test
    void eachSpecimenIsStyledAndLaidOutInASceneOfItsOwnThenWhatFollowsRuns(FxRobot robot) throws Exception {
        start(robot, 3);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> thenRuns.get() == 1);

        assertThat(made).hasSize(3).allSatisfy(label -> {
            assertThat(label.getSkin()).as("styled").isNotNull();
            assertThat(label.getWidth()).as("laid out").isPositive();
        });
        assertThat(scenes).hasSize(3).doesNotContain(window).allSatisfy(scene -> assertThat(scene.getWindow()).isNull());
        assertThat(content.getChildren()).hasSize(1);
        pulses(robot);
        assertThat(thenRuns).hasValue(1);
    }

    @Test
    void anOpeningStopsItAndWhatFollowsRunsAtOnce(FxRobot robot) throws Exception {
        start(robot, 20);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !made.isEmpty());
        int[] before = new int[1];
        robot.interact(() -> {
            busy.set(true);
            before[0] = made.size();
        });
        assertThat(thenRuns).hasValue(1);
        pulses(robot);

        assertThat(made).hasSize(before[0]).hasSizeLessThan(20);
        assertThat(thenRuns).hasValue(1);
    }

    @Test
    void aKeyPressedInTheWindowStopsIt(FxRobot robot) throws Exception {
        start(robot, 20);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !made.isEmpty());
        int[] before = new int[1];
        robot.interact(() -> {
            Event.fireEvent(content, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.O, false, true, false, false));
            before[0] = made.size();
        });
        pulses(robot);

        assertThat(made).hasSize(before[0]).hasSizeLessThan(20);
        assertThat(thenRuns).hasValue(1);
    }

    @Test
    void anOpeningUnderWayLeavesNothingToRehearse(FxRobot robot) throws Exception {
        busy.set(true);
        start(robot, 3);
        pulses(robot);

        assertThat(made).isEmpty();
        assertThat(thenRuns).hasValue(1);
    }
}
