package org.cxlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.cxlens.analysis.Filter;
import org.cxlens.app.TestProjects;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.testing.TestFiles;
import org.cxlens.workspace.OpenProject;
import org.cxlens.workspace.ReportFile;
import org.cxlens.workspace.ReportPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cxlens report}, and what {@code info}, {@code import}, {@code scheme} and {@code touchpoint} do with a report. */
class ReportCommandTest {

    @TempDir
    Path dir;

    @Test
    void reportSavesAReadOnlyCopyThatInfoDescribes() throws Exception {
        Path project = TestProjects.demo();
        String wave;
        try (OpenProject demo = OpenProject.open(project)) {
            wave = demo.filterChoices().waves().get(0);
        }
        Path report = dir.resolve("board.cxlens");
        CliRun run = CliRun.of("report", project.toString(), "--out", report.toString(), "--filter",
                "wave=" + wave, "--filter", "class=delighted", "--page", "Journey", "--note", "First look.\nSecond line.");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Saved the report " + report).contains("opens on page: journey")
                .contains("filter: wave=" + wave + "; class=delighted");

        try (OpenProject opened = OpenProject.open(report)) {
            ReportFile r = opened.report().orElseThrow();
            assertThat(r.page()).isEqualTo(ReportPage.JOURNEY);
            assertThat(r.filter()).isEqualTo(Filter.NONE.withWaves(Set.of(wave))
                    .withClasses(Set.of(ExperienceClass.DELIGHTED)));
            assertThat(r.note()).isEqualTo("First look.\nSecond line.");
        }

        List<String> info = CliRun.of("info", report.toString()).out().lines().toList();
        assertThat(info.get(0)).startsWith("Report file " + report + " (read-only), saved from demo.cxlens on ");
        assertThat(info).contains("  opens on page: journey", "  filter: wave=" + wave + "; class=delighted",
                "  note:", "    First look.", "    Second line.");
    }

    @Test
    void writeCommandsOnAReportAreRefusedWithOneSentenceAndChangeNothing() throws Exception {
        Path report = dir.resolve("r.cxlens");
        assertThat(CliRun.of("report", TestProjects.demo().toString(), "--out", report.toString()).exitCode()).isZero();
        String sha = TestFiles.sha256(report);
        Path csv = Files.write(dir.resolve("more.csv"), List.of("Id,Overall", "1,9"));

        for (String[] args : List.of(
                new String[] {"import", csv.toString(), "--project", report.toString()},
                new String[] {"scheme", report.toString(), "--delighted", "0.9"},
                new String[] {"scheme", report.toString(), "--low-base", "10"})) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isNotZero();
            assertThat(run.err().strip()).as(String.join(" ", args))
                    .contains(report + " is a report file and cannot be changed").doesNotContain("Exception");
        }
        String touchpoint;
        try (OpenProject opened = OpenProject.open(report)) {
            touchpoint = opened.data().touchpoints().get(0).name();
        }
        CliRun run = CliRun.of("touchpoint", report.toString(), touchpoint, "--order", "3");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("is a report file and cannot be changed");
        assertThat(TestFiles.sha256(report)).isEqualTo(sha);
    }

    @Test
    void anUnknownPageOrFilterValueIsRefusedAndWritesNothing() throws Exception {
        Path report = dir.resolve("r.cxlens");
        CliRun page = CliRun.of("report", TestProjects.demo().toString(), "--out", report.toString(), "--page", "cover");
        assertThat(page.exitCode()).isNotZero();
        assertThat(page.err()).contains("There is no page \"cover\"; choose one of overview, touchpoints");
        CliRun wave = CliRun.of("report", TestProjects.demo().toString(), "--out", report.toString(), "--filter",
                "wave=1999");
        assertThat(wave.exitCode()).isNotZero();
        assertThat(report).doesNotExist();
    }
}
