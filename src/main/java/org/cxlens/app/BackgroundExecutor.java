package org.cxlens.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Named daemon threads for long work, so a crash is logged and never keeps the app alive. */
final class BackgroundExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundExecutor.class);

    private BackgroundExecutor() {
    }

    static ExecutorService create(String name) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread t = new Thread(runnable, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((thread, e) -> LOG.error("Uncaught exception in {}", thread.getName(), e));
            return t;
        };
        return Executors.newFixedThreadPool(2, factory);
    }
}
