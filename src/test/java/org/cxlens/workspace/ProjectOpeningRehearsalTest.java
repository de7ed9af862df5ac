package org.cxlens.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The warm-up opening of an empty project leaves nothing behind in the temporary folder. */
class ProjectOpeningRehearsalTest {

    @Test
    void theRehearsalsProjectAndItsFolderAreGoneAfterwards() throws IOException {
        List<Path> before = rehearsalFolders();

        ProjectOpening.rehearse();

        assertThat(rehearsalFolders()).isEqualTo(before);
    }

    private static List<Path> rehearsalFolders() throws IOException {
        try (Stream<Path> all = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return all.filter(p -> p.getFileName().toString().startsWith("cxlens-rehearsal")).sorted().toList();
        }
    }
}
