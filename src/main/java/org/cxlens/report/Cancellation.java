package org.cxlens.report;

import java.util.concurrent.CancellationException;
import org.cxlens.domain.Progress;

/** How a writer stops when its caller cancels: by the exception {@link DeliverableWriter} names. */
final class Cancellation {

    private Cancellation() {
    }

    static void check(Progress progress) {
        if (progress.isCancelled()) {
            throw new CancellationException();
        }
    }
}
