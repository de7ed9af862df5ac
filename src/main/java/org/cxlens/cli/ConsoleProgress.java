package org.cxlens.cli;

import java.io.PrintWriter;
import org.cxlens.domain.Message;
import org.cxlens.domain.Progress;

/**
 * Progress on stderr for interactive use: one line rewritten in place, at most a few times a
 * second, and nothing at all when stderr is not a terminal (scripts, CI logs).
 */
final class ConsoleProgress implements Progress {

    private static final long INTERVAL_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final String percentKey;
    private final boolean interactive = System.console() != null;
    private long last;

    /** Progress in rows. */
    ConsoleProgress(PrintWriter err) {
        this(err, null);
    }

    /** Progress as a percentage, in a sentence of the messages bundle with the percentage as {0}. */
    ConsoleProgress(PrintWriter err, String percentKey) {
        this.err = err;
        this.percentKey = percentKey;
    }

    @Override
    public void update(long done, long total) {
        long now = System.nanoTime();
        if (!interactive || now - last < INTERVAL_NANOS && done != total) {
            return;
        }
        last = now;
        Message rows = percentKey != null && total > 0 ? Message.of(percentKey, 100 * done / total)
                : total > 0 ? Message.of("cli.progress.rowsOf", done, total) : Message.of("cli.progress.rows", done);
        err.print("\r" + rows.render());
        if (done == total) {
            err.println();
        }
        err.flush();
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
