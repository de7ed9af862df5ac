package org.cxlens.importer.read;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.cxlens.domain.CancelledException;
import org.cxlens.domain.CxLensException;
import org.cxlens.importer.RowSource;
import org.cxlens.importer.SourceRow;

/**
 * Reads rows on a thread of its own, a few batches ahead of the caller, so that parsing the file
 * (for CSV about a third of the import loop) overlaps with converting and storing the rows. Rows,
 * the end and a read failure reach the caller in exactly the order the source gave them. At most
 * {@link #BATCHES} batches of {@link #BATCH} rows wait, so memory stays bounded. The source is
 * used by one thread at a time: the reader thread until it stops, then {@link #close}.
 */
public final class ReadAhead implements RowSource {

    static final int BATCH = 512;
    static final int BATCHES = 4;
    private static final long POLL_MILLIS = 50;

    /**
     * A run of rows with the source's fraction read after each, then possibly the end or the
     * failure that stopped reading (and the fraction read then).
     */
    private record Batch(SourceRow[] rows, double[] fractions, int size, boolean last, Throwable failure,
                         double fractionAtEnd) {
    }

    private final RowSource source;
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES);
    private final Thread reader;
    private volatile boolean closed;
    private Batch current;
    private int next;
    private double fraction;

    private ReadAhead(RowSource source) {
        this.source = source;
        this.reader = new Thread(this::readAll, "cxlens-import-reader");
        reader.setDaemon(true);
    }

    /** Starts reading the source ahead; the returned source owns it and closes it. */
    public static ReadAhead start(RowSource source) {
        ReadAhead ahead = new ReadAhead(source);
        ahead.reader.start();
        return ahead;
    }

    private void readAll() {
        try {
            while (!closed) {
                SourceRow[] rows = new SourceRow[BATCH];
                double[] fractions = new double[BATCH];
                int n = 0;
                SourceRow row = null;
                Throwable failure = null;
                try {
                    while (n < BATCH && (row = source.next()) != null) {
                        fractions[n] = source.fractionRead();
                        rows[n++] = row;
                    }
                } catch (CxLensException | RuntimeException | Error e) {
                    // Handed over rather than thrown here, so the caller never waits for rows that cannot come.
                    failure = e;
                }
                boolean last = failure != null || row == null;
                if (!hand(new Batch(rows, fractions, n, last, failure, source.fractionRead())) || last) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            // Nobody interrupts this private thread (close() stops it through the flag); keep the status anyway.
            Thread.currentThread().interrupt();
        }
    }

    /** Queues a batch, giving up when the caller closes meanwhile; true when queued. */
    private boolean hand(Batch batch) throws InterruptedException {
        while (!closed) {
            if (queue.offer(batch, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public SourceRow next() throws CxLensException {
        while (current == null || next == current.size()) {
            if (current != null && current.last()) {
                fraction = current.fractionAtEnd();
                Throwable failure = current.failure();
                if (failure instanceof CxLensException e) {
                    throw e;
                }
                if (failure instanceof RuntimeException e) {
                    throw e;
                }
                if (failure instanceof Error e) {
                    throw e;
                }
                return null;
            }
            try {
                current = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            }
            next = 0;
        }
        SourceRow row = current.rows()[next];
        current.rows()[next] = null;
        fraction = current.fractions()[next++];
        return row;
    }

    @Override
    public double fractionRead() {
        return fraction;
    }

    /** Stops the reader thread (it finishes at most the batch it is reading), then closes the source. */
    @Override
    public void close() throws CxLensException {
        closed = true;
        queue.clear();
        boolean interrupted = false;
        while (reader.isAlive()) {
            try {
                reader.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        try {
            source.close();
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
