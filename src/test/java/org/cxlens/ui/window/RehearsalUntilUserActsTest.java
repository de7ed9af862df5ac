package org.cxlens.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.Event;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.cxlens.ui.Pulses;
import org.cxlens.ui.Rehearsal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The start page rehearses while the window is idle, stops for good once the user acts, and then builds ahead. */
@ExtendWith(ApplicationExtension.class)
class RehearsalUntilUserActsTest {

    private Stage stage;
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
        this.stage = stage;
        content = new VBox(new Label("start page"));
        window = new Scene(content, 300, 200);
        stage.setScene(window);
        stage.show();
    }

    private Rehearsal.Script specimens(int count) {
        return Rehearsal.specimens(IntStream.range(0, count).<Supplier<Parent>>mapToObj(i -> () -> {
            Label label = new Label("specimen " + i);
            made.add(label);
            VBox root = new VBox(label);
            root.sceneProperty().addListener((obs, old, scene) -> {
                if (scene != null) {
                    scenes.add(scene);
                }
            });
            return root;
        }).toList());
    }

    private void start(FxRobot robot, int count) {
        robot.interact(() -> MainWindow.rehearseUntilUserActs(window, busy, specimens(count), thenRuns::incrementAndGet));
    }

    /** Starts a long rehearsal, waits for its first specimen, does {@code act}; returns how many specimens were made by then. */
    private int actDuringRehearsal(FxRobot robot, Runnable act) throws Exception {
        start(robot, 20);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !made.isEmpty());
        int[] before = new int[1];
        robot.interact(() -> {
            act.run();
            before[0] = made.size();
        });
        assertThat(thenRuns).hasValue(1);
        return before[0];
    }


    @Test
    void rehearsesEverySpecimenOutOfSightThenWhatFollowsRunsOnce(FxRobot robot) throws Exception {
        start(robot, 3);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> thenRuns.get() == 1);

        assertThat(made).hasSize(3).allSatisfy(label -> {
            assertThat(label.getSkin()).as("styled").isNotNull();
            assertThat(label.getWidth()).as("laid out").isPositive();
        });
        assertThat(scenes).hasSize(3).doesNotContain(window).allSatisfy(scene -> assertThat(scene.getWindow()).isNull());
        assertThat(made).as("dropped").allSatisfy(label -> assertThat(label.getScene()).isNull());
        assertThat(content.getChildren()).hasSize(1);
        Pulses.await(robot, 6);
        assertThat(thenRuns).hasValue(1);
    }

    @Test
    void anOpeningStopsItAndWhatFollowsRunsAtOnce(FxRobot robot) throws Exception {
        int before = actDuringRehearsal(robot, () -> busy.set(true));
        Pulses.await(robot, 6);

        assertThat(made).hasSize(before).hasSizeLessThan(20);
        assertThat(thenRuns).hasValue(1);
    }

    @Test
    void aKeyPressedInTheWindowStopsIt(FxRobot robot) throws Exception {
        int before = actDuringRehearsal(robot, () -> Event.fireEvent(content,
                new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.O, false, true, false, false)));
        Pulses.await(robot, 6);

        assertThat(made).hasSize(before).hasSizeLessThan(20);
        assertThat(thenRuns).hasValue(1);
    }

    @Test
    void aMousePressInTheWindowStopsIt(FxRobot robot) throws Exception {
        int before = actDuringRehearsal(robot, () -> Event.fireEvent(content, new MouseEvent(MouseEvent.MOUSE_PRESSED,
                10, 10, 10, 10, MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, false, false,
                false, null)));
        Pulses.await(robot, 6);

        assertThat(made).hasSize(before).hasSizeLessThan(20);
        assertThat(thenRuns).hasValue(1);
    }

    @Test
    void theWindowHidingStopsIt(FxRobot robot) throws Exception {
        int before = actDuringRehearsal(robot, stage::hide);
        robot.interact(stage::show);
        Pulses.await(robot, 6);

        assertThat(made).hasSize(before).hasSizeLessThan(20);
        assertThat(thenRuns).hasValue(1);
    }

    @Test
    void anOpeningUnderWayLeavesNothingToRehearse(FxRobot robot) throws Exception {
        busy.set(true);
        start(robot, 3);
        Pulses.await(robot, 6);

        assertThat(made).isEmpty();
        assertThat(thenRuns).hasValue(1);
    }
}
