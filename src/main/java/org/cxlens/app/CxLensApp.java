package org.cxlens.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.cxlens.domain.Message;
import org.cxlens.ui.TaskRunner;
import org.cxlens.ui.ClassWarmUp;
import org.cxlens.ui.NativeWindowWarmUp;
import org.cxlens.ui.UnexpectedError;
import org.cxlens.ui.window.MainWindow;
import org.cxlens.ui.window.MainWindowViewModel;
import org.cxlens.workspace.AppHome;
import org.cxlens.workspace.ErrorLog;

/**
 * The desktop app: the main window on the start page, or on the project given on the command
 * line ({@value #DEMO_ARGUMENT} opens the demo project). All file and analysis work runs on a
 * background executor.
 */
public final class CxLensApp extends Application {

    /** The argument {@code ./mvnw javafx:run} passes unless told otherwise (pom.xml, javafx.args). */
    static final String DEMO_ARGUMENT = "--demo";

    private static final UncaughtErrors UNCAUGHT = new UncaughtErrors();

    private final ExecutorService background = BackgroundExecutor.create("cxlens-background");
    private MainWindow window;
    /** Why the window could not be made, as its one sentence; null when it was. */
    private Message notStarted;

    /** Starts the app and returns when its last window closes. */
    public static void run(String[] args) {
        ErrorLog.reserve();
        Thread.setDefaultUncaughtExceptionHandler(UNCAUGHT);
        Application.launch(CxLensApp.class, args);
    }

    /** On the launcher thread, while the FX thread is free: the settings read and the window's content built. */
    @Override
    public void init() {
        try {
            window = prepareWindow(AppHome.folder(), background);
        } catch (RuntimeException | Error e) {
            // JavaFX would print the trace and quit without a word to the user.
            notStarted = UnexpectedError.logged(e);
        }
    }

    @Override
    public void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler(UNCAUGHT);
        if (notStarted != null) {
            Alert alert = new Alert(Alert.AlertType.ERROR, notStarted.render());
            alert.setHeaderText(null);
            alert.showAndWait();
            Platform.exit();
            return;
        }
        UNCAUGHT.showIn(window.model()::showUnexpected);
        window.show(stage);
        MainWindowViewModel model = window.model();
        List<String> args = getParameters().getRaw();
        if (args.contains(DEMO_ARGUMENT)) {
            model.openDemo();
        } else if (!args.isEmpty()) {
            model.open(Path.of(args.get(0)));
        }
    }

    /**
     * The main window on the start page, its settings and demo project in {@code folder}, built
     * on the calling thread, not the FX thread, once JavaFX has started; the benchmark shows the same.
     */
    static MainWindow prepareWindow(Path folder, ExecutorService background) {
        ClassWarmUp.beforeStart();
        NativeWindowWarmUp.start();
        MainWindowViewModel model = new MainWindowViewModel(new AppProjectPages(folder), new SettingsFile(folder),
                TaskRunner.on(background));
        String version = CxLensApp.class.getPackage().getImplementationVersion();
        return new MainWindow(model, version == null ? "dev" : version, folder);
    }

    @Override
    public void stop() {
        background.shutdownNow();
    }
}
