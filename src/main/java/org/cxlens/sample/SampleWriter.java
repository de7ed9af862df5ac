package org.cxlens.sample;

import java.io.IOException;
import java.io.OutputStream;
import org.cxlens.domain.CancelledException;
import org.cxlens.domain.Progress;

/** Writes every respondent of a generator in one export layout, streaming (constant memory). */
interface SampleWriter {

    /** How often writers report progress and check for cancel, in respondents. */
    int PROGRESS_INTERVAL = 10_000;

    void write(OutputStream out, SurveyGenerator respondents, Progress progress)
            throws IOException, CancelledException;

    /** Reports progress every {@link #PROGRESS_INTERVAL} respondents and stops on cancel. */
    static void tick(int done, int total, Progress progress) throws CancelledException {
        if (done % PROGRESS_INTERVAL == 0 || done == total) {
            progress.update(done, total);
            if (progress.isCancelled()) {
                throw new CancelledException();
            }
        }
    }
}
