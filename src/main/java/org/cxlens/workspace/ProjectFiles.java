package org.cxlens.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** File housekeeping for project files and temporary folders the program created itself. */
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

    /** Removes a temporary folder the program made, with everything in it; null does nothing. */
    public static void deleteFolderQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A temporary folder left behind: the system's to clear.
        }
    }
}
