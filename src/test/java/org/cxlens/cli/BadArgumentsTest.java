package org.cxlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A mistyped filter or grouping is one clear sentence on stderr and a non-zero exit, never a trace. */
class BadArgumentsTest {

    @TempDir
    static Path dir;
    static Path project;

    @BeforeAll
    static void importProject() throws Exception {
        project = HandProject.create(dir);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--filter|segment:Colour=Red|Colour",
            "--filter|segment:Region=East|East",
            "--filter|from=2025-13-45|2025-13-45",
            "--filter|wave=2030-Q9|2025-Q1, 2025-Q2",
            "--filter|department=Sales|Finance, Logistics, Marketing",
            "--filter|class=happy|happy",
            "--filter|colour=red|colour",
            "--filter|wave|wave",
            "--by|colour|colour",
            "--by|segment:Colour|Colour"})
    void badArgumentIsOneSentence(String option, String value, String named) {
        CliRun run = CliRun.of("summary", project.toString(), option, value);

        assertThat(run.exitCode()).isEqualTo(ErrorHandler.USER_ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains(named).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @ParameterizedTest
    @CsvSource({"drivers", "priorities"})
    void otherCommandsCheckFiltersToo(String command) {
        CliRun run = CliRun.of(command, project.toString(), "--filter", "to=yesterday");

        assertThat(run.exitCode()).isEqualTo(ErrorHandler.USER_ERROR);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains("yesterday").doesNotContain("Exception");
    }
}
