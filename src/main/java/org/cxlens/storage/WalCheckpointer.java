package org.cxlens.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * Copies committed WAL pages into the database file on a background thread, through its own
 * connection. A big import is durable once its WAL is synced; copying its pages (about a second
 * for a million respondents) need not keep the user waiting. The project's own connection has
 * automatic checkpoints turned off; its close performs the final one.
 */
final class WalCheckpointer {

    private static final Logger LOG = LoggerFactory.getLogger(WalCheckpointer.class);

    private final Path file;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cxlens-wal-checkpoint");
        t.setDaemon(true);
        return t;
    });
    private Future<?> running;

    WalCheckpointer(Path file) {
        this.file = file;
    }

    /** Starts a checkpoint unless one is still running (that one will see the new pages too, or the next will). */
    void request() {
        if (running == null || running.isDone()) {
            running = thread.submit(this::checkpoint);
        }
    }

    private void checkpoint() {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(5_000);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            // PASSIVE never blocks the project's connection; pages it cannot copy now are copied later.
            st.execute("PRAGMA wal_checkpoint(PASSIVE)");
        } catch (SQLException e) {
            // Nothing is lost: the pages stay in the WAL and the close's checkpoint copies them.
            LOG.warn("Background checkpoint of {} failed: {}", file, e.getMessage());
        }
    }

    /** Waits for a running checkpoint and stops the thread. */
    void shutdown() {
        thread.shutdown();
        boolean interrupted = false;
        while (running != null) {
            try {
                running.get();
                running = null;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                running = null;
                LOG.warn("Background checkpoint of {} failed", file, e.getCause());
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
