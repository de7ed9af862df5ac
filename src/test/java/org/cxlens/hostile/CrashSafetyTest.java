package org.cxlens.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cxlens.domain.Progress;
import org.cxlens.importer.ReadOptions;
import org.cxlens.workspace.ImportSession;
import org.cxlens.workspace.OpenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A laptop that dies in the middle of an import: {@code cxlens import} into an existing project
 * in a child JVM, killed with SIGKILL once SQLite has begun writing the new rows into the project
 * file itself (the file grows past its size: the page cache spilled, a hot journal holds the old
 * pages). No rollback runs in the dying process. The project must then open, pass SQLite's
 * integrity check and hold exactly what it held before, down to the last byte.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class CrashSafetyTest {

    /** Enough rows with comments to overflow SQLite's 64 MB page cache well before the commit. */
    private static final int ROWS = 200_000;
    private static final int COMMENT_CHARS = 400;

    @TempDir
    Path dir;

    @Test
    void anImportKilledWhileWritingLeavesTheProjectAsItWas() throws Exception {
        Path project = dir.resolve("survey.cxlens");
        new ImportSession(SurveyCsv.write(dir.resolve("wave1.csv"), 3_000, 11, 60))
                .importInto(project, ReadOptions.DETECT, null, null, false, Progress.NONE, 0);
        byte[] before = Files.readAllBytes(project);
        ProjectContents contentsBefore = ProjectContents.of(project);
        Path big = SurveyCsv.write(dir.resolve("wave2.csv"), ROWS, 12, COMMENT_CHARS);

        CliChildProcess child = CliChildProcess.start(dir.resolve("home"), List.of("-Xmx512m"),
                "import", big.toString(), "--project", project.toString());
        Path journal = Path.of(project + "-journal");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (Files.size(project) <= before.length && child.process().isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(child.process().isAlive()).as("still importing when the project file grew: " + child.err()).isTrue();
        child.kill();

        assertThat(journal).as("the dead import's hot journal").exists();
        assertThat(Files.size(project)).as("new pages already in the project file").isGreaterThan(before.length);
        try (OpenProject reopened = OpenProject.open(project)) {
            assertThat(reopened.data().size()).isEqualTo(3_000);
        }
        assertThat(journal).as("rolled back").doesNotExist();
        assertThat(Files.readAllBytes(project)).as("byte for byte as before the import").isEqualTo(before);
        ProjectContents after = ProjectContents.of(project);
        assertThat(after.integrity()).isEqualTo("ok");
        assertThat(after).isEqualTo(contentsBefore);
        assertThat(after.respondents()).isEqualTo(3_000);
        assertThat(dir.resolve(".survey.cxlens.lock")).as("the dead process's lock file, taken over and removed").doesNotExist();
    }
}
