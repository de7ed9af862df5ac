package org.cxlens;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.cxlens.app.CxLensApp;
import org.cxlens.app.DesktopJvm;
import org.cxlens.app.UiBenchmark;
import org.cxlens.cli.CxLensCli;
import org.cxlens.cli.UiStep;
import org.cxlens.cli.UiTiming;

/**
 * Entry point of {@code cxlens.jar}. With a command it runs the CLI; with no arguments, or a
 * project file, it starts the desktop app. It sits above both front ends so that neither depends
 * on the other (DESIGN §7), and apart from {@link CxLensApp} because a main class that extends
 * Application fails on the classpath ("JavaFX runtime components are missing"). It also hands
 * the CLI's {@code bench ui} the desktop's benchmark, translating its timings, in a JVM with the
 * desktop's options.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length == 0 || args[0].endsWith(".cxlens")) {
            CxLensApp.run(args);
        } else if (timesTheWindow(args) && !DesktopJvm.isThis()) {
            // The window is timed as the desktop runs it, whatever options this JVM was given.
            System.exit(DesktopJvm.rerun(Launcher.class, args));
        } else {
            System.exit(CxLensCli.run(Launcher::benchUi, args));
        }
    }

    private static boolean timesTheWindow(String[] args) {
        return args.length >= 2 && args[0].equals("bench") && args[1].equals("ui");
    }

    private static List<UiTiming> benchUi(Path project, int runs, Duration startPagePause) throws Exception {
        return UiBenchmark.run(project, runs, startPagePause).stream()
                .map(t -> new UiTiming(UiStep.valueOf(t.step().name()), t.ms(), t.longestGapMs(),
                        t.longestWorkMs()))
                .toList();
    }
}
