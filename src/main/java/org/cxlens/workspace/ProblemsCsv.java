package org.cxlens.workspace;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cxlens.domain.CancelledException;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.ImportProblem;
import org.cxlens.domain.Message;
import org.cxlens.domain.Progress;
import org.cxlens.report.CsvCells;
import org.cxlens.report.CsvDialect;
import org.cxlens.storage.ProjectFile;

/**
 * Writes the problems of one import (a search applied) as CSV in the dialect asked for, read from the file a page at a
 * time so a million problems never sit in memory at once; cells are neutralised against formula
 * injection, reasons are in the language asked for. A cancelled or failed export removes its file.
 */
final class ProblemsCsv {

    private static final int PAGE = 2_000;

    private ProblemsCsv() {
    }

    static void write(ProjectFile file, long importId, String search, Path target, Locale locale,
                      CsvDialect dialect, Progress progress) throws CxLensException {
        try {
            writeCsv(file, importId, search, target, locale, dialect, progress);
        } catch (CxLensException | RuntimeException e) {
            try {
                Files.deleteIfExists(target);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    private static void writeCsv(ProjectFile file, long importId, String search, Path target, Locale locale,
                                 CsvDialect dialect, Progress progress) throws CxLensException {
        long total = file.problemCount(importId, search, locale);
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            line(out, dialect, Stream.of("row", "column", "value", "reason")
                    .map(h -> Message.of("project.problems.csv." + h).render(locale)).toList());
            for (long offset = 0; offset < total; offset += PAGE) {
                if (progress.isCancelled()) {
                    throw new CancelledException();
                }
                for (ImportProblem p : file.problems(importId, search, locale, offset, PAGE)) {
                    line(out, dialect, List.of(String.valueOf(p.row()), nullToEmpty(p.column()), nullToEmpty(p.rawValue()),
                            p.reason().render(locale)));
                }
                progress.update(Math.min(total, offset + PAGE), total);
            }
        } catch (IOException e) {
            throw new CxLensException(Message.of("project.problems.exportFailed", target, e.getMessage()), e);
        }
    }

    private static void line(BufferedWriter out, CsvDialect dialect, List<String> cells) throws IOException {
        out.write(cells.stream().map(c -> dialect.field(CsvCells.neutralised(c)))
                .collect(Collectors.joining(String.valueOf(dialect.separator()))));
        out.write("\r\n");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
