package org.cxlens.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.cxlens.ui.TaskRunner;
import org.cxlens.ui.window.MainWindow;
import org.cxlens.ui.window.MainWindowViewModel;
import org.cxlens.ui.window.Theme;
import org.cxlens.ui.window.WindowSettings;
import org.testfx.api.FxRobot;

/**
 * The app's window as the window tests show it: its settings in the test's temporary home
 * (English, the light theme, the recent files given), a background executor of its own, the
 * pages on the test projects. {@link #close} closes every window the test left open, stops the
 * executor and gives back the default locale, which the window sets to its language.
 */
final class AppWindow {

    private final Locale defaultLocale = Locale.getDefault();
    private final Locale formatLocale = Locale.getDefault(Locale.Category.FORMAT);
    private final Locale displayLocale = Locale.getDefault(Locale.Category.DISPLAY);
    private final ExecutorService background;
    private final MainWindowViewModel model;

    private AppWindow(Stage stage, Path home, String threads, List<Path> recent) throws IOException {
        background = BackgroundExecutor.create(threads);
        new SettingsFile(home).save(new WindowSettings(null, recent, Locale.ENGLISH, Theme.LIGHT));
        model = new MainWindowViewModel(TestProjects.pages(), new SettingsFile(home), TaskRunner.on(background));
        new MainWindow(stage, model, "test", home).show();
    }

    /** Shows the window on {@code stage}; its background threads are named after {@code threads}. */
    static AppWindow show(Stage stage, Path home, String threads, Path... recent) throws IOException {
        return new AppWindow(stage, home, threads, List.of(recent));
    }

    MainWindowViewModel model() {
        return model;
    }

    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof Stage).map(w -> (Stage) w)
                .toList().forEach(Stage::close));
        background.shutdownNow();
        Locale.setDefault(defaultLocale);
        Locale.setDefault(Locale.Category.FORMAT, formatLocale);
        Locale.setDefault(Locale.Category.DISPLAY, displayLocale);
    }
}
