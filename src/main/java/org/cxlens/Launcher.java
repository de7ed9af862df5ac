package org.cxlens;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.cxlens.app.CxLensApp;
import org.cxlens.app.UiBenchmark;
import org.cxlens.cli.CxLensCli;
import org.cxlens.cli.UiStep;
import org.cxlens.cli.UiTiming;

/**
 * Entry point of {@code cxlens.jar}. With a command it runs the CLI; with no arguments, or a
 * project file, it starts the desktop app. It sits above both front ends so that neither depends
 * on the other (DESIGN §7), and apart from {@link CxLensApp} because a main class that extends
 * Application fails on the classpath ("JavaFX runtime components are missing"). It also hands
 * the CLI's {@code bench ui} the desktop's benchmark, translating its timings.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].endsWith(".cxlens")) {
            CxLensApp.run(args);
        } else {
            System.exit(CxLensCli.run(Launcher::benchUi, args));
        }
    }

    private static List<UiTiming> benchUi(Path project, int runs, Duration startPagePause) throws Exception {
        return UiBenchmark.run(project, runs, startPagePause).stream()
                .map(t -> new UiTiming(UiStep.valueOf(t.step().name()), t.ms(), t.longestGapMs(),
                        t.longestWorkMs()))
                .toList();
    }
}
