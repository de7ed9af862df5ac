package org.cxlens.app;

import java.util.function.Consumer;
import javafx.application.Platform;
import org.cxlens.domain.Message;
import org.cxlens.ui.UnexpectedError;
import org.cxlens.workspace.ErrorLog;

/**
 * Every error no code caught, on any thread (the FX thread, the background executors, library
 * threads): its trace to the error log, written on the failing thread so that running out of
 * memory gives the heap reserve back at once, and its one sentence shown on the FX thread, never
 * a trace. The same error again within a few seconds (one per frame, say) is neither logged nor
 * shown again: one dialog, and a log that keeps the first trace.
 */
final class UncaughtErrors implements Thread.UncaughtExceptionHandler {

    private static final long QUIET_NANOS = 5_000_000_000L;

    /** Null until the window is up: before that, the sentence goes to stderr. */
    private volatile Consumer<Message> shown;
    private String lastSummary;
    private long lastAt;

    /** Sentences go to {@code show} on the FX thread from now on, instead of stderr. */
    void showIn(Consumer<Message> show) {
        shown = show;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable e) {
        if (repeated(e)) {
            return;
        }
        Message sentence = UnexpectedError.logged(e);
        Consumer<Message> show = shown;
        if (show == null) {
            // No window to show it in, and perhaps no JavaFX (no display): waiting for one would hang.
            System.err.println(sentence.render());
        } else if (Platform.isFxApplicationThread()) {
            show.accept(sentence);
        } else {
            try {
                Platform.runLater(() -> show.accept(sentence));
            } catch (IllegalStateException noToolkit) {
                System.err.println(sentence.render());
            }
        }
    }

    private synchronized boolean repeated(Throwable e) {
        String summary = ErrorLog.summary(e);
        long now = System.nanoTime();
        boolean again = summary.equals(lastSummary) && now - lastAt < QUIET_NANOS;
        lastSummary = summary;
        lastAt = now;
        return again;
    }
}
