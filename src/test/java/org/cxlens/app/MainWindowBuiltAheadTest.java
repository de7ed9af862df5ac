package org.cxlens.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxlens.app.WindowTests.waitFor;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
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
 * The main window as the app starts it: built and styled off the FX thread, then laid out on the FX
 * thread before it shows, so that its first frame is the whole window.
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
    void theFirstFrameIsTheWholeWindowLaidOutBeforeItShows(FxRobot robot) throws Exception {
        MainWindowViewModel model = new MainWindowViewModel(TestProjects.pages(), new SettingsFile(home),
                TaskRunner.on(background));
        // On the test's thread, not the FX thread, as the app builds it while JavaFX starts.
        MainWindow window = new MainWindow(model, "test", home);
        // What each laid-out pulse shows, from the window's first frame on; written on the FX thread.
        List<String> frames = new CopyOnWriteArrayList<>();
        AtomicReference<String> atShowing = new AtomicReference<>();
        robot.interact(() -> {
            stage.addEventHandler(WindowEvent.WINDOW_SHOWING, e -> atShowing.set(shown(stage.getScene().getRoot())));
            window.show(stage);
            Scene scene = stage.getScene();
            scene.addPostLayoutPulseListener(() -> frames.add(shown(scene.getRoot())));
        });
        waitFor(() -> !frames.isEmpty());

        String whole = "start page laid out, status bar laid out, menus [_File, _View, _Help]";
        assertThat(atShowing.get()).isEqualTo(whole);
        assertThat(frames.get(0)).isEqualTo(whole);
        Scene scene = stage.getScene();
        assertThat(scene.getRoot().lookup(".start-page").isVisible()).isTrue();
        // The menus' shortcuts work in the window they ended up in.
        assertThat(scene.getAccelerators()).containsKey(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
    }

    /** Which parts are in the window and have a size. */
    private static String shown(Parent root) {
        Node menuBar = root.lookup(".menu-bar");
        List<String> menus = menuBar == null ? List.of()
                : ((MenuBar) menuBar).getMenus().stream().map(Menu::getText).toList();
        return "start page " + laidOut(root.lookup(".start-page")) + ", status bar "
                + laidOut(root.lookup(".status-bar")) + ", menus " + menus;
    }

    private static String laidOut(Node node) {
        return node == null ? "missing" : node.getLayoutBounds().getWidth() > 0 ? "laid out" : "not laid out";
    }
}
