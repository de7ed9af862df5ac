package org.cxlens.ui;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.cxlens.domain.Progress;

/**
 * A small fluent wrapper around {@link Task} so long work (import, open, export) always runs off
 * the FX thread, reports progress through the plain {@link Progress} callback of the core code,
 * and hands its result or error back on the FX thread.
 */
public final class Tasks {

    /** Work that reports progress through the core's callback. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    private Tasks() {
    }

    public static <T> Builder<T> create(Work<T> work) {
        return new Builder<>(work);
    }

    public static final class Builder<T> {
        private final Work<T> work;
        private Consumer<T> onSuccess = r -> { };
        private Consumer<Throwable> onError = e -> { };
        private Runnable andFinally = () -> { };

        private Builder(Work<T> work) {
            this.work = Objects.requireNonNull(work);
        }

        public Builder<T> onSuccess(Consumer<T> action) {
            this.onSuccess = action;
            return this;
        }

        public Builder<T> onError(Consumer<Throwable> action) {
            this.onError = action;
            return this;
        }

        public Builder<T> andFinally(Runnable action) {
            this.andFinally = action;
            return this;
        }

        public Task<T> build() {
            Task<T> task = new Task<>() {
                @Override
                protected T call() throws Exception {
                    return work.run(new Progress() {
                        @Override
                        public void update(long done, long total) {
                            updateProgress(done, total);
                        }

                        @Override
                        public boolean isCancelled() {
                            return Thread.currentThread().isInterrupted() || isCancelledTask();
                        }
                    });
                }

                private boolean isCancelledTask() {
                    return isCancelled();
                }
            };
            task.setOnSucceeded(e -> {
                onSuccess.accept(task.getValue());
                andFinally.run();
            });
            task.setOnFailed(e -> {
                onError.accept(task.getException());
                andFinally.run();
            });
            task.setOnCancelled(e -> andFinally.run());
            return task;
        }

        public Task<T> runOn(Executor executor) {
            Task<T> task = build();
            executor.execute(task);
            return task;
        }
    }
}
