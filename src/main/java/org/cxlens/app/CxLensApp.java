package org.cxlens.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import javafx.stage.Stage;
import org.cxlens.ui.TaskRunner;
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

    /** Starts the app and returns when its last window closes. */
    public static void run(String[] args) {
        Application.launch(CxLensApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        MainWindowViewModel model = showWindow(stage, AppFolders.data(), background);
        List<String> args = getParameters().getRaw();
        if (args.contains(DEMO_ARGUMENT)) {
            model.openDemo();
        } else if (!args.isEmpty()) {
            model.open(Path.of(args.get(0)));
        }
    }

    /** The main window on the start page, its settings and demo project in {@code folder}; the benchmark shows the same. */
    static MainWindowViewModel showWindow(Stage stage, Path folder, ExecutorService background) {
        MainWindowViewModel model = new MainWindowViewModel(new AppProjectPages(folder), new SettingsFile(folder),
                TaskRunner.on(background));
        String version = CxLensApp.class.getPackage().getImplementationVersion();
        new MainWindow(stage, model, version == null ? "dev" : version, folder).show();
        return model;
    }

    @Override
    public void stop() {
        background.shutdownNow();
    }
}
