package org.cxlens.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Message;
import org.cxlens.ui.OverviewView;
import org.cxlens.ui.OverviewViewModel;
import org.cxlens.ui.Tasks;
import org.cxlens.ui.Views;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app: opens the project given on the command line, or the demo project, into the
 * overview page. All file and analysis work runs on a background executor.
 */
public final class CxLensApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(CxLensApp.class);

    private final ExecutorService background = BackgroundExecutor.create("cxlens-background");

    /** Starts the app and returns when its last window closes. */
    public static void run(String[] args) {
        Application.launch(CxLensApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        ResourceBundle bundle = ResourceBundle.getBundle(Message.BUNDLE, Locale.getDefault());
        OverviewViewModel model = new OverviewViewModel(bundle);
        OverviewView view = new OverviewView(model, bundle);
        Scene scene = new Scene(Views.load(OverviewView.class, bundle, c -> view), 1280, 820);
        scene.getStylesheets().add(OverviewView.class.getResource("theme-light.css").toExternalForm());
        stage.setTitle(bundle.getString("app.title"));
        stage.setScene(scene);
        stage.show();

        List<String> args = getParameters().getRaw();
        Path given = args.isEmpty() ? null : Path.of(args.get(0));
        model.setBusy(bundle.getString(given == null ? "app.openingDemo" : "app.opening"));
        OverviewLoader loader = new OverviewLoader(bundle);
        Tasks.create(progress -> loader.load(given != null ? given : DemoProject.ensure(AppFolders.data(), progress)))
                .onSuccess(data -> {
                    model.setData(data);
                    stage.setTitle(data.projectName() + " — " + bundle.getString("app.title"));
                })
                .onError(e -> model.setError(describe(e)))
                .runOn(background);
    }

    private static String describe(Throwable e) {
        if (e instanceof CxLensException cx) {
            return cx.getLocalizedMessage();
        }
        LOG.error("Unexpected error while opening a project", e);
        return Message.of("app.unexpected", String.valueOf(e)).render();
    }

    @Override
    public void stop() {
        background.shutdownNow();
    }
}
