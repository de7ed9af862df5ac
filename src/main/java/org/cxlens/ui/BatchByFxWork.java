package org.cxlens.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * How many items (rows, cells) to put in a frame, kept to a frame's worth of the FX thread's own
 * work: halved after a frame in which it worked {@code slowNanos} or longer, doubled after one under
 * half of that. Its CPU time, not the time between frames: on a busy machine that is mostly waiting
 * for a core, which a smaller batch would not shorten. FX thread only.
 */
public final class BatchByFxWork {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final long slowNanos;
    private final int max;
    private int size;
    /** The FX thread's CPU time at the last frame measured, 0 before the first. */
    private long last;

    public BatchByFxWork(int first, long slowNanos) {
        this(first, slowNanos, Integer.MAX_VALUE);
    }

    /** A batch that never doubles past {@code max}. */
    public BatchByFxWork(int first, long slowNanos, int max) {
        this.size = Math.min(first, max);
        this.slowNanos = slowNanos;
        this.max = max;
    }

    /** Starts measuring afresh: the next frame's work is not judged. */
    public void restart() {
        last = 0;
    }

    /** Whether a frame has been measured since the start or the last {@link #restart()}. */
    public boolean measuring() {
        return last != 0;
    }

    /**
     * Called once a frame, before its batch is put in: the batch for this frame. The work since the
     * last call changes the size only when {@code judge} (the frames before the first batch did other
     * work) and a frame was measured before.
     */
    public int next(boolean judge) {
        long now = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
        if (judge && last != 0) {
            long worked = now - last;
            if (worked >= slowNanos && size > 1) {
                size /= 2;
            } else if (worked < slowNanos / 2) {
                size = (int) Math.min((long) size * 2, max);
            }
        }
        last = now;
        return size;
    }
}
