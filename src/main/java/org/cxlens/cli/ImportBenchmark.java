package org.cxlens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Message;
import org.cxlens.domain.Progress;
import org.cxlens.importer.ReadOptions;
import org.cxlens.importer.SurveyImport;
import org.cxlens.importer.mapping.Mapping;
import org.cxlens.sample.ReferenceData;
import org.cxlens.storage.ProjectFile;
import org.cxlens.workspace.ProjectFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Imports the reference CSV (1,000,000 respondents × 15 touchpoints) and XLSX (100,000
 * respondents) into fresh projects, several times, and reports the median wall time and the peak
 * heap; times the {@code sqlite3} command-line tool's {@code .import} of the same CSV when it is
 * installed, as the yardstick.
 */
@Command(name = "import")
final class ImportBenchmark implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin DebugOption debug;

    @Option(names = "--dir", paramLabel = "DIR")
    Path dir = Path.of("target", "bench");

    @Option(names = "--runs", paramLabel = "N")
    int runs = 5;

    @Override
    public Integer call() throws Exception {
        if (runs < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    Message.of("cli.option.atLeastOne", "--runs").render());
        }
        PrintWriter out = spec.commandLine().getOut();
        Path csv = dir.resolve(ReferenceData.CSV_FILE);
        Path xlsx = dir.resolve(ReferenceData.XLSX_FILE);
        ensureReferenceData(dir, out);
        out.println(Message.of("cli.bench.import.machine", HeapMeter.maxHeapBytes() >> 20,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")).render());
        measure(out, csv);
        measure(out, xlsx);
        sqliteYardstick(out, csv);
        return 0;
    }

    private void measure(PrintWriter out, Path file) throws CxLensException, IOException {
        double[] seconds = new double[runs];
        long peak = 0;
        long respondents = 0;
        Mapping mapping = ReferenceMapping.of(file);
        for (int i = 0; i < runs; i++) {
            Path project = dir.resolve("bench-" + i + ".cxlens");
            ProjectFiles.deleteQuietly(project);
            HeapMeter.reset();
            long started = System.nanoTime();
            try (ProjectFile target = ProjectFile.create(project)) {
                respondents = SurveyImport.run(file, ReadOptions.DETECT, mapping, false, target, Progress.NONE)
                        .counts().respondents();
            }
            seconds[i] = (System.nanoTime() - started) / 1e9;
            peak = Math.max(peak, HeapMeter.peakBytes());
            ProjectFiles.deleteQuietly(project);
        }
        // The first run pays for JIT compilation (what a user's first import in a fresh JVM costs);
        // the median of the others is the importer's steady speed.
        double warm = runs > 1 ? median(Arrays.copyOfRange(seconds, 1, runs)) : seconds[0];
        Message measured = Message.of("cli.bench.import.measured", paddedSeconds(seconds[0]), paddedSeconds(warm),
                format(seconds), peak >> 20);
        out.printf("%-22s %10s %s%n", file.getFileName(), Display.count(respondents), measured.render());
    }

    /** The sqlite3 shell's CSV import into one plain table: what a consultant could do by hand. */
    private void sqliteYardstick(PrintWriter out, Path csv) throws IOException, InterruptedException {
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Path db = dir.resolve("sqlite3-yardstick.db");
            Files.deleteIfExists(db);
            long started = System.nanoTime();
            Process p;
            try {
                p = new ProcessBuilder("sqlite3", db.toString(), ".mode csv", ".import " + csv + " answers")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException e) {
                out.println(Message.of("cli.bench.import.noSqlite").render());
                return;
            }
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                out.println(Message.of("cli.bench.import.sqliteFailed").render());
                return;
            }
            seconds.add((System.nanoTime() - started) / 1e9);
            Files.deleteIfExists(db);
        }
        double[] s = seconds.stream().mapToDouble(Double::doubleValue).toArray();
        out.printf("%-22s %10s %s%n", "sqlite3 .import (CSV)", Display.count(ReferenceData.CSV_RESPONDENTS),
                Message.of("cli.bench.import.yardstick", paddedSeconds(median(s)), format(s)).render());
    }

    /** Writes the reference CSV and XLSX into the folder unless both are there. */
    static void ensureReferenceData(Path dir, PrintWriter out) throws CxLensException, IOException {
        if (Files.exists(dir.resolve(ReferenceData.CSV_FILE)) && Files.exists(dir.resolve(ReferenceData.XLSX_FILE))) {
            return;
        }
        out.println(Message.of("cli.bench.import.generating", dir.toString()).render());
        Files.createDirectories(dir);
        for (ReferenceData.Written w : ReferenceData.write(dir, Progress.NONE)) {
            out.println("  " + Message.of("cli.bench.import.written", w.file().getFileName().toString(), w.respondents(),
                    w.bytes(), Display.decimal(w.elapsed().toMillis() / 1000.0, 1)).render());
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static String format(double[] values) {
        StringBuilder s = new StringBuilder();
        for (double v : values) {
            s.append(s.length() == 0 ? "" : " / ").append(Display.decimal(v, 2));
        }
        return s.toString();
    }

    /** Seconds right-aligned in six characters, so the figures of consecutive lines line up. */
    static String paddedSeconds(double value) {
        return String.format("%6s", Display.decimal(value, 2));
    }
}
