package org.cxlens.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cxlens.domain.Progress;
import org.cxlens.importer.ReadOptions;
import org.cxlens.workspace.ImportSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@link OutOfMemoryError}: {@code cxlens import} in a child JVM with a 16 MB heap, on a
 * survey whose text respondent ids alone need more. One sentence on stderr naming the log with
 * the trace, exit code 3, and no project file changed or left behind.
 */
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class OutOfMemoryTest {

    private static final List<String> TINY_HEAP = List.of("-Xmx16m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    private static final int ROWS = 250_000;

    @TempDir
    Path dir;

    private static Pattern oneSentence(Path log) {
        return Pattern.compile("cxlens import ran out of memory \\(Java may use at most \\d+ MB; start it with more, "
                + "such as java -Xmx4g -jar cxlens\\.jar\\); the full trace is in " + Pattern.quote(log.toString())
                + "\\.\\R");
    }

    @Test
    void importIntoANewProjectEndsInOneSentenceAndLeavesNoFile() throws Exception {
        Path csv = SurveyCsv.write(dir.resolve("big.csv"), ROWS, 1);
        Path home = dir.resolve("home");
        Path project = dir.resolve("new.cxlens");

        CliChildProcess child = CliChildProcess.start(home, TINY_HEAP, "import", csv.toString(), "--project",
                project.toString());

        assertThat(child.exitCode(120)).as(child.err()).isEqualTo(3);
        assertThat(child.err()).matches(oneSentence(home.resolve("errors.log")));
        assertThat(child.out()).isEmpty();
        // The trace shows the project had been made when memory ran out: its removal was put to the test.
        assertThat(Files.readString(home.resolve("errors.log")))
                .contains("java.lang.OutOfMemoryError", "at org.cxlens.workspace.ImportSession.importInto");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("big.csv", "home");
        }
    }

    @Test
    void importIntoAnExistingProjectLeavesItByteForByte() throws Exception {
        Path project = dir.resolve("existing.cxlens");
        new ImportSession(SurveyCsv.write(dir.resolve("wave1.csv"), 500, 7))
                .importInto(project, ReadOptions.DETECT, null, null, false, Progress.NONE, 0);
        byte[] before = Files.readAllBytes(project);
        Path csv = SurveyCsv.write(dir.resolve("big.csv"), ROWS, 2);
        Path home = dir.resolve("home");

        CliChildProcess child = CliChildProcess.start(home, TINY_HEAP, "import", csv.toString(), "--project",
                project.toString());

        assertThat(child.exitCode(120)).as(child.err()).isEqualTo(3);
        assertThat(child.err()).matches(oneSentence(home.resolve("errors.log")));
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
        assertThat(Path.of(project + "-journal")).doesNotExist();
    }
}
