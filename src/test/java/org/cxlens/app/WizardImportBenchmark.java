package org.cxlens.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.cxlens.ui.window.MainWindow;
import org.cxlens.ui.window.MainWindowViewModel;
import org.cxlens.ui.wizard.ImportWizard;
import org.cxlens.ui.wizard.ImportWizardViewModel;
import org.cxlens.ui.wizard.WizardStep;
import org.cxlens.workspace.ProjectFiles;

/**
 * Takes one survey file through the import wizard's window into a new project and reports, per
 * step, how long it took until its first frame and until it was complete (a step puts parts of
 * itself in over the pulses after its first frame: choice boxes, table columns, rows), the
 * longest gap between two FX pulses (how long the window could not repaint) and the most CPU
 * time the FX thread used between two pulses (its own work, without the time it waited for a core
 * on a busy machine), both up to a second after the step is complete, and how often the shown row
 * count changed. Not a unit test: run by hand with the test
 * class path on a display, as {@code cxlens bench ui} runs (Xvfb will do), e.g. on the reference
 * files of {@code cxlens bench import}: {@code xvfb-run -a -s "-screen 0 1600x1000x24" java -cp ...
 * org.cxlens.app.WizardImportBenchmark target/bench/reference-1m.csv}; without the desktop's JVM
 * options it runs itself again with them ({@link DesktopJvm}). Not on Monocle's headless screen:
 * it composes every window into one screen image on the FX thread at each frame, work no desktop
 * gives that thread (measured, 1M CSV: 39–96 ms of FX work in the check step's heaviest pulse on
 * Monocle at 1920 × 1080 with the app's window behind the wizard, 12–23 ms under Xvfb).
 * <p>
 * The file is chosen a stated pause after the wizard shows, a second unless told (the third
 * argument, in milliseconds): a user takes longer than that to choose a file, and the wizard
 * rehearses its coming steps meanwhile ({@code StepRehearsal}). A pause of 0 chooses the file in
 * the pulse after the wizard shows, for the figures without that time.
 * <p>
 * The wizard opens as the app opens it: over the app's window, which first stays on its painted
 * start page for {@link #START_PAGE_MS}, as in {@code cxlens bench ui} (a user reads the start page
 * before choosing "New project from a survey file…", and the window rehearses meanwhile, ADR 0013);
 * then a mouse press in that window, as the click on the menu item gives, which ends the window's
 * rehearsal and starts building its project pane ahead; then the wizard is made and shown in one
 * go, all within the first step's watch. Until the sixteenth session the wizard was made before
 * that watch began and without the press, which left its making (25–40 ms of FX work) out of the
 * figures.
 */
public final class WizardImportBenchmark {

    private static final long TIMEOUT_MINUTES = 10;
    /** How long the app's window stays on its start page before the first wizard opens: {@code bench ui}'s default pause. */
    private static final long START_PAGE_MS = 2000;

    private final PaintProbe probe = new PaintProbe();
    private final ExecutorService background = BackgroundExecutor.create("bench-wizard");
    /** Pulse by pulse: when the row count on screen last changed, how often, and the longest wait for a change. */
    private long lastRows;
    private long lastChange;
    private long changes;
    private long longestWait;
    private long firstChange;
    /**
     * The FX thread's CPU time at the last pulse and the most it used between two pulses: on a
     * machine shared with other work the pulse gap also holds the time the thread waited for a
     * core, the CPU time only the thread's own work.
     */
    private long lastCpu;
    private long longestCpu;
    /** The longest gap between two pulses from the step's start until {@link #SETTLE_MS} after its result shows. */
    private long lastPulse;
    private long longestGap;
    /** When the watch stops and the step is reported; 0 while the step's result is not shown yet. */
    private long settleUntil;
    private Runnable settled;
    /** A step's work may go on after its first frame (a table filled over a few frames); it counts too. */
    private static final long SETTLE_MS = 1000;
    private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    /** The FX thread's stack, sampled once in every pulse gap over {@link #BLOCKED_MS}: what held the window up. */
    private final java.util.List<String> blockedIn = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static final long BLOCKED_MS = 100;
    private volatile long pulseAt;
    private volatile Thread fxThread;
    private final AnimationTimer rowWatch = new AnimationTimer() {
        @Override
        public void handle(long now) {
            long rows = model.progress().rowsProperty().get();
            long at = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            longestCpu = Math.max(longestCpu, cpu - lastCpu);
            longestGap = Math.max(longestGap, at - lastPulse);
            lastCpu = cpu;
            lastPulse = at;
            if (settleUntil != 0 && at > settleUntil) {
                stop();
                settled.run();
            }
            pulseAt = at;
            if (rows != lastRows && rows > 0) {
                if (firstChange == 0) {
                    firstChange = at;
                } else {
                    longestWait = Math.max(longestWait, at - lastChange);
                }
                lastChange = at;
                lastRows = rows;
                changes++;
            }
        }
    };
    /** Between the wizard showing and the file being chosen: the wizard shown step's pulses are watched that long. */
    private final long choosingMs;
    private ImportWizardViewModel model;
    private ImportWizard wizard;
    /** The app's window the wizard opens over. */
    private MainWindow window;
    private Stage windowStage;
    /** From a step's start until it was complete. */
    private double completeMs;
    /** Header, samples, role, scale, touchpoint, department, personal, notes. */
    private static final int COLUMNS_TABLE_COLUMNS = 8;

    private WizardImportBenchmark(long choosingMs) {
        this.choosingMs = choosingMs;
    }

    /**
     * @param args the survey file, how many times to take it through (the first run is a cold
     *             JVM's), and the pause in milliseconds between the wizard showing and the file
     *             being chosen (default {@link #SETTLE_MS})
     */
    public static void main(String[] args) throws Exception {
        if (!DesktopJvm.isThis()) {
            // The wizard is timed as the desktop runs it, whatever options this JVM was given.
            System.exit(DesktopJvm.rerun(WizardImportBenchmark.class, args));
        }
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        long pause = args.length > 2 ? Long.parseLong(args[2]) : SETTLE_MS;
        Path folder = Files.createTempDirectory("cxlens-bench-wizard");
        WizardImportBenchmark bench = new WizardImportBenchmark(pause);
        CompletableFuture<Void> started = new CompletableFuture<>();
        // Each run closes its wizard; JavaFX must outlive the moment no window is open.
        Platform.setImplicitExit(false);
        Platform.startup(() -> {
            bench.fxThread = Thread.currentThread();
            bench.probe.start();
            started.complete(null);
        });
        started.get();
        bench.showAppWindow(folder);
        Thread sampler = new Thread(bench::sampleBlocks, "bench-wizard-sampler");
        sampler.setDaemon(true);
        sampler.start();
        try {
            for (int run = 1; run <= runs; run++) {
                System.out.printf("run %d of %d: ", run, runs);
                Path project = folder.resolve("bench-" + run + ".cxlens");
                bench.run(file, project);
                ProjectFiles.deleteQuietly(project);
            }
        } finally {
            ProjectFiles.deleteFolderQuietly(folder);
            bench.background.shutdownNow();
            Platform.exit();
        }
    }

    /** The app's window, built as the app builds it (settings in {@code folder}), left on its start page for {@link #START_PAGE_MS}. */
    private void showAppWindow(Path folder) throws Exception {
        window = CxLensApp.prepareWindow(folder, background);
        CompletableFuture<Void> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            windowStage = new Stage();
            window.show(windowStage);
            shown.complete(null);
        });
        shown.get();
        Thread.sleep(START_PAGE_MS);
    }

    private void run(Path file, Path project) throws Exception {
        System.out.printf("%s, %,d bytes, chosen %,d ms after the wizard shows%n", file.getFileName(), Files.size(file),
                choosingMs);
        System.out.printf("%-24s %8s %12s %18s %18s %14s %16s%n", "step", "ms", "complete ms", "longest pulse ms",
                "max FX CPU/pulse", "row updates/s", "longest wait ms");
        // Its own step, so that the first show's styling and layout do not count against the file step. The
        // wizard is made and shown in one go, as File → New project from a survey file… does (MainWindow.startImport),
        // after the click on it, which ends the app window's rehearsal on its start page (ADR 0013).
        step("wizard shown", () -> {
            Event.fireEvent(windowStage.getScene().getRoot(), new MouseEvent(MouseEvent.MOUSE_PRESSED, 0, 0, 0, 0,
                    MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, false, false, false, null));
            MainWindowViewModel app = window.model();
            ImportWizard made = new ImportWizard(app.importWizard(false), windowStage,
                    app.themeProperty().get().stylesheets());
            model = made.model();
            made.stage().setWidth(1280);
            made.stage().setHeight(800);
            wizard = made;
            made.show();
        }, () -> wizard.stage().isShowing(), () -> wizard.stage().isShowing(), choosingMs);
        step("file → " + (file.toString().endsWith(".csv") ? "preview" : "sheet"), () -> model.chooseFile(file),
                () -> idleAt(WizardStep.SHEET) || idleAt(WizardStep.PREVIEW),
                () -> idleAt(WizardStep.SHEET) || previewComplete());
        if (onFx(() -> model.stepProperty().get() == WizardStep.SHEET)) {
            step("sheet → preview", model::next, () -> idleAt(WizardStep.PREVIEW), this::previewComplete);
        }
        step("preview → columns", model::next, () -> idleAt(WizardStep.COLUMNS), () -> idleAt(WizardStep.COLUMNS)
                && wizard.stage().getScene().lookup(".wizard-wave") != null
                && tableFull(".wizard-columns-table", COLUMNS_TABLE_COLUMNS, model.columns().size()));
        step("columns → check", model::next, () -> idleAt(WizardStep.CHECK));
        Platform.runLater(() -> model.targetProperty().set(project));
        step("check → import → result", model::next, () -> idleAt(WizardStep.RESULT));
        System.out.printf("imported %,d respondents%n",
                onFxLong(() -> model.resultProperty().get().result().counts().respondents()));
        Platform.runLater(() -> wizard.stage().close());
    }

    private boolean idleAt(WizardStep s) {
        return !model.busyProperty().get() && model.stepProperty().get() == s;
    }

    /** The preview shows its choices and every column and sample row. */
    private boolean previewComplete() {
        return idleAt(WizardStep.PREVIEW) && wizard.stage().getScene().lookup(".wizard-layout") != null
                && tableFull(".wizard-preview-table", model.previewProperty().get().columns().size() + 1,
                        model.previewProperty().get().sampleRows().size());
    }

    private boolean tableFull(String styleClass, int columns, int rows) {
        return wizard.stage().getScene().lookup(styleClass) instanceof javafx.scene.control.TableView<?> t
                && t.getColumns().size() == columns && t.getItems().size() == rows;
    }

    private void step(String name, Runnable action, BooleanSupplier shown) throws Exception {
        step(name, action, shown, shown);
    }

    private void step(String name, Runnable action, BooleanSupplier shown, BooleanSupplier complete) throws Exception {
        step(name, action, shown, complete, SETTLE_MS);
    }

    /** Times {@code action} to the first frame {@code shown}, and watches the pulses until {@code settleMs} after it is {@code complete}. */
    private void step(String name, Runnable action, BooleanSupplier shown, BooleanSupplier complete, long settleMs)
            throws Exception {
        CompletableFuture<PaintProbe.Measured> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            lastRows = 0;
            changes = 0;
            longestWait = 0;
            firstChange = 0;
            // From the step's start: the action's own work (a window's first showing) counts too.
            lastCpu = threads.getCurrentThreadCpuTime();
            lastPulse = System.nanoTime();
            longestCpu = 0;
            longestGap = 0;
            settleUntil = 0;
            rowWatch.start();
            long since = System.nanoTime();
            probe.time(since, action, shown, complete).whenComplete((m, e) -> {
                if (e != null) {
                    rowWatch.stop();
                    done.completeExceptionally(e);
                } else {
                    completeMs = (System.nanoTime() - since) / 1e6;
                    settled = () -> done.complete(m);
                    settleUntil = System.nanoTime() + settleMs * 1_000_000;
                }
            });
        });
        PaintProbe.Measured m = done.get(TIMEOUT_MINUTES, TimeUnit.MINUTES);
        java.util.List<String> blocked = java.util.List.copyOf(blockedIn);
        blockedIn.clear();
        double counting = firstChange == 0 ? 0 : (lastChange - firstChange) / 1e9;
        System.out.printf("%-24s %8.0f %12.0f %18.1f %18.1f %14s %16s%n", name, m.ms(), completeMs,
                Math.max(m.longestGapMs(), longestGap / 1e6), longestCpu / 1e6,
                counting > 0 ? String.format("%.1f", (changes - 1) / counting) : "—",
                changes > 1 ? String.format("%.0f", longestWait / 1e6) : "—");
        blocked.forEach(b -> System.out.println("    FX thread blocked in: " + b));
    }

    /** Samples the FX thread once per pulse gap longer than {@link #BLOCKED_MS}, while a step's pulses are watched. */
    private void sampleBlocks() {
        long sampledGap = 0;
        while (true) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
            long since = pulseAt;
            if (since != 0 && since != sampledGap && System.nanoTime() - since > BLOCKED_MS * 1_000_000) {
                sampledGap = since;
                StackTraceElement[] stack = fxThread.getStackTrace();
                StringBuilder where = new StringBuilder();
                int shown = 0;
                for (StackTraceElement e : stack) {
                    if (shown < 6 && (shown > 0 || !e.getClassName().startsWith("java."))) {
                        where.append(shown == 0 ? "" : " ← ").append(e.getClassName().replaceAll(".*\\.", ""))
                                .append('.').append(e.getMethodName());
                        shown++;
                    }
                }
                java.util.Arrays.stream(stack).filter(e -> e.getClassName().startsWith("org.cxlens")).findFirst()
                        .ifPresent(e -> where.append("   [").append(e).append(']'));
                blockedIn.add(where.toString());
            }
        }
    }

    private static boolean onFx(BooleanSupplier question) throws Exception {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(question.getAsBoolean()));
        return answer.get();
    }

    private static long onFxLong(java.util.function.LongSupplier question) throws Exception {
        CompletableFuture<Long> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(question.getAsLong()));
        return answer.get();
    }
}
