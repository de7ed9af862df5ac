package org.cxlens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.Parent;
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

/** A script is rehearsed a piece a pulse in a scene no window shows, pauses, and goes on where it paused. */
@ExtendWith(ApplicationExtension.class)
class RehearsalTest {

    private static final String SHEET = "data:text/css,.label{-fx-font-size:31px;}";

    private VBox content;
    private Scene shown;
    /** Which pieces ran, in order; written on the FX thread, read by the test's. */
    private final List<Integer> ran = new CopyOnWriteArrayList<>();
    /** What the script made, and the pulse numbers the pieces ran after. */
    private final List<Label> made = new CopyOnWriteArrayList<>();
    private final List<Integer> pulsesAtPiece = new CopyOnWriteArrayList<>();
    private int pulses;

    @Start
    void start(Stage stage) {
        content = new VBox(new Label("shown"));
        shown = new Scene(content, 300, 200);
        shown.getStylesheets().add(SHEET);
        shown.addPostLayoutPulseListener(() -> pulses++);
        stage.setScene(shown);
        stage.show();
    }

    /** Each piece adds a label to the one root, styles and lays it out. */
    private Rehearsal.Script labels(int count) {
        return backstage -> {
            VBox root = new VBox();
            List<Runnable> pieces = new ArrayList<>(List.of(() -> backstage.enter(root)));
            IntStream.range(0, count).forEach(i -> pieces.add(() -> {
                Label label = new Label("piece " + i);
                root.getChildren().add(label);
                backstage.style();
                backstage.layOut();
                made.add(label);
                ran.add(i);
                pulsesAtPiece.add(pulses);
            }));
            return pieces;
        };
    }

    @Test
    void piecesRunAPulseEachOutOfSightWithTheShownScenesStyleSheets(FxRobot robot) throws Exception {
        Rehearsal rehearsal = new Rehearsal(400, 300, labels(3));
        List<Node> before = new ArrayList<>();
        robot.interact(() -> {
            before.addAll(content.getChildren());
            rehearsal.resume(shown);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, rehearsal::finished);
        // finished() turns true as the last piece begins: let it end.
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(rehearsal.rehearsed()).isEqualTo(4);
        assertThat(ran).containsExactly(0, 1, 2);
        assertThat(pulsesAtPiece).doesNotHaveDuplicates();
        assertThat(made).allSatisfy(label -> {
            assertThat(label.getFont().getSize()).as("styled by the shown scene's sheet").isEqualTo(31);
            assertThat(label.getWidth()).as("laid out").isPositive();
            assertThat(label.getScene()).isNotSameAs(shown).isSameAs(rehearsal.scene());
        });
        assertThat(rehearsal.scene().getWindow()).isNull();
        assertThat(content.getChildren()).containsExactlyElementsOf(before);
    }

    @Test
    void aPausedRehearsalGoesOnWhereItPaused(FxRobot robot) throws Exception {
        Rehearsal rehearsal = new Rehearsal(400, 300, labels(12));
        robot.interact(() -> rehearsal.resume(shown));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ran.size() >= 2);
        int[] paused = new int[1];
        robot.interact(() -> {
            rehearsal.pause();
            paused[0] = rehearsal.rehearsed();
        });
        Pulses.await(robot, 6);

        assertThat(rehearsal.rehearsed()).isEqualTo(paused[0]);
        assertThat(rehearsal.finished()).isFalse();

        // Resumed twice: the second changes nothing while it runs.
        robot.interact(() -> {
            rehearsal.resume(shown);
            rehearsal.resume(shown);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, rehearsal::finished);
        // finished() turns true as the last piece begins: let it end.
        WaitForAsyncUtils.waitForFxEvents();
        Pulses.await(robot, 6);
        assertThat(ran).containsExactlyElementsOf(IntStream.range(0, 12).boxed().toList());
    }

    @Test
    void specimensAreMadeEnteredStyledAndLaidOutOneAfterAnotherInOneUnshownSceneThenDropped(FxRobot robot) throws Exception {
        List<Scene> scenes = new CopyOnWriteArrayList<>();
        List<Integer> alongside = new CopyOnWriteArrayList<>();
        Rehearsal rehearsal = new Rehearsal(400, 300, Rehearsal.specimens(IntStream.range(0, 3).<Supplier<Parent>>mapToObj(i -> () -> {
            Label label = new Label("specimen " + i);
            made.add(label);
            VBox root = new VBox(label);
            root.sceneProperty().addListener((obs, old, scene) -> {
                if (scene != null) {
                    scenes.add(scene);
                    alongside.add(root.getParent().getChildrenUnmodifiable().size());
                }
            });
            return root;
        }).toList()));
        robot.interact(() -> rehearsal.resume(shown));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, rehearsal::finished);
        // finished() turns true as the last piece begins: let it end.
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(rehearsal.rehearsed()).isEqualTo(12);
        assertThat(made).hasSize(3).allSatisfy(label -> {
            assertThat(label.getFont().getSize()).as("styled").isEqualTo(31);
            assertThat(label.getWidth()).as("laid out").isPositive();
            assertThat(label.getScene()).as("dropped").isNull();
        });
        assertThat(scenes).hasSize(3).containsOnly(scenes.get(0)).doesNotContain(shown);
        assertThat(scenes.get(0).getWindow()).isNull();
        assertThat(alongside).as("each specimen alone in the scene").containsOnly(1);
        assertThat(rehearsal.scene()).as("dropped").isNull();
    }

    @Test
    void aSpecimenMadeInTwoTakesAPieceMoreThenIsRehearsedAsTheOthersAfterThem(FxRobot robot) throws Exception {
        List<String> steps = new CopyOnWriteArrayList<>();
        Rehearsal.Script script = Rehearsal.specimens(List.<Supplier<Parent>>of(() -> {
            steps.add("one");
            return new VBox(new Label("one"));
        })).andThen(Rehearsal.specimen(() -> {
            steps.add("two: first");
            return new Label("two");
        }, label -> {
            steps.add("two: then");
            made.add(label);
            return new VBox(label);
        }));
        Rehearsal rehearsal = new Rehearsal(400, 300, script);
        robot.interact(() -> rehearsal.resume(shown));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, rehearsal::finished);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(rehearsal.rehearsed()).isEqualTo(4 + 5);
        assertThat(steps).containsExactly("one", "two: first", "two: then");
        assertThat(made).singleElement().satisfies(label -> {
            assertThat(label.getFont().getSize()).as("styled").isEqualTo(31);
            assertThat(label.getWidth()).as("laid out").isPositive();
            assertThat(label.getScene()).as("dropped").isNull();
        });
    }
}
