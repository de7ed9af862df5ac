package org.cxlens.app;

import javafx.application.Application;
import org.cxlens.cli.CxLensCli;

/**
 * Entry point of {@code cxlens.jar}. With a command it runs the CLI; with no arguments, or a
 * project file, it starts the desktop app. Kept apart from {@link CxLensApp} because a main class
 * that extends Application fails on the classpath ("JavaFX runtime components are missing").
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].endsWith(".cxlens")) {
            Application.launch(CxLensApp.class, args);
        } else {
            System.exit(CxLensCli.run(args));
        }
    }
}
