package org.cxlens.importer;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Not a test: measures how fast openData streams a 1,000,000 × 25 CSV and a 100,000 × 20 XLSX.
 * Run with {@code java -cp target/classes:target/test-classes:<deps> org.cxlens.importer.ReadBenchmark <dir>}.
 */
public final class ReadBenchmark {

    private ReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir"));
        Path csv = dir.resolve("bench-1m.csv");
        Path xlsx = dir.resolve("bench-100k.xlsx");
        if (!Files.exists(csv)) {
            writeCsv(csv, 1_000_000, 25);
        }
        if (!Files.exists(xlsx)) {
            writeXlsx(xlsx, 100_000, 20);
        }
        for (int run = 1; run <= 3; run++) {
            time("CSV  1,000,000 x 25", csv);
            time("XLSX   100,000 x 20", xlsx);
        }
    }

    private static void time(String label, Path file) throws Exception {
        // CPU time of this thread as well as wall time: on a shared machine the wall time says little.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        Preview preview = SurveyFiles.preview(file, ReadOptions.DETECT);
        long previewed = System.nanoTime();
        long rows = 0;
        long cells = 0;
        try (RowSource source = SurveyFiles.openData(file, preview)) {
            SourceRow row;
            while ((row = source.next()) != null) {
                rows++;
                cells += row.cells().length;
            }
        }
        long end = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        System.err.printf("%s: preview %d ms, openData %d ms, total CPU %d ms (%d rows, %d cells, %.1f MB heap used)%n",
                label, (previewed - start) / 1_000_000, (end - previewed) / 1_000_000, cpu / 1_000_000, rows, cells,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1e6);
    }

    private static void writeCsv(Path file, int rows, int cols) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            for (int c = 0; c < cols; c++) {
                w.write((c == 0 ? "" : ",") + "Column " + c);
            }
            w.write('\n');
            for (int r = 1; r <= rows; r++) {
                w.write(Integer.toString(r));
                for (int c = 1; c < cols; c++) {
                    w.write(',');
                    if (c % 5 == 0) {
                        w.write("\"Afdeling " + (r % 13) + ", team\"");
                    } else {
                        w.write(Integer.toString((r * 31 + c) % 10 + 1));
                    }
                }
                w.write('\n');
            }
        }
    }

    private static void writeXlsx(Path file, int rows, int cols) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "CX Lens benchmark", "1.0");
            Worksheet ws = wb.newWorksheet("Data");
            for (int c = 0; c < cols; c++) {
                ws.value(0, c, "Column " + c);
            }
            for (int r = 1; r <= rows; r++) {
                ws.value(r, 0, r);
                for (int c = 1; c < cols; c++) {
                    if (c % 5 == 0) {
                        ws.value(r, c, "Afdeling " + (r % 13));
                    } else {
                        ws.value(r, c, (r * 31 + c) % 10 + 1);
                    }
                }
                if (r % 10_000 == 0) {
                    ws.flush();
                }
            }
            wb.finish();
        }
    }
}
