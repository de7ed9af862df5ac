package org.cxlens.app;

import java.nio.file.Path;

/** Where the app keeps its own files (the demo project); overridable for tests and kiosks. */
final class AppFolders {

    private AppFolders() {
    }

    static Path data() {
        String override = System.getProperty("cxlens.home");
        return override != null ? Path.of(override) : Path.of(System.getProperty("user.home"), ".cxlens");
    }
}
