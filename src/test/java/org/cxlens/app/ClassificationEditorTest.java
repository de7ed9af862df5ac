package org.cxlens.app;

import org.cxlens.testing.FxLookup;
import static org.cxlens.app.WindowTests.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Slider;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.Filter;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.report.SegmentTexts;
import org.cxlens.ui.classification.ClassificationEditorViewModel;
import org.cxlens.ui.classification.ClassificationFigures;
import org.cxlens.ui.window.MainWindowViewModel;
import org.cxlens.ui.window.Theme;
import org.cxlens.workspace.OpenProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The classification editor over the main window, on a copy of the demo project (Apply writes to it). */
@ExtendWith(ApplicationExtension.class)
class ClassificationEditorTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    Path home;

    private AppWindow window;
    private MainWindowViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        window = AppWindow.show(stage, home, "test-classification");
        model = window.model();
    }

    @AfterEach
    void stop(FxRobot robot) {
        window.close(robot);
    }

    @Test
    void aDraggedSliderShowsTheEnginesSharesApplyRecomputesTheWindowRevertAndDefaultsMoveBack(FxRobot robot)
            throws Exception {
        Path copy = Files.copy(TestProjects.demo(), home.resolve("demo.cxlens"));
        robot.interact(() -> model.open(copy));
        waitFor(() -> model.overviewProperty().get() != null && !model.busyProperty().get());
        OpenProject project = model.projectProperty().get();
        double delightedBefore = model.overviewProperty().get().headline().segment(0, ExperienceClass.DELIGHTED).share();

        ClassificationEditorViewModel editor = openEditor(robot);
        waitFor(() -> editor.figuresProperty().get() != null);
        assertRespondentsBarIsTheEngines(robot, project, ClassificationScheme.DEFAULT);
        assertThat(texts(robot, ".cut-line")).contains("0–10: delighted 9–10, satisfied 7–8, indifferent 0–6; "
                + "recovery needed 0–3");

        Slider delighted = FxLookup.lookup(".delighted-slider").queryAs(Slider.class);
        Node thumb = FxLookup.from(delighted).lookup(".thumb").query();
        robot.drag(thumb, MouseButton.PRIMARY).moveBy(delighted.getWidth() * 0.1, 0).release(MouseButton.PRIMARY);
        waitFor(() -> editor.schemeProperty().get().delightedFrom() > 0.9
                && editor.figuresProperty().get().scheme().equals(editor.schemeProperty().get()));
        ClassificationScheme dragged = editor.schemeProperty().get();
        assertRespondentsBarIsTheEngines(robot, project, dragged);
        long down = project.engine().moves(Filter.NONE, ClassificationScheme.DEFAULT, dragged)
                .counts()[ExperienceClass.DELIGHTED.ordinal()][ExperienceClass.SATISFIED.ordinal()];
        assertThat(texts(robot, ".move-line"))
                .contains(String.format(Locale.ENGLISH, "%,d respondents move from delighted to satisfied", down));
        assertThat(texts(robot, ".cut-line")).noneMatch(line -> line.startsWith("0–10: delighted 9–10"));
        shotOfEditor(robot, "classification-light");

        robot.clickOn(button(robot, "Apply"));
        waitFor(() -> project.scheme().equals(dragged) && model.overviewProperty().get() != null
                && model.overviewProperty().get().headline().segment(0, ExperienceClass.DELIGHTED).share()
                != delightedBefore);
        Dashboard applied = project.engine().dashboard(Filter.NONE, dragged);
        assertThat(model.overviewProperty().get().headline().segment(0, ExperienceClass.DELIGHTED).share())
                .isEqualTo(applied.overall().classes().share(ExperienceClass.DELIGHTED));
        assertThat(button(robot, "Apply").isDisabled()).isTrue();

        robot.interact(() -> editor.satisfiedFromProperty().set(0.5));
        assertThat(button(robot, "Revert").isDisabled()).isFalse();
        robot.clickOn(button(robot, "Revert"));
        assertThat(editor.schemeProperty().get()).isEqualTo(dragged);
        robot.clickOn(button(robot, "Defaults"));
        assertThat(editor.schemeProperty().get()).isEqualTo(ClassificationScheme.DEFAULT);
        waitFor(() -> editor.figuresProperty().get().scheme().equals(ClassificationScheme.DEFAULT));
        assertRespondentsBarIsTheEngines(robot, project, ClassificationScheme.DEFAULT);
        assertThat(project.scheme()).isEqualTo(dragged);
    }

    @Test
    void darkThemeAndDutch(FxRobot robot) throws Exception {
        Path copy = Files.copy(TestProjects.demo(), home.resolve("demo.cxlens"));
        robot.interact(() -> {
            model.setTheme(Theme.DARK);
            model.open(copy);
        });
        waitFor(() -> model.overviewProperty().get() != null && !model.busyProperty().get());
        ClassificationEditorViewModel editor = openEditor(robot);
        robot.interact(() -> editor.delightedFromProperty().set(0.95));
        waitFor(() -> editor.figuresProperty().get() != null
                && editor.figuresProperty().get().scheme().equals(editor.schemeProperty().get()));
        shotOfEditor(robot, "classification-dark");
        robot.interact(() -> editorWindow().hide());

        robot.interact(() -> model.setTheme(Theme.LIGHT));
        MenuBar menus = FxLookup.lookup(".menu-bar").queryAs(MenuBar.class);
        robot.interact(() -> WindowTests.menuItem(menus, "dutchItem").fire());
        waitFor(() -> model.overviewProperty().get() != null && model.bundle().getLocale().getLanguage().equals("nl"));
        ClassificationEditorViewModel dutch = openEditor(robot);
        waitFor(() -> dutch.figuresProperty().get() != null
                && dutch.figuresProperty().get().scheme().equals(dutch.schemeProperty().get()));
        assertThat(FxLookup.lookup("Toepassen").tryQuery()).isPresent();
        assertThat(texts(robot, ".move-line")).anyMatch(line -> line.contains("van enthousiast naar tevreden"));
        assertThat(texts(robot, ".cut-line")).contains("0–10: enthousiast 10, tevreden 7–9, onverschillig 0–6; "
                + "herstel nodig 0–3");
        shotOfEditor(robot, "classification-nl");
    }

    private ClassificationEditorViewModel openEditor(FxRobot robot) throws Exception {
        MenuBar menus = FxLookup.lookup(".menu-bar").queryAs(MenuBar.class);
        robot.interact(() -> WindowTests.menuItem(menus, "classificationItem").fire());
        ClassificationEditorViewModel editor = model.classification();
        // The editor's parts come in over the pulses after the window's first frame, its shares last, a few bars a pulse.
        waitFor(() -> editorWindow() != null && editorWindow().getScene().getRoot().lookup(".classification-editor")
                instanceof javafx.scene.layout.BorderPane pane && pane.getCenter() != null
                && editor.figuresProperty().get() != null
                && pane.lookupAll(".class-bar").size() == editor.figuresProperty().get().touchpoints().categories().size() + 1);
        return editor;
    }

    private static Window editorWindow() {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                && w.getScene().getRoot().getStyleClass().contains("classification-window")).findFirst().orElse(null);
    }

    /** The "All respondents" bar's delighted label on screen is the engine's share under the scheme, rounded. */
    private void assertRespondentsBarIsTheEngines(FxRobot robot, OpenProject project, ClassificationScheme scheme) {
        ClassificationFigures figures = model.classification().figuresProperty().get();
        double engine = project.engine().dashboard(Filter.NONE, scheme).overall().classes().share(ExperienceClass.DELIGHTED);
        assertThat(figures.respondents().segment(0, ExperienceClass.DELIGHTED).share()).isEqualTo(engine);
        String shown = new SegmentTexts(model.bundle()).roundPercent(engine);
        // Read on the FX thread: the bars are rebuilt there whenever figures arrive.
        String[] label = new String[1];
        robot.interact(() -> {
            Node bar = editorWindow().getScene().getRoot().lookup(".class-bar");
            label[0] = ((Label) bar.lookup(".segment-label.on-delighted")).getText();
        });
        assertThat(label[0]).isEqualTo(shown);
    }

    private static List<String> texts(FxRobot robot, String query) {
        List<List<String>> texts = new java.util.ArrayList<>();
        robot.interact(() -> texts.add(editorWindow().getScene().getRoot().lookupAll(query).stream()
                .map(n -> ((Label) n).getText()).toList()));
        return texts.get(0);
    }

    private static Button button(FxRobot robot, String text) {
        return FxLookup.from(FxLookup.lookup(".scheme-buttons").<Node>query()).lookup(text).queryAs(Button.class);
    }

    private void shotOfEditor(FxRobot robot, String name) throws IOException {
        Files.createDirectories(SHOTS);
        Path file = SHOTS.resolve(name + ".png");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                javafx.scene.Scene scene = editorWindow().getScene();
                ImageIO.write(SwingFXUtils.fromFXImage(scene.getRoot().snapshot(null, null), null), "png", file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(file).exists();
    }
}
