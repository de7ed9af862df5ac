package org.cxlens.workspace;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import org.cxlens.analysis.Filter;
import org.cxlens.domain.CancelledException;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.Message;
import org.cxlens.domain.Progress;
import org.cxlens.report.ClassifiedRespondents;
import org.cxlens.report.DeliverableWriter;
import org.cxlens.report.PptxWriter;
import org.cxlens.report.CsvDialect;
import org.cxlens.report.ReportBook;
import org.cxlens.report.RespondentsCsvWriter;
import org.cxlens.report.Scorecard;
import org.cxlens.report.XlsxWriter;
import org.cxlens.report.pdf.PdfReportWriter;
import org.cxlens.report.pdf.PdfScorecardWriter;

/**
 * Writes a deliverable of an open project under a filter, for both front ends: the report book is
 * built once, then the format's writer writes it to a temporary file beside the target, which is
 * moved into place only when complete, so a failure or a cancel leaves no file behind.
 */
public final class Deliverables {

    /** The writer of each format that can be written; a new format is one line here. */
    private static final Map<DeliverableFormat, Function<CsvDialect, DeliverableWriter>> WRITERS = new EnumMap<>(Map.of(
            DeliverableFormat.PDF, csv -> new PdfReportWriter(),
            DeliverableFormat.SCORECARDS, csv -> new PdfScorecardWriter(),
            DeliverableFormat.PPTX, csv -> new PptxWriter(),
            DeliverableFormat.XLSX, csv -> new XlsxWriter(),
            DeliverableFormat.CSV, RespondentsCsvWriter::new));

    /** Share of the progress bar for computing the figures; writing takes the rest. */
    private static final long BUILD_SHARE = 40;

    private Deliverables() {
    }

    /** The formats with a writer, in the order of {@link DeliverableFormat}. */
    public static List<DeliverableFormat> available() {
        return List.copyOf(WRITERS.keySet());
    }

    /** A deliverable without a client's name on its cover; a CSV comma-separated. */
    public static List<Path> export(OpenProject project, Filter filter, Locale locale, DeliverableFormat format,
                                    Path target, boolean oneFilePerDepartment, Progress progress)
            throws CxLensException {
        return export(project, filter, locale, "", format, CsvDialect.COMMA, target, oneFilePerDepartment, progress);
    }

    /**
     * @param client               the client's name for the title page, blank for none
     * @param csv                  how a CSV separates its fields and writes decimals (other formats ignore it)
     * @param oneFilePerDepartment for the scorecards: a file per department beside the target,
     *                             named after it ("scorecards-Logistics.pdf"), instead of one file
     * @return the files written
     */
    public static List<Path> export(OpenProject project, Filter filter, Locale locale, String client,
                                    DeliverableFormat format, CsvDialect csv, Path target,
                                    boolean oneFilePerDepartment, Progress progress) throws CxLensException {
        Function<CsvDialect, DeliverableWriter> writer = WRITERS.get(format);
        if (writer == null) {
            throw new IllegalArgumentException("no writer is registered for " + format);
        }
        ReportBook built = format.showsFigures()
                ? ReportBuilder.build(project, filter, locale, format.scorecards(), part(progress, 0, BUILD_SHARE))
                : ReportBuilder.coverAndMethod(project, filter, locale);
        ReportBook book = new ReportBook(built.locale(), built.cover().forClient(client), built.views(), built.method(),
                built.scorecards());
        Map<Path, ReportBook> files = new LinkedHashMap<>();
        if (format.scorecards() && oneFilePerDepartment) {
            for (Scorecard scorecard : book.scorecards()) {
                files.put(target.resolveSibling(stem(target) + "-" + safe(scorecard.department()) + "."
                        + format.extension()), new ReportBook(book.locale(), book.cover(), book.views(), book.method(),
                        List.of(scorecard)));
            }
        } else {
            files.put(target, book);
        }
        ClassifiedRespondents respondents = format.listsRespondents()
                ? new ClassifiedProjectRespondents(project, filter, locale) : null;
        List<Path> written = new ArrayList<>();
        int index = 0;
        for (Map.Entry<Path, ReportBook> file : files.entrySet()) {
            long from = BUILD_SHARE + (100 - BUILD_SHARE) * index / files.size();
            long to = BUILD_SHARE + (100 - BUILD_SHARE) * (index + 1) / files.size();
            write(writer.apply(csv), file.getValue(), respondents, file.getKey(), part(progress, from, to));
            written.add(file.getKey());
            index++;
        }
        progress.update(100, 100);
        return written;
    }

    private static void write(DeliverableWriter writer, ReportBook book, ClassifiedRespondents respondents, Path target,
                              Progress progress) throws CxLensException {
        Path folder = target.toAbsolutePath().getParent();
        Path partial = null;
        try {
            partial = Files.createTempFile(folder, "." + target.getFileName(), ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                writer.write(book, respondents, out, progress);
            }
            if (progress.isCancelled()) {
                throw new CancellationException();
            }
            move(partial, target);
            partial = null;
        } catch (CancellationException e) {
            throw new CancelledException();
        } catch (IOException | RuntimeException e) {
            throw new CxLensException(Message.of("export.failed", target.toString(), reason(e)), e);
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // The partial file is hidden and named .part; nothing more can be done about it.
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String stem(Path target) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** A department's name as a file name: letters, digits, '-' and '_' kept, anything else '_'. */
    static String safe(String name) {
        String safe = name.strip().replaceAll("[^\\p{L}\\p{N}_-]+", "_");
        return safe.isEmpty() ? "_" : safe;
    }

    /** The progress of one part of the work, reported as its stretch from..to of 0–100. */
    private static Progress part(Progress whole, long from, long to) {
        return new Progress() {
            @Override
            public void update(long done, long total) {
                if (total > 0) {
                    whole.update(from + (to - from) * Math.min(done, total) / total, 100);
                }
            }

            @Override
            public boolean isCancelled() {
                return whole.isCancelled();
            }
        };
    }
}
