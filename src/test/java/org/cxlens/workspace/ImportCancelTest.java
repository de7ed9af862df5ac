package org.cxlens.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.cxlens.domain.CancelledException;
import org.cxlens.domain.Progress;
import org.cxlens.importer.ReadOptions;
import org.cxlens.importer.mapping.Mapping;
import org.cxlens.sample.SampleFiles;
import org.cxlens.sample.SampleLayout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cancel at any moment of an import, as the wizard's Cancel button gives it: before the first
 * row, after the first progress, halfway through the rows, and at every point the commit phase
 * (after the last row: finishing the writes, the change log, the column cache) looks for it.
 * The project the import went into is byte-for-byte as it was, with no journal beside it, and a
 * project the import was making is not left behind at all.
 */
class ImportCancelTest {

    private static final int SECOND_WAVE = 20_000;

    @TempDir
    Path folder;

    private Path project;
    private Path secondWave;
    private Mapping mapping;

    @BeforeEach
    void firstWaveImported() throws Exception {
        Path firstWave = folder.resolve("wave1.csv");
        SampleFiles.writePlainWide(firstWave, SampleLayout.PLAIN_CSV, 500, 3, Progress.NONE);
        project = folder.resolve("project.cxlens");
        Imported first = new ImportSession(firstWave).importInto(project, ReadOptions.DETECT, null, null, false,
                Progress.NONE, 0);
        // The same generator and the first wave's mapping: the second wave fits its touchpoints and scales.
        mapping = first.result().mapping();
        secondWave = folder.resolve("wave2.csv");
        SampleFiles.writePlainWide(secondWave, SampleLayout.PLAIN_CSV, SECOND_WAVE, 7, Progress.NONE);
    }

    @Test
    void aCancelAtAnyPointLeavesTheOpenProjectByteForByteAsItWas() throws Exception {
        Looks full = looksOfAWholeImport();
        String before = sha256(project);
        OpenProject open = OpenProject.open(project);
        try {
            long respondents = open.summary().respondents();
            for (long look : pointsToCancelAt(full)) {
                CancelAtLook cancel = new CancelAtLook(look);
                assertThatThrownBy(() -> new ImportSession(secondWave).importInto(open, ReadOptions.DETECT, mapping,
                        null, false, cancel, 0)).as("cancelled at look %d", look).isInstanceOf(CancelledException.class);
                assertThat(cancel.looks).as("stopped at the look it was cancelled at").isEqualTo(look);
                assertThat(sha256(project)).as("cancelled at look %d of %d", look, full.total).isEqualTo(before);
                assertThat(Path.of(project + "-journal")).doesNotExist();
                assertThat(open.summary().respondents()).isEqualTo(respondents);
            }
            // Not cancelled, the same import goes through: the looks above were real chances to stop it.
            Imported done = new ImportSession(secondWave).importInto(open, ReadOptions.DETECT, mapping, null, false,
                    new CancelAtLook(Long.MAX_VALUE), 0);
            assertThat(done.result().counts().respondents()).isEqualTo(SECOND_WAVE);
            assertThat(sha256(project)).isNotEqualTo(before);
        } finally {
            open.close();
        }
    }

    @Test
    void aCancelAtAnyPointLeavesNothingOfANewProjectBehind() throws Exception {
        Looks full = looksOfAWholeImport();
        Path fresh = folder.resolve("fresh.cxlens");
        for (long look : pointsToCancelAt(full)) {
            assertThatThrownBy(() -> new ImportSession(secondWave).importInto(fresh, ReadOptions.DETECT, mapping, null,
                    false, new CancelAtLook(look), 0)).isInstanceOf(CancelledException.class);
            try (var files = Files.list(folder)) {
                assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("fresh")).toList())
                        .as("cancelled at look %d of %d", look, full.total).isEmpty();
            }
        }
    }

    /** Early (the first look, and the first look after the first progress), halfway, and every look after the last row. */
    private static List<Long> pointsToCancelAt(Looks full) {
        List<Long> points = new java.util.ArrayList<>(List.of(1L, full.afterFirstUpdate + 1, full.total / 2));
        for (long look = full.atLastUpdate + 1; look <= full.total; look++) {
            points.add(look);
        }
        return points;
    }

    /** Counts the looks at the cancel flag of the whole import, into a copy of the project. */
    private Looks looksOfAWholeImport() throws Exception {
        Path copy = Files.copy(project, folder.resolve("copy.cxlens"));
        CancelAtLook counting = new CancelAtLook(Long.MAX_VALUE);
        new ImportSession(secondWave).importInto(copy, ReadOptions.DETECT, mapping, null, false, counting, 0);
        Files.delete(copy);
        Looks looks = new Looks(counting.looks, counting.looksAtFirstUpdate, counting.looksAtLastUpdate);
        // The commit phase must look at least after finishing the writes, before the column cache and before the commit.
        assertThat(looks.total - looks.atLastUpdate).isGreaterThanOrEqualTo(3);
        assertThat(looks.total / 2).isGreaterThan(looks.afterFirstUpdate + 1).isLessThan(looks.atLastUpdate);
        return looks;
    }

    private record Looks(long total, long afterFirstUpdate, long atLastUpdate) {
    }

    /** Says "cancelled" from its n-th look on, counting the looks and noting where the progress reports came. */
    private static final class CancelAtLook implements Progress {

        private final long cancelAt;
        private long looks;
        private long looksAtFirstUpdate = -1;
        private long looksAtLastUpdate;

        CancelAtLook(long cancelAt) {
            this.cancelAt = cancelAt;
        }

        @Override
        public void update(long done, long total) {
            if (looksAtFirstUpdate < 0) {
                looksAtFirstUpdate = looks;
            }
            looksAtLastUpdate = looks;
        }

        @Override
        public boolean isCancelled() {
            if (looks >= cancelAt) {
                return true;
            }
            looks++;
            return looks >= cancelAt;
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
