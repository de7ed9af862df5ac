package org.cxlens.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFilesTest {

    @TempDir
    Path dir;

    @Test
    void aTemporaryFolderGoesWithEverythingInIt() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("made/inner"));
        Files.writeString(folder.resolve("rehearsal.cxlens"), "x");
        Files.writeString(folder.getParent().resolve("settings.json"), "{}");

        ProjectFiles.deleteFolderQuietly(folder.getParent());

        assertThat(dir.resolve("made")).doesNotExist();
        assertThat(dir).exists();
    }

    @Test
    void noFolderOrAMissingOneIsNothingToDo() {
        assertThatCode(() -> ProjectFiles.deleteFolderQuietly(null)).doesNotThrowAnyException();
        assertThatCode(() -> ProjectFiles.deleteFolderQuietly(dir.resolve("never-made"))).doesNotThrowAnyException();
    }

    /**
     * As when the settings' own thread writes and renames its file while the benchmark clears its
     * folder: a file that goes while the folder is walked is no error (it was, once, in `bench ui`).
     */
    @Test
    void filesComingAndGoingWhileTheFolderGoesAreNoError() throws Exception {
        for (int round = 0; round < 20; round++) {
            Path folder = Files.createDirectories(dir.resolve("busy-" + round));
            for (int i = 0; i < 200; i++) {
                Files.writeString(folder.resolve("still-" + i), "x");
            }
            AtomicBoolean done = new AtomicBoolean();
            CountDownLatch writing = new CountDownLatch(100);
            Thread writer = new Thread(() -> {
                for (int i = 0; !done.get(); i++) {
                    try {
                        Path part = folder.resolve("settings-" + i + ".part");
                        Files.writeString(part, "x");
                        Files.deleteIfExists(part);
                        writing.countDown();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            writer.start();
            writing.await();
            try {
                assertThatCode(() -> ProjectFiles.deleteFolderQuietly(folder)).doesNotThrowAnyException();
            } finally {
                done.set(true);
                writer.join();
            }
        }
    }

    @Test
    void aProjectGoesWithItsSqliteSideFiles() throws Exception {
        Path project = dir.resolve("p.cxlens");
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            Files.writeString(Path.of(project + suffix), "x");
        }
        Files.writeString(dir.resolve("other.cxlens"), "x");

        ProjectFiles.deleteQuietly(project);

        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("other.cxlens");
        }
    }
}
