package org.cxlens.importer.load;

import java.util.ArrayList;
import java.util.List;
import org.cxlens.domain.ColumnRole;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.ImportCounts;
import org.cxlens.domain.ImportProblem;
import org.cxlens.domain.ImportSink;
import org.cxlens.domain.Progress;
import org.cxlens.domain.RespondentRecord;
import org.cxlens.domain.Scale;
import org.cxlens.domain.TouchpointSpec;
import org.cxlens.importer.Preview;
import org.cxlens.importer.RowSource;
import org.cxlens.importer.SourceColumn;
import org.cxlens.importer.SourceRow;
import org.cxlens.importer.mapping.ColumnMapping;
import org.cxlens.importer.mapping.LabelTable;
import org.cxlens.importer.mapping.Mapping;
import org.cxlens.importer.mapping.Shape;
import org.cxlens.importer.testing.Sheets;

/**
 * Converts a million generated wide rows of 25 columns through the import loop, with a sink
 * that only counts. Not a unit test: run by hand (main) to see the conversion cost per row.
 */
public final class ImportBenchmark {

    private static final int ROWS = 1_000_000;
    private static final int TOUCHPOINTS = 15;

    public static void main(String[] args) throws CxLensException {
        List<String> names = new ArrayList<>(List.of("ID", "Datum", "Meting", "Afdeling", "Gewicht", "Tevredenheid",
                "Aanbevelen", "Verwachting"));
        for (int t = 0; t < TOUCHPOINTS; t++) {
            names.add("TP" + t);
        }
        names.add("Toelichting");
        names.add("Kanaal");
        List<SourceColumn> columns = Sheets.columns(names.toArray(String[]::new));
        List<ColumnMapping> mapped = new ArrayList<>(List.of(
                ColumnMapping.of("ID", ColumnRole.RESPONDENT_ID), ColumnMapping.of("Datum", ColumnRole.DATE),
                ColumnMapping.of("Meting", ColumnRole.WAVE), ColumnMapping.of("Afdeling", ColumnRole.DEPARTMENT),
                ColumnMapping.of("Gewicht", ColumnRole.WEIGHT),
                ColumnMapping.of("Tevredenheid", ColumnRole.OVERALL_SATISFACTION).withScale(Scale.of(1, 5)),
                ColumnMapping.of("Aanbevelen", ColumnRole.RECOMMEND).withScale(Scale.of(0, 10)),
                ColumnMapping.of("Verwachting", ColumnRole.OVERALL_EXPECTATION)));
        for (int t = 0; t < TOUCHPOINTS; t++) {
            mapped.add(ColumnMapping.touchpointScore("TP" + t, "Touchpoint " + t, Scale.of(0, 10), t + 1));
        }
        mapped.add(ColumnMapping.of("Toelichting", ColumnRole.COMMENT));
        mapped.add(ColumnMapping.of("Kanaal", ColumnRole.SEGMENT));
        Mapping mapping = new Mapping(Shape.WIDE, null, null, mapped, LabelTable.defaults(), LabelTable.DEFAULT_MISSING_CODES);
        Preview preview = Sheets.csv(columns, List.of());
        String[] expectations = {"Beter dan verwacht", "Zoals verwacht", "Slechter dan verwacht", ""};
        for (int round = 0; round < 3; round++) {
            RowSource rows = new RowSource() {
                private int n;

                @Override
                public SourceRow next() {
                    if (n == ROWS) {
                        return null;
                    }
                    n++;
                    String[] cells = new String[columns.size()];
                    cells[0] = Integer.toString(n);
                    cells[1] = "2025-03-" + (10 + n % 19) + " 09:30:00";
                    cells[2] = "2025-1";
                    cells[3] = (n & 1) == 0 ? "Verkoop" : "Service";
                    cells[4] = (n & 3) == 0 ? "1.25" : "0.9";
                    cells[5] = Integer.toString(1 + n % 5);
                    cells[6] = Integer.toString(n % 11);
                    cells[7] = expectations[n & 3];
                    for (int t = 0; t < TOUCHPOINTS; t++) {
                        cells[8 + t] = (n + t) % 13 == 0 ? "" : Integer.toString((n + t) % 11);
                    }
                    cells[23] = n % 10 == 0 ? "Snel en vriendelijk geholpen" : "";
                    cells[24] = (n % 3) == 0 ? "Web" : "Winkel";
                    return new SourceRow(n + 1, cells);
                }

                @Override
                public double fractionRead() {
                    return (double) n / ROWS;
                }

                @Override
                public void close() {
                }
            };
            CountingSink sink = new CountingSink();
            if (args.length > 0 && args[0].equals("generate-only")) {
                long start = System.nanoTime();
                long cells = 0;
                for (SourceRow r = rows.next(); r != null; r = rows.next()) {
                    cells += r.cells().length;
                }
                org.slf4j.LoggerFactory.getLogger(ImportBenchmark.class)
                        .info("round {}: generated {} cells in {} ms", round, cells, (System.nanoTime() - start) / 1_000_000);
                continue;
            }
            long start = System.nanoTime();
            ImportCounts counts = new SurveyImporter().run(preview, rows, mapping, sink, Progress.NONE);
            long ms = (System.nanoTime() - start) / 1_000_000;
            org.slf4j.LoggerFactory.getLogger(ImportBenchmark.class)
                    .info("round {}: {} rows in {} ms (generation included), checksum {}", round, counts.rowsRead(), ms, sink.sum);
        }
    }

    private static final class CountingSink implements ImportSink {
        double sum;
        private int slots;

        @Override
        public int touchpoint(TouchpointSpec spec) {
            return slots++;
        }

        @Override
        public void attributes(List<String> names) {
        }

        @Override
        public void respondent(RespondentRecord r) {
            double s = r.scores()[3];
            sum += Double.isNaN(s) ? 0 : s;
        }

        @Override
        public void problem(ImportProblem problem) {
            sum++;
        }

        @Override
        public long commit(ImportCounts counts) {
            return 0;
        }

        @Override
        public void close() {
        }
    }
}
