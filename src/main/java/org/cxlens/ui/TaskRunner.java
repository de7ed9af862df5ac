package org.cxlens.ui;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs long work off the FX thread and hands its result or error back on it. View models take
 * one, so their tests can run the work in place without a window.
 */
public interface TaskRunner {

    <T> void run(Tasks.Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError);

    /** Work on the executor, results on the FX thread through {@link Tasks}. */
    static TaskRunner on(Executor executor) {
        return new TaskRunner() {
            @Override
            public <T> void run(Tasks.Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
                Tasks.create(work).onSuccess(onSuccess).onError(onError).runOn(executor);
            }
        };
    }
}
