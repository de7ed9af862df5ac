package org.cxlens.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** File housekeeping for project files a command or import created itself. */
public final class ProjectFiles {

    private ProjectFiles() {
    }

    /** Removes a project the failed import had just created, with its SQLite side files. */
    public static void deleteQuietly(Path project) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(Path.of(project + suffix));
            } catch (IOException ignored) {
                // Leaving an empty project behind is harmless; the original error is what matters.
            }
        }
    }
}
