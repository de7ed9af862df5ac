package org.cxlens.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;
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
