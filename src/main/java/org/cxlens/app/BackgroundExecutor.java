package org.cxlens.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.cxlens.ui.BackgroundPriority;

/**
 * Named daemon threads for long work, so a crash never keeps the app alive, below the FX thread in
 * the scheduling ({@link BackgroundPriority}). A crash goes to the process's default handler: in the
 * app, {@link UncaughtErrors}, which logs it and says so in one sentence.
 */
final class BackgroundExecutor {

    private BackgroundExecutor() {
    }

    static ExecutorService create(String name) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = runnable -> BackgroundPriority.daemonThread(name + "-" + count.incrementAndGet(), runnable);
        return Executors.newFixedThreadPool(2, factory);
    }
}
