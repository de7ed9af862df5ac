package org.cxlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** --encoding, --delimiter, --decimal on suggest and import, and --wave on import. */
class ReadingOptionsCommandTest {

    @TempDir
    Path dir;

    @Test
    void suggestReadsWithTheGivenEncodingAndWritesItIntoTheMapping() throws Exception {
        Path file = Files.write(dir.resolve("ko.csv"),
                "응답자\t만족도\nr1\t4\nr2\t5\n".getBytes(Charset.forName("x-windows-949")));

        CliRun run = CliRun.of("suggest", file.toString(), "--encoding", "cp949", "--delimiter", "tab");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"encoding\" : \"cp949\"", "\"delimiter\" : \"tab\"", "\"column\" : \"응답자\"")
                .doesNotContain("decimalSeparator");
    }

    @Test
    void importWithAWaveSaysSo() throws Exception {
        Path file = Files.writeString(dir.resolve("2018.csv"), "id;Website\n1;8\n2;9\n");
        Path project = dir.resolve("p.cxlens");

        CliRun run = CliRun.of("import", file.toString(), "--project", project.toString(), "--wave", "2018",
                "--delimiter", ";");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 respondents", "Every respondent of this import has wave 2018.");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " :: ", value = {
            "--encoding :: latin-9000 :: --encoding latin-9000 is not an encoding this Java knows; use a name such as utf-8, windows-1252, utf-16le or cp949.",
            "--delimiter :: semicolon :: --delimiter semicolon is not a delimiter; use one character such as ; , | or the word tab.",
            "--decimal :: ; :: --decimal ; is not a decimal mark; use . or ,.",
            "--wave :: ' ' :: --wave needs a wave name, such as 2018 or 2025-Q1."})
    void aBadOptionValueIsOneSentence(String option, String value, String sentence) throws Exception {
        Path file = Files.writeString(dir.resolve("s.csv"), "id,Website\n1,8\n");
        Path project = dir.resolve("bad.cxlens");

        CliRun run = CliRun.of("import", file.toString(), "--project", project.toString(), option, value);

        assertThat(run.exitCode()).isEqualTo(ErrorHandler.USER_ERROR);
        assertThat(run.err()).isEqualTo(sentence + System.lineSeparator());
        assertThat(project).as("nothing created").doesNotExist();
    }
}
