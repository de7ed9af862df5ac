package org.cxlens.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.cxlens.ui.window.MainWindow;

/**
 * The app start of {@code cxlens bench ui}, timed in a JVM of its own as a user starts the app:
 * from the JVM's start to the first frame that paints the whole window on the start page, its
 * status bar and menu bar included, with the longest gap between pulses from the window's showing
 * on: before it, while the window is built on another thread and laid out on the FX thread, there
 * is no window the user could see to block.
 * Timed in the benchmark's own JVM instead, it would count the command line's parsing, which the
 * app never does, and start JavaFX in a JVM the command had warmed.
 * The app's own order: JavaFX starts, the window is built off the FX thread (as in
 * {@link CxLensApp#init()}), then shown on it (as in {@link CxLensApp#start}).
 */
final class StartBenchmark {

    private static final long TIMEOUT_SECONDS = 120;

    private StartBenchmark() {
    }

    /** In the new JVM: starts the app with its settings in {@code args[0]}, writes "ms gap work" to the file {@code args[1]} once the start page is painted, and exits. */
    public static void main(String[] args) throws Exception {
        long since = System.nanoTime();
        ExecutorService background = BackgroundExecutor.create("cxlens-background");
        PaintProbe probe = new PaintProbe();
        CompletableFuture<CompletableFuture<PaintProbe.Measured>> timing = new CompletableFuture<>();
        Platform.startup(probe::start);
        MainWindow window = CxLensApp.prepareWindow(Path.of(args[0]), background);
        Platform.runLater(() -> {
            Stage stage = new Stage();
            // Timed from the JVM's start, but its pulses watched from the window's showing: before, no window could be blocked.
            stage.addEventHandler(WindowEvent.WINDOW_SHOWING, e -> probe.watchPulsesFromNow());
            timing.complete(probe.time(since, () -> window.show(stage), () -> stage.isShowing()
                    && stage.getScene().getRoot().lookup(".start-page") != null
                    && stage.getScene().getRoot().lookup(".menu-bar") != null));
        });
        PaintProbe.Measured painted = timing.get().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        long now = System.nanoTime();
        // The JVM's uptime now, less the time since main began, is when main began: the JVM's own start counts too.
        double jvmToMain = ManagementFactory.getRuntimeMXBean().getUptime() - (now - since) / 1e6;
        Files.writeString(Path.of(args[1]), (jvmToMain + painted.ms()) + " " + painted.longestGapMs() + " "
                + painted.longestWorkMs());
        System.exit(0);
    }

    /**
     * Times {@code runs} first starts and then {@code runs} later ones, each in a new JVM, as the
     * start scripts start the app (ADR 0011): a first start writes the class-data-sharing archive
     * as its JVM ends, the later ones map the last archive written that reads back (or, if none
     * did, start without one, as the scripts do); then {@code runs} starts that neither map nor write
     * one, as {@code java -jar} and {@code ./mvnw javafx:run} start the app. Each start's settings are
     * in a folder of its own in {@code folder}.
     */
    static List<UiBenchmark.Timing> firstAndLater(Path folder, int runs) throws IOException, InterruptedException {
        List<UiBenchmark.Timing> timings = new ArrayList<>();
        Path archive = null;
        for (int i = 0; i < runs; i++) {
            Path written = folder.resolve("class-data-" + i + ".jsa");
            timings.add(inNewJvm(Files.createDirectory(folder.resolve("first-" + i)), ClassDataSharing.writing(written),
                    UiBenchmark.Step.FIRST_START));
            if (ClassDataSharing.readsBack(DesktopJvm.java(), System.getProperty("java.class.path"), written)) {
                archive = written;
            }
        }
        List<String> later = archive == null ? ClassDataSharing.QUIET : ClassDataSharing.reading(archive);
        for (int i = 0; i < runs; i++) {
            timings.add(inNewJvm(Files.createDirectory(folder.resolve("start-" + i)), later,
                    UiBenchmark.Step.START_PAGE));
        }
        for (int i = 0; i < runs; i++) {
            timings.add(inNewJvm(Files.createDirectory(folder.resolve("plain-" + i)), ClassDataSharing.QUIET,
                    UiBenchmark.Step.START_WITHOUT_ARCHIVE));
        }
        return timings;
    }

    /** Starts the app in a new JVM with this JVM's class path and heap options, the desktop's options and {@code options}; its settings in {@code folder}. */
    private static UiBenchmark.Timing inNewJvm(Path folder, List<String> options, UiBenchmark.Step step)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(DesktopJvm.java().toString());
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-Xmx") || a.startsWith("-Xms")).forEach(command::add);
        command.addAll(DesktopJvm.OPTIONS);
        command.addAll(options);
        Path result = folder.resolve("start.txt");
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), StartBenchmark.class.getName(),
                folder.toString(), result.toString()));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0 || !Files.exists(result)) {
            process.destroyForcibly();
            throw new IllegalStateException("the app started for timing did not report its start page");
        }
        String[] figures = Files.readString(result).trim().split(" ");
        return new UiBenchmark.Timing(step, Double.parseDouble(figures[0]),
                Double.parseDouble(figures[1]), Double.parseDouble(figures[2]));
    }
}
