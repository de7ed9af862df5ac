package org.cxlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cxlens.app.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cxlens export --csv}: comma-separated unless told otherwise, one line per respondent. */
class ExportCsvCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesCommasByDefaultAndSemicolonsWhenAskedEveryRespondentOnALine() throws Exception {
        Path comma = dir.resolve("comma.csv");
        Path semicolon = dir.resolve("semicolon.csv");

        CliRun byDefault = CliRun.of("export", TestProjects.demo().toString(), "--csv", comma.toString());
        CliRun forDutchExcel = CliRun.of("export", TestProjects.demo().toString(), "--csv", semicolon.toString(),
                "--separator", "semicolon");

        assertThat(byDefault.exitCode()).as(byDefault.err()).isZero();
        assertThat(forDutchExcel.exitCode()).as(forDutchExcel.err()).isZero();
        List<String> commas = Files.readAllLines(comma, StandardCharsets.UTF_8);
        List<String> semicolons = Files.readAllLines(semicolon, StandardCharsets.UTF_8);
        assertThat(commas).hasSize(1501);
        assertThat(semicolons).hasSize(1501);
        String[] header = commas.get(0).replace("\uFEFF", "").split(",");
        assertThat(header.length).isGreaterThan(5);
        // The same cells, only the separator differs (the demo's headers hold neither a comma nor a semicolon).
        assertThat(semicolons.get(0).replace("\uFEFF", "").split(";")).containsExactly(header);
    }

    @Test
    void anUnknownSeparatorIsRefusedAndWritesNothing() throws Exception {
        Path target = dir.resolve("tab.csv");

        CliRun run = CliRun.of("export", TestProjects.demo().toString(), "--csv", target.toString(), "--separator", "tab");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("--separator").contains("comma").contains("semicolon");
        assertThat(target).doesNotExist();
    }
}
