package org.cxlens.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Holds the work handed to it until {@link #finish}, which runs it in place on the calling (FX) thread. */
public final class HeldRunner implements TaskRunner {

    private final List<Runnable> held = new ArrayList<>();
    private final SyncRunner inPlace = new SyncRunner();

    @Override
    public <T> void run(Tasks.Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        held.add(() -> inPlace.run(work, onSuccess, onError));
    }

    /** Whether any work is held. */
    public boolean holding() {
        return !held.isEmpty();
    }

    /** Runs the work held so far. */
    public void finish() {
        List<Runnable> now = List.copyOf(held);
        held.clear();
        now.forEach(Runnable::run);
    }
}
