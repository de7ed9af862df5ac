package org.cxlens.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.cxlens.domain.Progress;

/**
 * The classified respondents as CSV in the dialect asked for (comma or semicolon, see
 * {@link CsvDialect}), UTF-8 with a byte-order mark so that Excel reads accented names right,
 * every text cell neutralised against formula injection, numbers plain. Streamed: a million rows
 * never sit in memory.
 */
public final class RespondentsCsvWriter implements DeliverableWriter {

    /** Rows between progress reports and cancel checks. */
    static final int REPORT_EVERY = 10_000;

    private final CsvDialect dialect;

    public RespondentsCsvWriter(CsvDialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public void write(ReportBook book, ClassifiedRespondents respondents, OutputStream out, Progress progress)
            throws IOException {
        Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        csv.write('\uFEFF');
        csv.write(respondents.headers().stream().map(h -> dialect.field(CsvCells.neutralised(h)))
                .collect(Collectors.joining(String.valueOf(dialect.separator()))));
        csv.write("\r\n");
        long total = respondents.count();
        long[] done = {0};
        try {
            respondents.forEach(row -> {
                try {
                    line(csv, row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (++done[0] % REPORT_EVERY == 0) {
                    Cancellation.check(progress);
                    progress.update(done[0], total);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
        progress.update(total, total);
    }

    private void line(Writer csv, List<ReportCell> row) throws IOException {
        for (int i = 0; i < row.size(); i++) {
            if (i > 0) {
                csv.write(dialect.separator());
            }
            csv.write(dialect.field(field(row.get(i))));
        }
        csv.write("\r\n");
    }

    /** A number as a plain number (no grouping, the dialect's decimal mark); text neutralised. */
    private String field(ReportCell cell) {
        return cell.numeric() ? dialect.number(cell.value()) : CsvCells.neutralised(cell.text());
    }
}
