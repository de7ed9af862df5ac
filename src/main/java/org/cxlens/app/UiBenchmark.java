package org.cxlens.app;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.TouchpointMeasure;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.ui.overview.OverviewData;
import org.cxlens.ui.classification.ClassificationEditorViewModel;
import org.cxlens.ui.classification.ClassificationFigures;
import org.cxlens.ui.window.MainWindow;
import org.cxlens.ui.window.MainWindowViewModel;
import org.cxlens.ui.window.Page;
import org.cxlens.workspace.OpenProject;
import org.cxlens.workspace.ProjectFiles;

/**
 * The desktop half of {@code cxlens bench ui}: the real main window, driven through its view
 * model as the menu, the filter panel and a click on a bar drive it, each step timed by a
 * {@link PaintProbe} until a frame shows its result.
 */
public final class UiBenchmark {

    /** The steps timed. */
    public enum Step {
        FIRST_START, START_PAGE, START_WITHOUT_ARCHIVE, START_PAGE_PAUSE, OPEN_COLD, OPEN, OPEN_READY, OPEN_FIRST, FILTER, THRESHOLD, DRILL_DOWN,
        PAGE
    }

    /** One timed step: to the frame showing its result, the longest gap between pulses and the most FX-thread work between two pulses meanwhile. */
    public record Timing(Step step, double ms, double longestGapMs, double longestWorkMs) {
    }

    /** The drill-down: the bar segment nearest this many respondents. */
    private static final int DRILL_RESPONDENTS = 300_000;
    private static final long TIMEOUT_SECONDS = 300;
    /** Time for the collector and the background threads to settle between steps, so one step's debris does not land in the next. */
    private static final long SETTLE_MS = 500;
    /** "Delighted from" positions the threshold step moves the slider to, each a different scheme from the one before. */
    private static final double[] THRESHOLD_MOVES = {0.80, 0.75, 0.90, 0.95, 0.85};
    /**
     * How long a page visit's pulses are watched after its first frame with its figures: a page
     * puts in parts of itself over the pulses after it (rows, cells), and the user looks at it.
     */
    private static final long PAGE_WATCHED_MS = 1000;
    /** Between two slider moves: about the time a hand takes, and the previous move's figures have long arrived. */
    private static final long THRESHOLD_PAUSE_MS = 200;

    private final PaintProbe probe = new PaintProbe();
    private final ExecutorService background = BackgroundExecutor.create("cxlens-bench");
    private final List<Timing> timings = new ArrayList<>();
    private MainWindowViewModel model;
    private Stage stage;
    /** The columns of the last drill-down asked for; FX thread only. */
    private int drillColumns = -1;
    /** Whether the open being timed showed the overview stored in the project while its respondents loaded. */
    private volatile boolean openedFromStore;
    /** Whether no project was opened in this JVM yet. */
    private boolean cold = true;

    private UiBenchmark() {
    }

    /**
     * Times the app's first start and a later one {@code runs} times each, each in a new JVM; then starts JavaFX here (once per
     * JVM), shows the window, leaves it on its painted start page for {@code startPagePause}, times every other step
     * {@code runs} times, closes the window and stops JavaFX.
     *
     * @param startPagePause what a user gives the start page before opening a file; the window uses it (ADR 0013)
     */
    public static List<Timing> run(Path project, int runs, Duration startPagePause) throws Exception {
        Path folder = Files.createTempDirectory("cxlens-bench-ui");
        UiBenchmark bench = new UiBenchmark();
        try {
            bench.timings.addAll(StartBenchmark.firstAndLater(folder, runs));
            bench.start(folder);
            bench.pauseOnStartPage(startPagePause);
            for (int i = 0; i < runs; i++) {
                bench.openFilterAndDrill(project);
            }
            bench.visitPagesAfterAnOpen(project);
            return bench.timings;
        } finally {
            bench.finish();
            ProjectFiles.deleteFolderQuietly(folder);
        }
    }

    /** The window on its painted start page for the other steps; the settings and demo project live in a fresh folder, not the user's. */
    private void start(Path folder) throws Exception {
        Platform.startup(probe::start);
        MainWindow window = CxLensApp.prepareWindow(folder, background);
        model = window.model();
        AtomicReference<CompletableFuture<PaintProbe.Measured>> painted = new AtomicReference<>();
        onFx(() -> {
            model.loadingProperty().addListener((obs, old, loading) -> openedFromStore |= loading);
            model.drillDownProperty().addListener((obs, old, drill) -> {
                if (drill != null) {
                    drillColumns = drill.columns().size();
                }
            });
            stage = new Stage();
            painted.set(probe.time(System.nanoTime(), () -> window.show(stage), this::startPageShown));
            return null;
        });
        painted.get().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * The time a user looks at the start page before a file is open (choosing a recent file, or
     * one in the file chooser, takes seconds), timed as a step of its own: the window works while
     * it waits (ADR 0013), and the pulses meanwhile count as any other step's.
     */
    private void pauseOnStartPage(Duration pause) throws Exception {
        long end = System.nanoTime() + pause.toNanos();
        record(Step.START_PAGE_PAUSE, () -> { }, () -> System.nanoTime() >= end);
    }

    private boolean startPageShown() {
        Node page = stage.getScene().getRoot().lookup(".start-page");
        return page != null && page.isVisible();
    }

    private void openFilterAndDrill(Path project) throws Exception {
        settle();
        recordOpen(project);
        List<Filter> filters = filters(onFx(() -> model.projectProperty().get()));
        for (Filter filter : filters) {
            settle();
            OverviewData before = onFx(() -> model.overviewProperty().get());
            record(Step.FILTER, () -> model.filters().apply(filter), () -> model.overviewProperty().get() != before);
        }
        changeThresholds();
        settle();
        Bar bar = nearest(onFx(() -> model.projectProperty().get()));
        record(Step.DRILL_DOWN, () -> model.drillDown(bar.touchpoint(), bar.experienceClass()),
                () -> drillWindow() != null && hasRow(drillWindow().getScene().getRoot()),
                () -> drillWindow() != null && allColumnsShown(drillWindow().getScene().getRoot())
                        && everyRowShowsItsCells(drillWindow().getScene().getRoot()));
        onFx(() -> {
            ((Stage) drillWindow()).close();
            model.close();
            return null;
        });
    }

    /**
     * Opens the project once more, untimed, and visits its pages: after the timed opens, so that
     * their filter changes meet the window as before (measured: a filter change in a later open
     * of the same window took 10–20 ms more once the pages had been visited).
     */
    private void visitPagesAfterAnOpen(Path project) throws Exception {
        settle();
        onFx(() -> {
            model.open(project);
            return null;
        });
        waitUntil(() -> onFx(() -> model.overviewProperty().get() != null && !model.busyProperty().get()));
        visitPages();
        onFx(() -> {
            model.close();
            return null;
        });
    }

    /**
     * Every page but the overview, once each, as a click in the page list shows it: timed to the
     * first frame with the page in the window and its figures computed, its pulses watched for
     * {@link #PAGE_WATCHED_MS} more. The first visit of a page after an open builds it.
     */
    private void visitPages() throws Exception {
        for (Page page : Page.values()) {
            if (page == Page.OVERVIEW) {
                continue;
            }
            settle();
            long[] shownAt = {0};
            BooleanSupplier shown = () -> pageShown(page);
            record(Step.PAGE, () -> model.currentPageProperty().set(page), shown, () -> {
                if (shownAt[0] == 0 && shown.getAsBoolean()) {
                    shownAt[0] = System.nanoTime();
                }
                return shownAt[0] != 0 && System.nanoTime() - shownAt[0] >= TimeUnit.MILLISECONDS.toNanos(PAGE_WATCHED_MS);
            });
        }
        onFx(() -> {
            model.currentPageProperty().set(Page.OVERVIEW);
            return null;
        });
    }

    private boolean pageShown(Page page) {
        Node node = stage.getScene().getRoot().lookup(".page-" + page.name().toLowerCase(Locale.ROOT));
        return node != null && node.isVisible() && !model.pageComputingProperty().get();
    }

    /**
     * Times the open to the first frame with the overview's chart and the page list, from the
     * figures stored in the project while its respondents load (OPEN), and on to the first frame
     * ready for analysis (OPEN_READY). An open without stored figures (a project an older version imported)
     * shows the overview only when ready: OPEN_FIRST.
     */
    private void recordOpen(Path project) throws Exception {
        openedFromStore = false;
        BooleanSupplier overview = () -> model.overviewProperty().get() != null && touchpointChartShown()
                && pageListShown();
        AtomicReference<CompletableFuture<PaintProbe.Measured>> done = new AtomicReference<>();
        onFx(() -> {
            done.set(probe.time(System.nanoTime(), () -> model.open(project), overview,
                    () -> overview.getAsBoolean() && !model.busyProperty().get()));
            return null;
        });
        PaintProbe.Measured m = done.get().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (cold) {
            cold = false;
            timings.add(new Timing(Step.OPEN_COLD, openedFromStore ? m.ms() : m.completeMs(), m.longestGapMs(),
                    m.longestWorkMs()));
        }
        if (openedFromStore) {
            timings.add(new Timing(Step.OPEN, m.ms(), m.longestGapMs(), m.longestWorkMs()));
            timings.add(new Timing(Step.OPEN_READY, m.completeMs(), m.longestGapMs(), m.longestWorkMs()));
        } else {
            timings.add(new Timing(Step.OPEN_FIRST, m.completeMs(), m.longestGapMs(), m.longestWorkMs()));
        }
    }

    /**
     * The workshop "what if": the classification editor opened from the View menu and its
     * "delighted from" slider set to one value after another, as a drag does. Each move is timed
     * by the FX thread's CPU time from the move to the end of the layout of the first frame
     * showing that scheme's shares, so the classification running on a background thread meanwhile
     * does not count, while everything the FX thread does for the move (the listeners, the bars
     * built, CSS and layout, and any other pulse in between) does.
     */
    private void changeThresholds() throws Exception {
        settle();
        onFx(() -> {
            menuItem("classificationItem").fire();
            return null;
        });
        ClassificationEditorViewModel editor = onFx(() -> model.classification());
        // The editor comes in over the pulses after the window shows, its bars last: the user drags once they are all in.
        waitUntil(() -> onFx(() -> editor.figuresProperty().get() != null && classificationWindow() != null
                && classificationWindow().getScene().getRoot().lookup(".delighted-slider") != null
                && classificationWindow().getScene().getRoot().lookupAll(".class-bar").size()
                        == editor.figuresProperty().get().touchpoints().categories().size() + 1));
        Slider slider = onFx(() -> (Slider) classificationWindow().getScene().getRoot().lookup(".delighted-slider"));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (double delighted : THRESHOLD_MOVES) {
            Thread.sleep(THRESHOLD_PAUSE_MS);
            long[] cpu = new long[2];
            AtomicReference<CompletableFuture<PaintProbe.Measured>> done = new AtomicReference<>();
            onFx(() -> {
                done.set(probe.time(System.nanoTime(), () -> {
                    cpu[0] = threads.getCurrentThreadCpuTime();
                    slider.setValue(delighted);
                }, () -> {
                    ClassificationFigures shown = editor.figuresProperty().get();
                    boolean painted = shown != null && shown.scheme().equals(editor.schemeProperty().get());
                    cpu[1] = threads.getCurrentThreadCpuTime();
                    return painted;
                }));
                return null;
            });
            PaintProbe.Measured m = done.get().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            timings.add(new Timing(Step.THRESHOLD, (cpu[1] - cpu[0]) / 1e6, m.longestGapMs(), m.longestWorkMs()));
        }
        onFx(() -> {
            ((Stage) classificationWindow()).close();
            return null;
        });
    }

    /** The overview's chart is in the scene with its bars: its page may put it there a pulse after the page itself. */
    private boolean touchpointChartShown() {
        Node chart = stage.getScene().getRoot().lookup("#touchpointChart");
        return chart != null && chart.getScene() != null && chart.lookup(".chart-bar") != null;
    }

    /** The page list beside the overview shows its pages: the window is complete, not only the page. */
    private boolean pageListShown() {
        Node list = stage.getScene().getRoot().lookup(".page-list");
        return list != null && list.isVisible() && list.lookupAll(".list-cell").stream()
                .anyMatch(n -> n instanceof Labeled cell && cell.getText() != null && !cell.getText().isEmpty());
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = (MenuBar) stage.getScene().getRoot().lookup(".menu-bar");
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }

    private static Window classificationWindow() {
        return Window.getWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().getRoot().getStyleClass().contains("classification-window")).findFirst().orElse(null);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!condition.call()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("the classification editor did not show its figures");
            }
            Thread.sleep(20);
        }
    }

    /** Each wave on its own, then the unfiltered figures again: a consultant comparing waves. */
    private static List<Filter> filters(OpenProject open) {
        Stream<Filter> waves = open.data().wave().values().stream().map(w -> Filter.NONE.withWaves(Set.of(w)));
        return Stream.concat(waves, Stream.of(Filter.NONE)).toList();
    }

    private record Bar(String touchpoint, ExperienceClass experienceClass, long respondents) {
    }

    /** Of every touchpoint bar segment, the one whose respondents number closest to the target. */
    private static Bar nearest(OpenProject open) {
        List<Bar> bars = new ArrayList<>();
        for (TouchpointMeasure t : open.dashboard(Filter.NONE).touchpoints()) {
            for (ExperienceClass c : ExperienceClass.values()) {
                bars.add(new Bar(t.touchpoint().name(), c,
                        Math.round(t.measure().classes().share(c) * t.measure().classes().base())));
            }
        }
        return bars.stream().min(Comparator.comparingLong(b -> Math.abs(b.respondents() - DRILL_RESPONDENTS)))
                .orElseThrow();
    }

    /** The drill-down table has every column: those out of view come a few a pulse after the others. */
    private boolean allColumnsShown(Node root) {
        TableView<?> table = (TableView<?>) root.lookup(".drill-table");
        return table != null && table.getColumns().size() == drillColumns;
    }

    /** Every row in the drill-down table's view has its cells: rows may get theirs a few a pulse after its first frame. */
    private static boolean everyRowShowsItsCells(Node root) {
        Node table = root.lookup(".drill-table");
        return table != null && table.lookupAll(".table-row-cell").stream().filter(Node::isVisible)
                .allMatch(row -> row.lookup(".table-cell") != null);
    }

    private static Window drillWindow() {
        return Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot().getStyleClass().contains("drill-down"))
                .findFirst().orElse(null);
    }

    /** Whether the drill-down table shows a respondent: a cell with text, not just the empty rows of a page being read. */
    private static boolean hasRow(Node root) {
        return root.lookupAll(".drill-table .table-cell").stream()
                .anyMatch(n -> n instanceof Labeled cell && cell.getText() != null && !cell.getText().isEmpty());
    }

    private void record(Step step, Runnable action, BooleanSupplier shown) throws Exception {
        record(step, action, shown, shown);
    }

    /** Timed to the first frame {@code shown}, its pulses watched until the window is {@code complete}. */
    private void record(Step step, Runnable action, BooleanSupplier shown, BooleanSupplier complete) throws Exception {
        AtomicReference<CompletableFuture<PaintProbe.Measured>> done = new AtomicReference<>();
        onFx(() -> {
            done.set(probe.time(System.nanoTime(), action, shown, complete));
            return null;
        });
        record(step, done.get());
    }

    private void record(Step step, CompletableFuture<PaintProbe.Measured> done) throws Exception {
        PaintProbe.Measured m = done.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        timings.add(new Timing(step, m.ms(), m.longestGapMs(), m.longestWorkMs()));
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private static void settle() throws InterruptedException {
        System.gc();
        Thread.sleep(SETTLE_MS);
    }

    private void finish() throws Exception {
        if (stage != null) {
            onFx(() -> {
                probe.stop();
                stage.close();
                return null;
            });
        }
        Platform.exit();
        background.shutdownNow();
    }
}
