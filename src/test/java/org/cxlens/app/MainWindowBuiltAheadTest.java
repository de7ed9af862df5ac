package org.cxlens.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxlens.app.WindowTests.waitFor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.cxlens.ui.TaskRunner;
import org.cxlens.ui.window.MainWindow;
import org.cxlens.ui.window.MainWindowViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The main window as the app starts it: built and styled off the FX thread, shown with only its
 * frame in the first frame, the rest put in a pulse a part, until it is the whole window.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowBuiltAheadTest {

    @TempDir
    Path home;

    private final Locale defaultLocale = Locale.getDefault();
    private final ExecutorService background = BackgroundExecutor.create("test-window");
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> stage.close());
        background.shutdownNow();
        // The window makes its language the default locale; later tests expect the build's.
        Locale.setDefault(defaultLocale);
    }

    @Test
    void theFirstFrameHoldsTheWindowsFrameAndEachLaterPulseOnePartMore(FxRobot robot) throws Exception {
        MainWindowViewModel model = new MainWindowViewModel(TestProjects.pages(), new SettingsFile(home),
                TaskRunner.on(background));
        // On the test's thread, not the FX thread, as the app builds it while JavaFX starts.
        MainWindow window = new MainWindow(model, "test", home);
        // What each laid-out pulse shows, from the window's first frame on; written on the FX thread.
        List<String> frames = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            window.show(stage);
            Scene scene = stage.getScene();
            scene.addPostLayoutPulseListener(() -> frames.add(shown(scene.getRoot(), window.isComplete())));
        });
        waitFor(() -> !frames.isEmpty() && frames.get(frames.size() - 1).endsWith("complete"));

        List<String> steps = new ArrayList<>();
        frames.stream().filter(f -> steps.isEmpty() || !steps.get(steps.size() - 1).equals(f)).forEach(steps::add);
        assertThat(steps).containsExactly(
                "start page no, status bar no, menus [] ",
                "start page yes, status bar yes, menus [] ",
                "start page yes, status bar yes, menus [_File] ",
                "start page yes, status bar yes, menus [_File, _View, _Help] complete");
        Scene scene = stage.getScene();
        assertThat(scene.getRoot().lookup(".start-page").isVisible()).isTrue();
        // The menus' shortcuts work in the window they ended up in.
        assertThat(scene.getAccelerators()).containsKey(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
    }

    private static String shown(Parent root, boolean complete) {
        Node menuBar = root.lookup(".menu-bar");
        List<String> menus = menuBar == null ? List.of()
                : ((MenuBar) menuBar).getMenus().stream().map(Menu::getText).toList();
        return "start page " + (root.lookup(".start-page") == null ? "no" : "yes")
                + ", status bar " + (root.lookup(".status-bar") == null ? "no" : "yes")
                + ", menus " + menus + " " + (complete ? "complete" : "");
    }
}
