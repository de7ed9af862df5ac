package org.cxlens.ui;

import java.util.function.Consumer;
import org.cxlens.domain.Progress;

/** Runs the work in place, so view models are tested without an FX thread or a window. */
public final class SyncRunner implements TaskRunner {

    @Override
    public <T> void run(Tasks.Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        T result;
        try {
            result = work.run(Progress.NONE);
        } catch (Exception e) {
            onError.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
