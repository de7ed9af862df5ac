package org.cxlens.cli;

import static org.cxlens.testing.TestFiles.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.workspace.OpeningTimes;
import org.cxlens.workspace.OverviewFigures;
import org.cxlens.workspace.ProjectOpening;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scheme command on the hand-counted project (see {@link HandProject}): by default 13
 * respondents are delighted (overall 9 for respondents 1–12, touchpoint mean 10 for 41), 20
 * satisfied (overall 7) and 8 indifferent (recommend 4).
 */
class SchemeCommandTest {

    @TempDir
    Path dir;

    @Test
    void showsTheStoredSchemeWithCutPointsOnEveryScale() throws Exception {
        Path project = HandProject.create(dir);

        CliRun run = CliRun.of("scheme", project.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Delighted from 0.85, satisfied from 0.65, recovery below 0.35");
        // 0–10: satisfied from 6.5 → 7, delighted from 8.5 → 9, recovery below 3.5 → up to 3.
        assertThat(run.out()).containsPattern("0–10\\s+7\\s+9\\s+3");
    }

    @Test
    void loweringTheDelightThresholdMovesTheSevensAndIsStored() throws Exception {
        Path project = HandProject.create(dir);

        CliRun run = CliRun.of("scheme", project.toString(), "--delighted", "0.7");

        assertThat(run.exitCode()).isZero();
        // Overall 7 (respondents 13–32) is p = 0.7: all 20 move from satisfied to delighted, nobody else moves.
        assertThat(run.out()).containsPattern("indifferent\\s+8\\s+0\\s+0");
        assertThat(run.out()).containsPattern("satisfied\\s+0\\s+0\\s+20");
        assertThat(run.out()).containsPattern("delighted\\s+0\\s+0\\s+13");
        assertThat(run.out()).containsPattern("0–10\\s+7\\s+7\\s+3");
        assertThat(CliRun.of("scheme", project.toString()).out()).contains("Delighted from 0.70");
        // The app's next opening shows the overview under the new scheme at once (ADR 0010): 13 + 20 delighted.
        try (ProjectOpening next = ProjectOpening.begin(project, true,
                OpeningTimes.NONE)) {
            OverviewFigures stored = next.storedOverview().orElseThrow();
            assertThat(stored.dashboard().overall().classes().base()).isEqualTo(41);
            assertThat(stored.dashboard().overall().classes().share(ExperienceClass.DELIGHTED))
                    .isCloseTo(33.0 / 41, within(1e-9));
        }
    }

    @Test
    void thresholdsOutOfOrderAreRefusedAndChangeNothing() throws Exception {
        Path project = HandProject.create(dir);
        String before = sha256(project);

        CliRun run = CliRun.of("scheme", project.toString(), "--delighted", "0.5");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("The thresholds must rise from recovery (0.35) to satisfied (0.65) "
                + "to delighted (0.5), all between 0 and 1.");
        assertThat(sha256(project)).isEqualTo(before);
    }

    @Test
    void aSchemeWithoutTheExpectationRuleSaysSoAndKeepsItWhenAThresholdChanges() throws Exception {
        Path project = HandProject.create(dir);
        try (org.cxlens.storage.ProjectFile file = org.cxlens.storage.ProjectFile.open(project)) {
            file.saveScheme(new org.cxlens.domain.ClassificationScheme(0.85, 0.65, 0.35, false));
        }

        CliRun run = CliRun.of("scheme", project.toString(), "--delighted", "0.9");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("expectation answers ignored (the expectation rule is off)");
        try (org.cxlens.storage.ProjectFile file = org.cxlens.storage.ProjectFile.open(project)) {
            assertThat(file.scheme()).isEqualTo(new org.cxlens.domain.ClassificationScheme(0.9, 0.65, 0.35, false));
        }
    }
}
