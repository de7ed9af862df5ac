package org.cxlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The parts of {@code bench ui} that need no window: the display check and the table of medians. */
class BenchUiCommandTest {

    private static final Map<String, String> WITH_DISPLAY = Map.of("DISPLAY", ":96");
    /** Filter changes of 40, 200 and 60 ms: median 60; the longest gap of the three is 120, the most FX work 45. */
    private static final List<UiTiming> TIMINGS = List.of(
            new UiTiming(UiStep.OPEN, 900, 30, 12), new UiTiming(UiStep.OPEN, 1100, 50, 40),
            new UiTiming(UiStep.OPEN, 950, 20, 8), new UiTiming(UiStep.FILTER, 40, 17, 9),
            new UiTiming(UiStep.FILTER, 200, 120, 45), new UiTiming(UiStep.FILTER, 60, 33, 30),
            new UiTiming(UiStep.DRILL_DOWN, 450.25, 16.5, 7.25), new UiTiming(UiStep.PAGE, 300, 140, 120));

    @TempDir
    Path dir;

    @Test
    void withoutADisplayItSaysToUseXvfbAndStartsNoWindow() {
        AtomicInteger started = new AtomicInteger();
        CliRun run = run(Map.of(), (project, runs, pause) -> {
            started.incrementAndGet();
            return List.of();
        }, "bench", "ui", "--project", "p.cxlens");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err().strip()).startsWith("The UI benchmark needs a display and DISPLAY is not set")
                .contains("Xvfb").doesNotContain("Exception").doesNotContain("\n");
        assertThat(started).hasValue(0);
    }

    @Test
    void onlyXDisplaysNeedTheVariable() {
        assertThat(BenchUiCommand.hasDisplay(Map.of(), "Linux")).isFalse();
        assertThat(BenchUiCommand.hasDisplay(Map.of("DISPLAY", " "), "Linux")).isFalse();
        assertThat(BenchUiCommand.hasDisplay(WITH_DISPLAY, "Linux")).isTrue();
        assertThat(BenchUiCommand.hasDisplay(Map.of(), "Windows 11")).isTrue();
        assertThat(BenchUiCommand.hasDisplay(Map.of(), "Mac OS X")).isTrue();
    }

    @Test
    void tableGivesMediansTheLongestGapTheMostWorkAndSaysWhatWasNotMeasured() throws Exception {
        Path project = Files.createFile(dir.resolve("p.cxlens"));
        AtomicInteger askedRuns = new AtomicInteger();
        CliRun run = run(WITH_DISPLAY, (file, runs, pause) -> {
            askedRuns.set(runs);
            return TIMINGS;
        }, "bench", "ui", "--project", project.toString(), "--runs", "3");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(askedRuns).hasValue(3);
        assertThat(run.out()).startsWith("UI benchmark (the real app window)")
                .containsPattern("open the project → overview painted from the figures stored in it\\s+3\\s+950\\.0\\s+50\\.0\\s+40\\.0\\s+1000")
                .containsPattern("open the project → ready for analysis \\(filters usable\\)\\s+0\\s+not timed in this run\\s+1000")
                .containsPattern("filter change → every chart of the overview repainted\\s+3\\s+60\\.0\\s+120\\.0\\s+45\\.0\\s+100")
                .containsPattern("first rows visible\\s+1\\s+450\\.3\\s+16\\.5\\s+7\\.3\\s+500")
                // A page visit has no target of its own: its row ends with its most FX work.
                .containsPattern("(?m)page painted with its figures\\s+1\\s+300\\.0\\s+140\\.0\\s+120\\.0\\s*$")
                .containsPattern("threshold change → repainted \\(work on the FX thread\\)\\s+0\\s+not timed in this run\\s+17")
                .containsPattern("start page painted\\s+0\\s+not timed in this run\\s+1500")
                .contains("target ≤ 100 ms");
    }

    @Test
    void theStartPagePauseIsTwoSecondsUnlessToldAndIsPrinted() throws Exception {
        Path project = Files.createFile(dir.resolve("p.cxlens"));
        List<Duration> pauses = new ArrayList<>();
        UiBench bench = (file, runs, pause) -> {
            pauses.add(pause);
            return TIMINGS;
        };
        CliRun standard = run(WITH_DISPLAY, bench, "bench", "ui", "--project", project.toString());
        CliRun none = run(WITH_DISPLAY, bench, "bench", "ui", "--project", project.toString(), "--start-page-pause=0");
        CliRun negative = run(WITH_DISPLAY, bench, "bench", "ui", "--project", project.toString(), "--start-page-pause=-1");

        assertThat(pauses).containsExactly(Duration.ofSeconds(2), Duration.ZERO);
        assertThat(standard.out()).containsPattern("Pause on the start page before the first open \\(ms\\):\\s+2,000")
                .contains("Pause on the start page: before the first open");
        assertThat(none.out()).containsPattern("Pause on the start page before the first open \\(ms\\):\\s+0\\n");
        assertThat(negative.exitCode()).isNotZero();
        assertThat(negative.err()).contains("--start-page-pause must be 0 or more");
    }

    @Test
    void tableIsDutchUnderADutchLocale() throws Exception {
        Path project = Files.createFile(dir.resolve("p.cxlens"));
        Locale before = Locale.getDefault();
        Locale.setDefault(new Locale("nl", "NL"));
        CliRun run;
        try {
            run = run(WITH_DISPLAY, (file, runs, pause) -> TIMINGS, "bench", "ui", "--project", project.toString());
        } finally {
            Locale.setDefault(before);
        }

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("UI-benchmark (het echte app-venster)")
                .containsPattern("filter wijzigen → elke grafiek van het overzicht opnieuw getekend\\s+3\\s+60,0\\s+120,0")
                .contains("niet gemeten in deze run", "mediaan ms");
    }

    private static CliRun run(Map<String, String> environment, UiBench bench, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = CxLensCli.commandLine(bench, environment);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new CliRun(cli.execute(args), out.toString(), err.toString());
    }
}
