package org.cxlens.workspace;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

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

    /**
     * Removes a temporary folder the program made, with everything in it; null does nothing. What
     * cannot go stays (a file another thread writes meanwhile, and so its folder): the system's to
     * clear.
     */
    public static void deleteFolderQuietly(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    deleteIfPossible(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // Gone since the folder was listed, or unreadable: nothing to do about it.
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path directory, IOException e) {
                    deleteIfPossible(directory);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // A temporary folder left behind: the system's to clear.
        }
    }

    private static void deleteIfPossible(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // Left behind, as above.
        }
    }
}
