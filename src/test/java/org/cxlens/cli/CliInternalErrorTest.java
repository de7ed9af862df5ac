package org.cxlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * An error no command foresaw, an {@link Error} included, ends in one sentence on stderr naming
 * the log file that holds the trace, and exit code 3. The error comes from the one part of a
 * command a test can hand in: the window that {@code bench ui} measures, here a stand-in that fails.
 */
class CliInternalErrorTest {

    private static final Map<String, String> WITH_DISPLAY = Map.of("DISPLAY", ":96");

    @TempDir
    Path dir;
    private String homeBefore;
    private Path home;
    private Path project;

    @BeforeEach
    void ownHome() throws Exception {
        homeBefore = System.getProperty("cxlens.home");
        home = dir.resolve("home");
        System.setProperty("cxlens.home", home.toString());
        project = Files.createFile(dir.resolve("p.cxlens"));
    }

    @AfterEach
    void restoreHome() {
        if (homeBefore == null) {
            System.clearProperty("cxlens.home");
        } else {
            System.setProperty("cxlens.home", homeBefore);
        }
    }

    private CliRun benchUiFailingWith(Throwable failure, String... more) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = CxLensCli.commandLine((file, runs, pause) -> {
            if (failure instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) failure;
        }, WITH_DISPLAY);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] args = new String[3 + more.length];
        args[0] = "bench";
        args[1] = "ui";
        args[2] = "--project=" + project;
        System.arraycopy(more, 0, args, 3, more.length);
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    private Path log() {
        return home.resolve("errors.log");
    }

    @Test
    void runningOutOfMemoryIsOneSentenceNamingTheLog() throws Exception {
        CliRun run = benchUiFailingWith(new OutOfMemoryError("Java heap space"));

        assertThat(run.exitCode()).isEqualTo(ErrorHandler.INTERNAL_ERROR).isEqualTo(3);
        assertThat(run.err()).isEqualTo("cxlens bench ui ran out of memory (Java may use at most "
                + String.format("%,d", Runtime.getRuntime().maxMemory() >> 20)
                + " MB; start it with more, such as java -Xmx4g -jar cxlens.jar); the full trace is in " + log() + "."
                + System.lineSeparator());
        assertThat(Files.readString(log())).contains("cxlens bench ui", "java.lang.OutOfMemoryError: Java heap space",
                "\tat org.cxlens.cli.");
    }

    @Test
    void anUnexpectedExceptionNamesItsKindAndFirstLineOnly() throws Exception {
        CliRun run = benchUiFailingWith(new IllegalStateException("wrapped",
                new IllegalArgumentException("record 0x0809 is 40 bytes\n  [BOF] 0a 0b 0c\n  [EOF]")));

        assertThat(run.exitCode()).isEqualTo(ErrorHandler.INTERNAL_ERROR);
        assertThat(run.err()).isEqualTo("cxlens bench ui stopped on an unexpected error (IllegalArgumentException: "
                + "record 0x0809 is 40 bytes); the full trace is in " + log() + "." + System.lineSeparator());
        assertThat(Files.readString(log())).contains("java.lang.IllegalStateException: wrapped",
                "Caused by: java.lang.IllegalArgumentException: record 0x0809", "[BOF] 0a 0b 0c");
    }

    @Test
    void anyOtherErrorToo() {
        CliRun run = benchUiFailingWith(new StackOverflowError());

        assertThat(run.exitCode()).isEqualTo(ErrorHandler.INTERNAL_ERROR);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("cxlens bench ui stopped on an unexpected error (StackOverflowError); the full trace is in ");
    }

    @Test
    void aSecondErrorAddsToTheLog() throws Exception {
        benchUiFailingWith(new IllegalStateException("first"));
        benchUiFailingWith(new IllegalStateException("second"));

        assertThat(Files.readString(log())).contains("IllegalStateException: first", "IllegalStateException: second");
    }

    @Test
    void aLogThatCannotBeWrittenIsSaidSo() throws Exception {
        Files.writeString(home.resolveSibling("home"), "not a folder");

        CliRun run = benchUiFailingWith(new IllegalStateException("boom"));

        assertThat(run.exitCode()).isEqualTo(ErrorHandler.INTERNAL_ERROR);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("cxlens bench ui stopped on an unexpected error (IllegalStateException: boom); "
                        + "its trace could not be written to " + log() + " (");
    }

    @Test
    void debugStillPrintsTheTraceBeforeTheSentence() {
        CliRun run = benchUiFailingWith(new OutOfMemoryError("Java heap space"), "--debug");

        assertThat(run.exitCode()).isEqualTo(ErrorHandler.INTERNAL_ERROR);
        assertThat(run.err()).contains("java.lang.OutOfMemoryError: Java heap space", "\tat org.cxlens.");
        assertThat(run.err().strip()).endsWith("the full trace is in " + log() + ".");
    }

    @Test
    void theHelpListsTheExitCodes() {
        CliRun run = CliRun.of("import", "--help");

        assertThat(run.out()).contains("Exit codes:")
                .containsPattern("0\\s+done")
                .containsPattern("1\\s+refused")
                .containsPattern("2\\s+the command line itself is wrong")
                .containsPattern("3\\s+internal error, running out of memory included");
    }
}
