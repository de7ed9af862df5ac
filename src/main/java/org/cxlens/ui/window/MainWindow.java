package org.cxlens.ui.window;

import java.io.File;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.cxlens.ui.ChartPicture;
import org.cxlens.ui.ClassWarmUp;
import org.cxlens.ui.PieceByPulse;
import org.cxlens.ui.Rehearsal;
import org.cxlens.ui.drill.DrillDownDialog;
import org.cxlens.ui.filter.FilterPanel;
import org.cxlens.ui.overview.OverviewSpecimen;
import org.cxlens.ui.wizard.ImportWizard;
import org.cxlens.workspace.OpenProject;

/**
 * The stage of the main window: size and position from the settings, theme stylesheets,
 * the content rebuilt on a language switch, file choosers, dropped project files and the error
 * dialog.
 */
public final class MainWindow implements WindowActions {

    static final String EXTENSION = ".cxlens";
    private static final List<String> SURVEY_EXTENSIONS = List.of(".csv", ".txt", ".xlsx", ".xlsm", ".xls");
    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 820;

    private final MainWindowViewModel model;
    private final String version;
    private final Path logFolder;
    private final Parent content;
    private final Scene scene;
    private Stage stage;
    /** Puts back the menu bar, if the content was styled ahead without it. */
    private Runnable putBackMenuBar = () -> { };

    /**
     * Builds the window's content; on any thread (the app builds it while JavaFX starts, so the FX
     * thread's first frame only styles and lays it out), as long as it is shown on the FX thread.
     *
     * @param version   shown in Help → About
     * @param logFolder where the app keeps its files, shown in Help → About
     */
    public MainWindow(MainWindowViewModel model, String version, Path logFolder) {
        this.model = model;
        this.version = version;
        this.logFolder = logFolder;
        Locale.setDefault(model.languageProperty().get());
        this.content = MainWindowView.load(model, this);
        this.scene = new Scene(content, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        applyTheme(model.themeProperty().get());
        if (!Platform.isFxApplicationThread()) {
            styleAhead();
        }
    }

    /** The content built on the FX thread, for {@link #show()}. */
    public MainWindow(Stage stage, MainWindowViewModel model, String version, Path logFolder) {
        this(model, version, logFolder);
        this.stage = stage;
    }

    public void show() {
        show(stage);
    }

    public MainWindowViewModel model() {
        return model;
    }

    /** Shows the window on the stage; on the FX thread. */
    public void show(Stage target) {
        stage = target;
        model.themeProperty().addListener((obs, old, theme) -> applyTheme(theme));
        model.languageProperty().addListener((obs, old, language) -> {
            // Charts and number formats follow the default locale: the app's language is the process's.
            Locale.setDefault(language);
            scene.setRoot(MainWindowView.load(model, this));
            MainWindowView.buildAhead(scene.getRoot());
        });
        model.problemProperty().addListener((obs, old, problem) -> {
            if (problem != null) {
                showProblem(problem);
            }
        });
        stage.titleProperty().bind(model.titleProperty());
        scene.setOnDragOver(this::dragOver);
        scene.setOnDragDropped(this::dropped);
        stage.setScene(scene);
        placeWindow();
        ChangeListener<Object> moved = (obs, old, now) -> rememberBounds();
        stage.xProperty().addListener(moved);
        stage.yProperty().addListener(moved);
        stage.widthProperty().addListener(moved);
        stage.heightProperty().addListener(moved);
        stage.maximizedProperty().addListener(moved);
        stage.setOnHidden(e -> model.shutdown());
        stage.setFullScreenExitHint(model.bundle().getString("presentation.exitHint"));
        model.presentationProperty().addListener((obs, old, on) -> stage.setFullScreen(on));
        // Esc leaves full screen without asking the model: follow the stage, so the mode ends with it.
        stage.fullScreenProperty().addListener((obs, old, full) -> model.presentationProperty().set(full));
        layOutBeforeShowing();
        afterFirstFrame();
        stage.show();
        model.start().countAll();
    }

    /**
     * Styles what was not styled ahead (the menu bar) and lays out the whole content at the scene's
     * size, on the FX thread before the window shows: no window exists yet for that work to block.
     * Cold, the first layout (the first text measured) and the menu bar's styling (each menu's skin
     * makes a popup window) each held the FX thread for 50–90 ms of work in a pulse of a shown window
     * (profiled); done here the window's first frame is the whole window, and the pulses after it
     * only make the native window and paint (ADR 0006).
     */
    private void layOutBeforeShowing() {
        putBackMenuBar.run();
        putBackMenuBar = () -> { };
        content.applyCss();
        ((Region) content).resize(scene.getWidth(), scene.getHeight());
        content.layout();
    }

    /**
     * In the pulse after the first frame, the warm-up (classes; the nodes an opening shows first,
     * rehearsed while the user looks at the start page; the project pane built ahead), so that none
     * of it competes with the start page for the processor.
     */
    private void afterFirstFrame() {
        PieceByPulse.start(scene, List.of(() -> ClassWarmUp.afterStart(this::warmUpWhileIdle)));
    }

    /**
     * What an opening shows first, rehearsed smallest first while the start page waits for the user
     * (ADR 0013): the page list, a chart of two bars, the overview's tabs and busy wheel, its page
     * empty as the project pane has it and full as an opening shows it, a chart of as many bars as a
     * project's touchpoints, the filter panel and a drill-down's tools; then the project pane is
     * built ahead, warm.
     */
    private void warmUpWhileIdle() {
        ResourceBundle bundle = model.bundle();
        rehearseUntilUserActs(scene, model.busyProperty().or(model.projectProperty().isNotNull()),
                Rehearsal.specimens(List.of(() -> MainWindowView.pageListSpecimen(bundle),
                        () -> OverviewSpecimen.touchpointChart(bundle, 2), OverviewSpecimen::tabs,
                        OverviewSpecimen::busyWheel, () -> OverviewSpecimen.emptyPage(bundle)))
                        .andThen(OverviewSpecimen.page(bundle))
                        .andThen(Rehearsal.specimens(List.of(() -> OverviewSpecimen.touchpointChart(bundle, 12),
                                () -> FilterPanel.specimen(bundle), () -> DrillDownDialog.toolsSpecimen(bundle)))),
                () -> MainWindowView.buildAhead(scene.getRoot()));
    }

    /**
     * Rehearses {@code script} in pulses of the shown {@code window}, at the window's default size,
     * and stops it for good at the user's first action in the window (a mouse button or key
     * pressed, a file dragged over it), when {@code busy} turns true (a project opening) or when the
     * window hides: the user's action must not wait for a rehearsal of it. Then, or at once if
     * {@code busy} holds already, runs {@code then}.
     */
    static void rehearseUntilUserActs(Scene window, ObservableBooleanValue busy, Rehearsal.Script script,
                                      Runnable then) {
        if (busy.get() || window.getWindow() == null || !window.getWindow().isShowing()) {
            then.run();
            return;
        }
        new UntilUserActs(window, busy, then).begin(script);
    }

    /** A rehearsal on the start page and what ends it. */
    private static final class UntilUserActs {

        private final Scene window;
        private final ObservableBooleanValue busy;
        private final Runnable then;
        private final EventHandler<Event> userActed = e -> end();
        private final ChangeListener<Boolean> busyChanged = (obs, was, now) -> {
            if (now) {
                end();
            }
        };
        private final ChangeListener<Boolean> showingChanged = (obs, was, now) -> {
            if (!now) {
                end();
            }
        };
        private Rehearsal rehearsal;

        UntilUserActs(Scene window, ObservableBooleanValue busy, Runnable then) {
            this.window = window;
            this.busy = busy;
            this.then = then;
        }

        void begin(Rehearsal.Script script) {
            window.addEventFilter(MouseEvent.MOUSE_PRESSED, userActed);
            window.addEventFilter(KeyEvent.KEY_PRESSED, userActed);
            window.addEventFilter(DragEvent.DRAG_OVER, userActed);
            busy.addListener(busyChanged);
            window.getWindow().showingProperty().addListener(showingChanged);
            rehearsal = new Rehearsal(DEFAULT_WIDTH, DEFAULT_HEIGHT, script.then(this::end));
            rehearsal.resume(window);
        }

        /** Done or stopped: what is not rehearsed yet is dropped. */
        private void end() {
            if (rehearsal == null) {
                return;
            }
            rehearsal.pause();
            rehearsal = null;
            window.removeEventFilter(MouseEvent.MOUSE_PRESSED, userActed);
            window.removeEventFilter(KeyEvent.KEY_PRESSED, userActed);
            window.removeEventFilter(DragEvent.DRAG_OVER, userActed);
            busy.removeListener(busyChanged);
            window.getWindow().showingProperty().removeListener(showingChanged);
            then.run();
        }
    }

    /**
     * Applies the style sheets to the content on this thread, before the window shows, so that
     * the FX thread need not style it all (a scene may be built and styled on any thread until it
     * is in a showing window). Waits first for the FX thread to have JavaFX's own style sheet,
     * which the content's first control asked it to load; styled without it, everything would be
     * styled twice. The menu bar is left out, to be styled on the FX thread
     * ({@link #layOutBeforeShowing()}): each menu's skin makes a popup window.
     */
    private void styleAhead() {
        CountDownLatch defaultStylesLoaded = new CountDownLatch(1);
        Platform.runLater(defaultStylesLoaded::countDown);
        try {
            defaultStylesLoaded.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        BorderPane root = (BorderPane) content;
        Node menuBar = root.getTop();
        root.setTop(null);
        content.applyCss();
        putBackMenuBar = () -> root.setTop(menuBar);
    }

    private void applyTheme(Theme theme) {
        scene.getStylesheets().setAll(theme.stylesheets());
    }

    /** The remembered place, unless no screen shows it any more (a monitor was unplugged). */
    private void placeWindow() {
        WindowBounds bounds = model.bounds();
        if (bounds == null || Screen.getScreensForRectangle(new Rectangle2D(bounds.x(), bounds.y(),
                bounds.width(), bounds.height())).isEmpty()) {
            stage.setWidth(DEFAULT_WIDTH);
            stage.setHeight(DEFAULT_HEIGHT);
            stage.centerOnScreen();
            return;
        }
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        stage.setMaximized(bounds.maximized());
    }

    private void rememberBounds() {
        WindowBounds old = model.bounds();
        if (stage.isMaximized() && old != null) {
            // Keep the size to return to when the window is un-maximized next time.
            model.setBounds(new WindowBounds(old.x(), old.y(), old.width(), old.height(), true));
        } else if (!stage.isMaximized()) {
            model.setBounds(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false));
        }
    }

    private void dragOver(DragEvent e) {
        Path dropped = droppedProject(e);
        boolean refused = dropped != null && isSurveyFile(dropped) && model.reportProperty().get();
        if (!model.busyProperty().get() && dropped != null && !refused) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        Path file = droppedProject(e);
        if (file != null && isSurveyFile(file)) {
            // With a project open a survey file is its next wave; on the start page it starts a new project.
            startImport(file, model.projectProperty().get() != null);
        } else if (file != null) {
            model.open(file);
        }
        e.setDropCompleted(file != null);
        e.consume();
    }

    /** A dropped project file, or else a dropped survey file. */
    private static Path droppedProject(DragEvent e) {
        if (!e.getDragboard().hasFiles()) {
            return null;
        }
        List<Path> files = e.getDragboard().getFiles().stream().map(File::toPath).toList();
        return files.stream().filter(p -> p.getFileName().toString().toLowerCase().endsWith(EXTENSION)).findFirst()
                .orElse(files.stream().filter(MainWindow::isSurveyFile).findFirst().orElse(null));
    }

    private static boolean isSurveyFile(Path p) {
        String name = p.getFileName().toString().toLowerCase();
        return SURVEY_EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    @Override
    public void startImport(Path file, boolean anotherWave) {
        ImportWizard wizard = new ImportWizard(model.importWizard(anotherWave), stage,
                model.themeProperty().get().stylesheets());
        wizard.show();
        if (file != null) {
            wizard.model().chooseFile(file);
        }
    }

    @Override
    public void chooseAndOpen() {
        FileChooser chooser = chooser("chooser.open");
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            model.open(file.toPath());
        }
    }

    @Override
    public void chooseAndSaveCopy() {
        FileChooser chooser = chooser("chooser.saveCopy");
        Path current = model.projectProperty().get().path();
        chooser.setInitialFileName(MessageFormat.format(model.bundle().getString("chooser.saveCopy.name"),
                model.projectProperty().get().name()) + EXTENSION);
        if (current.getParent() != null) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            Path target = file.toPath();
            model.saveCopy(target.getFileName().toString().endsWith(EXTENSION)
                    ? target : target.resolveSibling(target.getFileName() + EXTENSION));
        }
    }

    @Override
    public void chooseAndSaveReport() {
        ResourceBundle bundle = model.bundle();
        OpenProject open = model.projectProperty().get();
        Path folder = open.path().toAbsolutePath().getParent();
        Path suggested = folder.resolve(MessageFormat.format(bundle.getString("report.save.name"), open.name())
                + EXTENSION);
        new SaveReportDialog(stage, model.themeProperty().get().stylesheets(), bundle, suggested,
                bundle.getString(model.currentPageProperty().get().labelKey()),
                model.filters().descriptionProperty().get())
                .showAndWait().ifPresent(choice -> model.saveReport(choice.target(), choice.note()));
    }

    @Override
    public void saveChartPicture(ChartPicture.Request request) {
        ResourceBundle bundle = model.bundle();
        List<String> stylesheets = model.themeProperty().get().stylesheets();
        Optional<ChartPictureDialog.Size> size = new ChartPictureDialog(stage, stylesheets, bundle,
                (int) Math.round(request.shownWidth()), (int) Math.round(request.shownHeight())).showAndWait();
        if (size.isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(bundle.getString("chart.png.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(bundle.getString("chart.png.files"), "*.png"));
        OpenProject open = model.projectProperty().get();
        if (open != null && open.path().toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(open.path().toAbsolutePath().getParent().toFile());
        }
        chooser.setInitialFileName(MessageFormat.format(bundle.getString("chart.png.name"),
                open == null ? "" : open.name(), request.name()) + ".png");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            Path target = file.getName().toLowerCase(Locale.ROOT).endsWith(".png")
                    ? file.toPath() : file.toPath().resolveSibling(file.getName() + ".png");
            savePicture(request, size.get(), target);
        }
    }

    /** Draws the chart off-screen at the size chosen (here, on the FX thread); the model writes it off it. */
    void savePicture(ChartPicture.Request request, ChartPictureDialog.Size size, Path target) {
        ChartPicture.Pixels pixels = request.render(model.themeProperty().get().stylesheets(), size.width(),
                size.height(), size.scale());
        if (pixels != null) {
            model.savePicture(pixels, target);
        }
    }

    private FileChooser chooser(String titleKey) {
        ResourceBundle bundle = model.bundle();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(bundle.getString(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                bundle.getString("chooser.projects"), "*" + EXTENSION));
        List<Path> recent = model.start().paths();
        if (!recent.isEmpty() && recent.get(0).getParent() != null && recent.get(0).getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(recent.get(0).getParent().toFile());
        }
        return chooser;
    }

    @Override
    public void showAbout() {
        ResourceBundle bundle = model.bundle();
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(stage);
        about.setTitle(bundle.getString("about.title"));
        about.setHeaderText(MessageFormat.format(bundle.getString("about.header"), version));
        about.setContentText(MessageFormat.format(bundle.getString("about.text"), logFolder));
        themed(about);
        about.show();
    }

    private void themed(Alert alert) {
        alert.getDialogPane().getStylesheets().setAll(model.themeProperty().get().stylesheets());
    }

    private void showProblem(Problem problem) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setTitle(model.bundle().getString("app.title"));
        alert.setHeaderText(problem.heading());
        alert.setContentText(problem.cause());
        alert.getDialogPane().getStyleClass().add("problem-dialog");
        themed(alert);
        model.problemShown();
        alert.show();
    }
}
