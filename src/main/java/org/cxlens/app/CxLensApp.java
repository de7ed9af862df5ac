package org.cxlens.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import javafx.stage.Stage;
import org.cxlens.ui.TaskRunner;
import org.cxlens.ui.ClassWarmUp;
import org.cxlens.ui.window.MainWindow;
import org.cxlens.ui.window.MainWindowViewModel;

/**
 * The desktop app: the main window on the start page, or on the project given on the command
 * line ({@value #DEMO_ARGUMENT} opens the demo project). All file and analysis work runs on a
 * background executor.
 */
public final class CxLensApp extends Application {

    /** The argument {@code ./mvnw javafx:run} passes unless told otherwise (pom.xml, javafx.args). */
    static final String DEMO_ARGUMENT = "--demo";

    private final ExecutorService background = BackgroundExecutor.create("cxlens-background");
    private MainWindow window;

    /** Starts the app and returns when its last window closes. */
    public static void run(String[] args) {
        Application.launch(CxLensApp.class, args);
    }

    /** On the launcher thread, while the FX thread is free: the settings read and the window's content built. */
    @Override
    public void init() {
        window = prepareWindow(AppFolders.data(), background);
    }

    @Override
    public void start(Stage stage) {
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
