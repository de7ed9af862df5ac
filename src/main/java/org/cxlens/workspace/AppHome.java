package org.cxlens.workspace;

import java.nio.file.Path;

/**
 * The folder of the app's own files (settings, the demo project, the error log), the same for the
 * desktop app and the command line; the system property {@code cxlens.home} moves it for tests and kiosks.
 */
public final class AppHome {

    private AppHome() {
    }

    public static Path folder() {
        String override = System.getProperty("cxlens.home");
        return override != null ? Path.of(override) : Path.of(System.getProperty("user.home"), ".cxlens");
    }
}
