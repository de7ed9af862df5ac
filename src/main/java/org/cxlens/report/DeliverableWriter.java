package org.cxlens.report;

import java.io.IOException;
import java.io.OutputStream;
import org.cxlens.domain.Progress;

/**
 * Writes one deliverable format from a report book. The caller owns the target: it writes to a
 * temporary file and moves it into place only when the writer returns, so a failure or a cancel
 * never leaves half a file behind.
 */
public interface DeliverableWriter {

    /**
     * @param book        what to show
     * @param respondents the classified respondents, for the formats that list them
     * @param out         where to write; not closed here
     * @param progress    reports progress and is polled for cancel (throw {@link java.util.concurrent.CancellationException})
     */
    void write(ReportBook book, ClassifiedRespondents respondents, OutputStream out, Progress progress)
            throws IOException;
}
