package org.cxlens.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Progress;
import org.cxlens.importer.ReadOptions;
import org.cxlens.workspace.ImportSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import that fails part-way, the way the wizard and {@code cxlens import} both run it
 * ({@link ImportSession#importInto(Path, ReadOptions, org.cxlens.importer.mapping.Mapping, String, boolean, Progress, int)}):
 * into a new project it leaves no file at all, into an existing one the file as it was, byte for
 * byte. The failure is thrown by the progress callback once rows are being written, as an error
 * deep in the import would be.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FailedImportTest {

    private static final int ROWS = 40_000;

    @TempDir
    Path dir;

    /** Fails with {@code failure} once {@code rows} rows have been read. */
    private static Progress failingAfter(long rows, Error failure) {
        return new Progress() {
            @Override
            public void update(long done, long total) {
                if (done >= rows && done < total) {
                    throw failure;
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    private void assertOnlyTheSurveyFilesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).allMatch(name -> name.endsWith(".csv"));
        }
    }

    @Test
    void anErrorWhileWritingANewProjectLeavesNoFile() throws Exception {
        Path csv = SurveyCsv.write(dir.resolve("survey.csv"), ROWS, 3);
        Path project = dir.resolve("new.cxlens");
        OutOfMemoryError failure = new OutOfMemoryError("Java heap space");

        assertThatThrownBy(() -> new ImportSession(csv).importInto(project, ReadOptions.DETECT, null, null, false,
                failingAfter(30_000, failure), 0)).isSameAs(failure);

        assertOnlyTheSurveyFilesIn(dir);
    }

    @Test
    void aRefusalOfANewProjectLeavesNoFile() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");

        assertThatThrownBy(() -> new ImportSession(empty).importInto(dir.resolve("new.cxlens"), ReadOptions.DETECT,
                null, null, false, Progress.NONE, 0)).isInstanceOf(CxLensException.class);

        assertOnlyTheSurveyFilesIn(dir);
    }

    @Test
    void anErrorWhileWritingAnExistingProjectLeavesItByteForByte() throws Exception {
        Path project = dir.resolve("existing.cxlens");
        new ImportSession(SurveyCsv.write(dir.resolve("wave1.csv"), 2_000, 4))
                .importInto(project, ReadOptions.DETECT, null, null, false, Progress.NONE, 0);
        byte[] before = Files.readAllBytes(project);
        Path csv = SurveyCsv.write(dir.resolve("wave2.csv"), ROWS, 5);
        StackOverflowError failure = new StackOverflowError();

        assertThatThrownBy(() -> new ImportSession(csv).importInto(project, ReadOptions.DETECT, null, null, false,
                failingAfter(30_000, failure), 0)).isSameAs(failure);

        assertThat(Files.readAllBytes(project)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no journal left").containsExactlyInAnyOrder("wave1.csv", "wave2.csv", "existing.cxlens");
        }
    }
}
