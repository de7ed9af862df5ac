package org.cxlens.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.cxlens.domain.Message;
import org.cxlens.ui.Pulses;
import org.cxlens.ui.Rehearsal;
import org.cxlens.ui.HeldRunner;
import org.cxlens.ui.window.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The wizard's rehearsal styles its controls in a scene no window shows, pauses and goes on where
 * it paused, leaves the shown scene as it was, stops as the step the wizard waited for arrives,
 * and a later wizard goes on where an earlier one left it.
 */
@ExtendWith(ApplicationExtension.class)
class StepRehearsalTest {

    private static final Path CSV = Path.of("samples", "dutch-export.csv");

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(new Label("shown")), 400, 300));
        stage.show();
    }

    @AfterEach
    void closeWizards(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage && w instanceof Stage)
                .map(w -> (Stage) w).toList().forEach(Stage::close));
    }

    @Test
    void rehearsesInASceneNoWindowShowsAndGoesOnWhereItPaused(FxRobot robot) throws Exception {
        Rehearsal rehearsal = StepRehearsal.rehearsal();
        Scene shown = stage.getScene();
        List<Node> before = new ArrayList<>();
        robot.interact(() -> before.addAll(nodes(shown.getRoot())));
        int windows = Window.getWindows().size();

        robot.interact(() -> rehearsal.resume(shown));
        // The preview's table has been styled and laid out, with its columns.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rehearsal.rehearsed() >= 10);
        robot.interact(rehearsal::pause);
        int paused = rehearsal.rehearsed();
        Scene rehearsed = rehearsal.scene();
        Pulses.await(robot, 10);

        assertThat(rehearsal.rehearsed()).isEqualTo(paused);
        assertThat(rehearsal.finished()).isFalse();
        assertThat(rehearsed).isNotSameAs(shown);
        assertThat(rehearsed.getWindow()).isNull();
        assertThat(rehearsed.getRoot().lookup(".wizard-preview-table")).isInstanceOfSatisfying(TableView.class,
                table -> assertThat(table.getSkin()).isNotNull());

        robot.interact(() -> rehearsal.resume(shown));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, rehearsal::finished);
        // finished() turns true as the last piece begins: let it end.
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> after = new ArrayList<>();
        robot.interact(() -> after.addAll(nodes(shown.getRoot())));

        assertThat(after).containsExactlyElementsOf(before);
        assertThat(Window.getWindows()).hasSize(windows);
        assertThat(rehearsal.scene()).isNull();
    }

    @Test
    void theWizardRehearsesWhileAFileIsReadAndStopsAsTheStepArrives(FxRobot robot) throws Exception {
        HeldRunner runner = new HeldRunner();
        Rehearsal rehearsal = StepRehearsal.rehearsal();
        ImportWizardViewModel model = new ImportWizardViewModel(runner,
                ResourceBundle.getBundle(Message.BUNDLE, Locale.ENGLISH), null, p -> { });
        robot.interact(() -> {
            new ImportWizard(model, stage, Theme.LIGHT.stylesheets(), rehearsal).show();
            model.chooseFile(CSV);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rehearsal.rehearsed() >= 3);
        int[] atStep = new int[1];
        robot.interact(() -> {
            runner.finish();
            atStep[0] = rehearsal.rehearsed();
        });

        assertThat(model.stepProperty().get()).isEqualTo(WizardStep.PREVIEW);
        Pulses.await(robot, 20);
        assertThat(rehearsal.rehearsed()).isEqualTo(atStep[0]);
        assertThat(rehearsal.finished()).isFalse();

        // The columns step's work is held as well: the rehearsal goes on meanwhile.
        robot.interact(model::next);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rehearsal.rehearsed() > atStep[0]);
    }

    @Test
    void aSecondWizardGoesOnWhereTheFirstPaused(FxRobot robot) throws Exception {
        Rehearsal rehearsal = StepRehearsal.rehearsal();
        ImportWizard[] first = new ImportWizard[1];
        robot.interact(() -> {
            first[0] = wizard(rehearsal);
            first[0].show();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rehearsal.rehearsed() >= 3);
        int[] closed = new int[1];
        Scene[] rehearsed = new Scene[1];
        robot.interact(() -> {
            first[0].stage().close();
            closed[0] = rehearsal.rehearsed();
            rehearsed[0] = rehearsal.scene();
        });
        Pulses.await(robot, 10);

        assertThat(rehearsal.rehearsed()).as("paused with its window").isEqualTo(closed[0]);
        robot.interact(() -> wizard(rehearsal).show());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> rehearsal.rehearsed() > closed[0]);
        assertThat(rehearsal.scene()).as("the same rehearsal, not a new one").isSameAs(rehearsed[0]);
    }

    private ImportWizard wizard(Rehearsal rehearsal) {
        return new ImportWizard(new ImportWizardViewModel(new HeldRunner(),
                ResourceBundle.getBundle(Message.BUNDLE, Locale.ENGLISH), null, p -> { }), stage,
                Theme.LIGHT.stylesheets(), rehearsal);
    }

    private static List<Node> nodes(Node node) {
        List<Node> all = new ArrayList<>(List.of(node));
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> all.addAll(nodes(child)));
        }
        return all;
    }
}
