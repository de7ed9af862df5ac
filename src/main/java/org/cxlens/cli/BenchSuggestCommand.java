package org.cxlens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Message;
import org.cxlens.importer.Preview;
import org.cxlens.importer.ReadOptions;
import org.cxlens.importer.RowSource;
import org.cxlens.importer.SurveyFiles;
import org.cxlens.importer.mapping.MappingSuggester;
import org.cxlens.importer.mapping.Suggestion;
import org.cxlens.sample.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Times what {@code suggest} does on the reference CSV (1,000,000 rows): preview, the whole-file
 * profile and the suggestion; beside it, in the same run, the yardstick of reading every row and
 * doing nothing with it, the least any whole-file suggestion must cost.
 */
@Command(name = "suggest")
final class BenchSuggestCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin DebugOption debug;

    @Option(names = "--dir", paramLabel = "DIR")
    Path dir = Path.of("target", "bench");

    @Option(names = "--runs", paramLabel = "N")
    int runs = 3;

    @Override
    public Integer call() throws Exception {
        if (runs < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    Message.of("cli.option.atLeastOne", "--runs").render());
        }
        PrintWriter out = spec.commandLine().getOut();
        ImportBenchmark.ensureReferenceData(dir, out);
        Path csv = dir.resolve(ReferenceData.CSV_FILE);
        double[] suggest = new double[runs];
        double[] read = new double[runs];
        long rows = 0;
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            Preview preview = SurveyFiles.preview(csv, ReadOptions.DETECT);
            Suggestion s = new MappingSuggester().suggest(preview, SurveyFiles.profile(csv, preview));
            suggest[i] = (System.nanoTime() - started) / 1e9;
            rows = s.rows();
            started = System.nanoTime();
            readEveryRow(csv, preview);
            read[i] = (System.nanoTime() - started) / 1e9;
        }
        out.println(Message.of("cli.bench.suggest.result", rows, ImportBenchmark.paddedSeconds(
                ImportBenchmark.median(suggest)), ImportBenchmark.format(suggest),
                ImportBenchmark.paddedSeconds(ImportBenchmark.median(read)), ImportBenchmark.format(read)).render());
        return 0;
    }

    private static void readEveryRow(Path csv, Preview preview) throws CxLensException {
        try (RowSource rows = SurveyFiles.openData(csv, preview)) {
            while (rows.next() != null) {
                // only the reading is timed
            }
        }
    }
}
