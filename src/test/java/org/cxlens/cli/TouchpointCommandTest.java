package org.cxlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.Touchpoint;
import org.cxlens.storage.ProjectFile;
import org.cxlens.workspace.OpeningTimes;
import org.cxlens.workspace.ProjectOpening;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TouchpointCommandTest {

    @TempDir
    Path dir;

    @Test
    void editsTheCatalogueEntryAndPrioritiesUseTheNewTarget() throws Exception {
        Path project = HandProject.create(dir);

        CliRun run = CliRun.of("touchpoint", project.toString(), "website", "--moment", "excel", "--target", "0.5",
                "--department", "Online");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).containsExactly("Website: department Online, excel, journey position 1, target 50 %",
                "Kept the overview's figures in the project: the app shows them as soon as it opens it.");
        try (ProjectOpening next = ProjectOpening.begin(project, true, OpeningTimes.NONE)) {
            assertThat(next.storedOverview()).as("the app's next opening shows the overview at once").isPresent();
            assertThat(next.storedOverview().orElseThrow().dashboard().departments())
                    .anySatisfy(d -> assertThat(d.label()).isEqualTo("Online"));
        }
        try (ProjectFile file = ProjectFile.open(project)) {
            Touchpoint website = file.touchpoints().stream().filter(t -> t.name().equals("Website")).findFirst().orElseThrow();
            assertThat(website.momentType()).isEqualTo(MomentType.EXCEL);
            assertThat(website.target()).isEqualTo(0.5);
            assertThat(website.department()).isEqualTo("Online");
        }
        // Website: 10 of 41 respondents score 9–10, 1 scores 10 → 11/41 = 26.8 % delighted against 50 %.
        CliRun priorities = CliRun.of("priorities", project.toString());
        assertThat(priorities.out()).containsPattern("Website\\s+excel\\s+delighted\\s+26\\.8\\s+50\\.0\\s+23\\.2");
    }

    @Test
    void unknownTouchpointAndBadTargetAreOneSentence() throws Exception {
        Path project = HandProject.create(dir);

        CliRun unknown = CliRun.of("touchpoint", project.toString(), "Showroom", "--moment", "truth");
        CliRun badTarget = CliRun.of("touchpoint", project.toString(), "Website", "--target", "80");

        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err().strip())
                .isEqualTo("This project has no touchpoint \"Showroom\"; its touchpoints are: Website, Delivery, Invoice.");
        assertThat(badTarget.exitCode()).isEqualTo(1);
        assertThat(badTarget.err()).contains("\"80\" is not a share between 0 and 1");
    }
}
