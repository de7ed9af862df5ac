package org.cxlens.workspace;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.DriverOutcome;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.Grouping;
import org.cxlens.analysis.PerformanceMeasure;
import org.cxlens.analysis.PriorityTargets;
import org.cxlens.domain.Progress;
import org.cxlens.report.ChartDescriptions;
import org.cxlens.report.ChartMeasure;
import org.cxlens.report.ClassBarChartDescription;
import org.cxlens.report.CsvDialect;
import org.cxlens.report.DeliverableWriter;
import org.cxlens.report.DriverChartDescription;
import org.cxlens.report.HeatmapDescription;
import org.cxlens.report.MethodSection;
import org.cxlens.report.PptxWriter;
import org.cxlens.report.ReportBook;
import org.cxlens.report.ReportCover;
import org.cxlens.report.ReportTable;
import org.cxlens.report.ReportView;
import org.cxlens.report.RespondentsCsvWriter;
import org.cxlens.report.TrendChartDescription;
import org.cxlens.report.XlsxWriter;

/**
 * Times the Office writers on a project by hand, until {@code cxlens bench export} does:
 * {@code java -cp <test classpath> org.cxlens.workspace.OfficeExportTiming P.cxlens OUTDIR [pptx|xlsx|csv]...}.
 * The book holds the chart descriptions of every view (its tables are the report builder's work).
 */
public final class OfficeExportTiming {

    private OfficeExportTiming() {
    }

    public static void main(String[] args) throws Exception {
        long opening = System.nanoTime();
        try (OpenProject project = OpenProject.open(Path.of(args[0]))) {
            System.out.printf("open: %.1f s%n", (System.nanoTime() - opening) / 1e9);
            Filter filter = Filter.NONE;
            long building = System.nanoTime();
            ReportBook book = book(project, filter);
            System.out.printf("chart descriptions: %.1f s%n", (System.nanoTime() - building) / 1e9);
            for (int i = 2; i < args.length; i++) {
                DeliverableWriter writer = switch (args[i]) {
                    case "pptx" -> new PptxWriter();
                    case "xlsx" -> new XlsxWriter();
                    default -> new RespondentsCsvWriter(CsvDialect.COMMA);
                };
                resetPeaks();
                Path target = Path.of(args[1], "timing." + args[i]);
                long start = System.nanoTime();
                long cpu = processCpu();
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
                    writer.write(book, new ClassifiedProjectRespondents(project, filter, Locale.ENGLISH), out,
                            Progress.NONE);
                }
                System.out.printf("%s: %.2f s (process CPU %.2f s), %,d bytes, peak heap %,d MB%n", args[i],
                        (System.nanoTime() - start) / 1e9, (processCpu() - cpu) / 1e9, Files.size(target),
                        peakHeap() >> 20);
            }
        }
    }

    private static ReportBook book(OpenProject project, Filter filter) {
        Dashboard dashboard = project.dashboard(filter);
        ClassBarChartDescription touchpoints = ChartDescriptions.touchpoints(dashboard, PriorityTargets.DEFAULT, "Touchpoints");
        List<ReportView> views = List.of(
                view("overview", ChartDescriptions.respondents(dashboard, "Overall", "All")),
                view("touchpoints", touchpoints),
                view("departments", ChartDescriptions.departmentsWithTouchpoints(dashboard, PriorityTargets.DEFAULT,
                        "Departments", "Touchpoints")),
                view("journey", ChartDescriptions.journey(dashboard, PriorityTargets.DEFAULT, "Journey")),
                view("drivers", DriverChartDescription.of(project.drivers(filter, DriverOutcome.DELIGHT,
                        PerformanceMeasure.SATISFIED_OR_DELIGHTED), dashboard)),
                view("heatmap", HeatmapDescription.of(project.heatmap(Grouping.wave(), filter), ChartMeasure.DELIGHTED,
                        "Heatmap", dashboard.weighted())),
                view("trend", TrendChartDescription.of(project.measures(Grouping.month(), filter), ChartMeasure.DELIGHTED,
                        project.engine().settings(), "Trend", null, dashboard.weighted())));
        ReportCover cover = new ReportCover(project.name(), "", "", dashboard.respondents() + " respondents", "no filter",
                "", List.of());
        return new ReportBook(Locale.ENGLISH, cover, views,
                List.of(new MethodSection("Method", List.of("Timing run."), ReportTable.empty())), List.of());
    }

    private static ReportView view(String key, org.cxlens.report.ReportChart chart) {
        String title = Character.toUpperCase(key.charAt(0)) + key.substring(1);
        return new ReportView(key, title, chart, ReportTable.empty(), List.of());
    }

    /** CPU time of every thread of the process, so that a figure taken on a busy machine can be judged. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks: an upper bound on the heap in use at any one time. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
