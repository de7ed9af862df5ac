package org.cxlens.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import org.cxlens.domain.Expectation;
import org.cxlens.domain.ImportCounts;
import org.cxlens.domain.ImportMeta;
import org.cxlens.domain.ImportSink;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.RespondentRecord;
import org.cxlens.domain.Scale;
import org.cxlens.domain.SurveyData;
import org.cxlens.domain.TouchpointSpec;

/**
 * Not a test: times an import of N respondents × 15 touchpoints and the loads after it.
 * Run with the test classpath: {@code java -cp ... org.cxlens.storage.StorageBenchmark [N]}.
 * The records are built before timing starts so only the storage part is measured.
 */
public final class StorageBenchmark {

    private static final int TOUCHPOINTS = 15;

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Random random = new Random(42);
        String[] waves = {"2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"};
        String[] regions = {"North", "South", "East", "West", "Zuid-Holland \"ZH\""};
        RespondentRecord[] records = new RespondentRecord[n];
        LocalDateTime start = LocalDateTime.of(2024, 1, 1, 0, 0);
        for (int i = 0; i < n; i++) {
            double[] scores = new double[TOUCHPOINTS];
            Expectation[] expectations = new Expectation[TOUCHPOINTS];
            for (int t = 0; t < TOUCHPOINTS; t++) {
                scores[t] = random.nextInt(10) == 0 ? Double.NaN : random.nextInt(11);
                expectations[t] = random.nextInt(3) == 0 ? null : Expectation.values()[random.nextInt(3)];
            }
            records[i] = new RespondentRecord("R" + i, i + 2, null, waves[i % 4], start.plusDays(i % 365), Double.NaN,
                    random.nextInt(11), Expectation.AS_EXPECTED, random.nextInt(11), scores, expectations,
                    new String[] {regions[i % 5], i % 2 == 0 ? "web" : "shop"}, List.of());
        }
        Path dir = Files.createTempDirectory("cxlens-bench");
        Path file = dir.resolve("bench.cxlens");
        try (ProjectFile project = ProjectFile.create(file)) {
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            try (ImportSink sink = project.begin(new ImportMeta("bench.csv", "abc", null, "{}", Instant.now(),
                    Scale.of(0, 10), Scale.of(0, 10)))) {
                for (int t = 0; t < TOUCHPOINTS; t++) {
                    sink.touchpoint(new TouchpointSpec("Touchpoint " + t, "Dept " + t % 3, MomentType.STANDARD, t,
                            Scale.of(0, 10)));
                }
                sink.attributes(List.of("Region", "Channel"));
                java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
                long callerCpu0 = threads.getCurrentThreadCpuTime();
                long loop0 = System.nanoTime();
                for (RespondentRecord r : records) {
                    sink.respondent(r);
                }
                System.out.printf("  respondent() loop: %d ms wall, caller thread %d ms CPU%n",
                        (System.nanoTime() - loop0) / 1_000_000,
                        (threads.getCurrentThreadCpuTime() - callerCpu0) / 1_000_000);
                long tc = System.nanoTime();
                sink.commit(new ImportCounts(n, n, 0, 0));
                System.out.printf("  of which commit (last chunk, column cache, fsync): %d ms%n",
                        (System.nanoTime() - tc) / 1_000_000);
            }
            long t1 = System.nanoTime();
            long cpu1 = os.getProcessCpuTime();
            SurveyData cached = project.loadSurveyData();
            long t2 = System.nanoTime();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM column_cache");
            }
            long t3 = System.nanoTime();
            SurveyData rebuilt = project.loadSurveyData();
            long t4 = System.nanoTime();
            System.out.printf("import %d respondents: %d ms wall, %d ms CPU (all threads incl. GC)%n", n,
                    (t1 - t0) / 1_000_000, (cpu1 - cpu0) / 1_000_000);
            System.out.printf("loadSurveyData from the column cache the import wrote: %d ms (size %d)%n",
                    (t2 - t1) / 1_000_000, cached.size());
            System.out.printf("loadSurveyData from the tables, rewriting the cache: %d ms (size %d)%n",
                    (t4 - t3) / 1_000_000, rebuilt.size());
        }
        System.out.printf("file size: %d MB%n", Files.size(file) >> 20);
        Files.delete(file);
        Files.delete(dir);
    }
}
