package org.cxlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code suggest} shows its evidence and warnings; {@code import} without a mapping states its assumptions. */
class SuggestEvidenceCommandTest {

    @TempDir
    Path dir;

    /** A run in English, whatever the machine's locale: the assertions quote English sentences. */
    private static CliRun run(String... args) {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            return CliRun.of(args);
        } finally {
            Locale.setDefault(before);
        }
    }

    /** 200 respondents; Q5 is 1–5 with "6 = never used" on every fourth row. */
    private Path survey() throws Exception {
        StringBuilder csv = new StringBuilder("RespID,Overall satisfaction,Q5_1,Q5_2\n");
        for (int i = 1; i <= 200; i++) {
            csv.append(i).append(',').append(1 + i % 5).append(',').append(i % 4 == 0 ? 6 : 1 + i % 5).append(',')
                    .append(1 + (i + 2) % 5).append('\n');
        }
        return Files.writeString(dir.resolve("survey.csv"), csv);
    }

    @Test
    void suggestPutsEvidenceAndWarningsInTheJsonAndTheWarningsOnTheTerminal() throws Exception {
        CliRun r = run("suggest", survey().toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("\"evidence\" : [ \"the header names an id and the values are unique\" ]");
        assertThat(r.out()).contains("6 (25% of answers) read as not applicable");
        assertThat(r.err()).contains("Column “Q5_1”: 6 (25% of answers) is read as “not applicable” on a 1–5 item");
        assertThat(r.err()).doesNotContain("Column “Q5_1”: 6 is used in");

        // The JSON goes back in as it is: evidence and warnings are ignored when read.
        Path mapping = Files.writeString(dir.resolve("m.json"), r.out());
        CliRun imported = run("import", survey().toString(), "--project", dir.resolve("p.cxlens").toString(),
                "--mapping", mapping.toString());
        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).startsWith("Imported survey.csv").doesNotContain("It assumed:");
    }

    @Test
    void importWithoutAMappingSaysWhatItAssumed() throws Exception {
        CliRun r = run("import", survey().toString(), "--project", dir.resolve("p.cxlens").toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("No mapping was given, so the suggested one was used");
        assertThat(r.out()).contains("  Overall satisfaction: overall satisfaction 1–5");
        assertThat(r.out()).contains("  Q5_1: touchpoint score “Q5_1” 1–5 (not applicable: 6)");
        assertThat(r.out()).contains("  ! Column “Q5_1”: 6 (25% of answers) is read as “not applicable” on a 1–5 item");
    }
}
