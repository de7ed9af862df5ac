package org.cxlens.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cxlens.domain.CancelledException;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleFilesTest {

    @TempDir
    Path dir;

    private static SurveyGenerator generator(int n) {
        return new SurveyGenerator(Journey.standard(), GeneratorOptions.of(Language.ENGLISH), 61L, n);
    }

    @Test
    void cancellingLeavesTheExistingFileUntouchedAndNoPartialFile() throws Exception {
        Path file = dir.resolve("out.csv");
        Files.writeString(file, "previous");
        Progress cancelAtOnce = new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        assertThatThrownBy(() -> SampleFiles.write(SampleLayout.PLAIN_CSV, generator(25_000), file, cancelAtOnce))
                .isInstanceOf(CancelledException.class);

        assertThat(Files.readString(file)).isEqualTo("previous");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("out.csv");
        }
    }

    @Test
    void reportsProgressEveryTenThousandRespondentsAndAtTheEnd() throws Exception {
        List<Long> reported = new ArrayList<>();
        Progress recording = new Progress() {
            @Override
            public void update(long done, long total) {
                assertThat(total).isEqualTo(25_000);
                reported.add(done);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        SampleFiles.write(SampleLayout.DUTCH_CSV, new SurveyGenerator(Journey.standard(),
                GeneratorOptions.of(Language.DUTCH), 62L, 25_000), dir.resolve("nl.csv"), recording);

        assertThat(reported).containsExactly(10_000L, 20_000L, 25_000L);
    }

    @Test
    void aFileThatCannotBeWrittenGivesAMessageNamingIt() throws Exception {
        Path occupied = dir.resolve("taken");
        Files.createDirectories(occupied.resolve("child"));

        assertThatThrownBy(() -> SampleFiles.write(SampleLayout.PLAIN_CSV, generator(10), occupied, Progress.NONE))
                .isInstanceOf(CxLensException.class)
                .satisfies(e -> {
                    CxLensException x = (CxLensException) e;
                    assertThat(x.userMessage().key()).isEqualTo("sample.write.failed");
                    assertThat(x.userMessage().args()[0]).isEqualTo(occupied.toAbsolutePath());
                })
                .hasMessageStartingWith("Could not write the sample file " + occupied.toAbsolutePath());
        assertThat(Files.exists(dir.resolve("taken.part"))).isFalse();
    }

    @Test
    void plainWideForTheCommandLineHasFifteenTouchpoints() throws Exception {
        Path file = dir.resolve("cli.csv");

        SampleFiles.writePlainWide(file, SampleLayout.PLAIN_CSV, 100, SampleFiles.DEFAULT_SEED, Progress.NONE);

        List<String[]> rows = TestFiles.readCsv(file, StandardCharsets.UTF_8, ',');
        assertThat(rows).hasSize(101);
        assertThat(rows.get(0)).hasSize(24);
        assertThat(rows.get(0)[3]).isEqualTo("Website");
        assertThat(rows.get(0)[17]).isEqualTo("Follow-up call");
        assertThatThrownBy(() -> SampleFiles.writePlainWide(file, SampleLayout.DUTCH_CSV, 1, 1L, Progress.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
