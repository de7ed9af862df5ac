package org.cxlens.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores {@link RowChunk}s on a dedicated thread so that converting the next chunk (caller's
 * thread) overlaps with SQLite writing the previous one. At most one chunk is in flight, and the
 * connection is only used by one thread at a time: every other use of it first calls
 * {@link #await()}. A failed write surfaces on the next {@code submit} or {@code await}.
 */
final class ChunkWriter {

    private record CacheBlock(long generation, int index, byte[] data) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ChunkWriter.class);

    /** Used by the writer thread only, except when it is shut down. */
    private final BulkInsert respondents;
    private final BulkInsert comments;
    private final BulkInsert problems;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cxlens-import-writer");
        t.setDaemon(true);
        return t;
    });
    private Future<?> inFlight;
    private final List<CacheBlock> cacheBlocks = new ArrayList<>();
    private final Connection connection;
    private final long importId;

    ChunkWriter(Connection connection, long importId) {
        this.connection = connection;
        this.respondents = new BulkInsert(connection, "respondents", RowChunk.RESPONDENT_COLUMNS);
        this.comments = new BulkInsert(connection, "comments", RowChunk.COMMENT_COLUMNS);
        this.problems = new BulkInsert(connection, "problems", RowChunk.PROBLEM_COLUMNS);
        this.importId = importId;
    }

    /** Hands a filled chunk, and the cache blocks queued, to the writer thread and returns an empty chunk to fill next. */
    RowChunk submit(RowChunk full) throws SQLException, InterruptedException {
        await();
        List<CacheBlock> blocks = List.copyOf(cacheBlocks);
        cacheBlocks.clear();
        inFlight = thread.submit(() -> {
            full.write(respondents, comments, problems);
            for (CacheBlock b : blocks) {
                ColumnCache.putBlock(connection, b.generation(), b.index(), b.data());
            }
            return null;
        });
        return new RowChunk(importId);
    }

    /**
     * Queues a column cache block ({@link ColumnCache#putBlock}) to be stored with the next chunk:
     * waiting for the writer here would cost the overlap of converting and writing.
     */
    void queueCacheBlock(long generation, int index, byte[] block) {
        cacheBlocks.add(new CacheBlock(generation, index, block));
    }

    /** Waits until the chunk in flight is stored; rethrows its failure. */
    void await() throws SQLException, InterruptedException {
        if (inFlight == null) {
            return;
        }
        Future<?> f = inFlight;
        inFlight = null;
        try {
            f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql) {
                throw sql;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * Stops the thread once the chunk in flight (if any) has finished, and frees the statements.
     * Used when the import ends: a failure of that last chunk was either reported by {@link #await}
     * already or belongs to an import that is being rolled back, so it is only logged here.
     */
    void shutdown() throws SQLException {
        thread.shutdown();
        boolean interrupted = false;
        try {
            while (inFlight != null) {
                try {
                    inFlight.get();
                    inFlight = null;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    inFlight = null;
                    // Its message only: the import's own failure is what the user is told, and no trace reaches a console.
                    LOG.warn("Writing the last chunk of an abandoned import failed: {}", e.getCause().toString());
                }
            }
        } finally {
            respondents.close();
            comments.close();
            problems.close();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
