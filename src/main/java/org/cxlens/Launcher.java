package org.cxlens;

import org.cxlens.app.CxLensApp;
import org.cxlens.cli.CxLensCli;

/**
 * Entry point of {@code cxlens.jar}. With a command it runs the CLI; with no arguments, or a
 * project file, it starts the desktop app. It sits above both front ends so that neither depends
 * on the other (DESIGN §7), and apart from {@link CxLensApp} because a main class that extends
 * Application fails on the classpath ("JavaFX runtime components are missing").
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].endsWith(".cxlens")) {
            CxLensApp.run(args);
        } else {
            System.exit(CxLensCli.run(args));
        }
    }
}
