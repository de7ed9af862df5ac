package org.cxlens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.junit.jupiter.api.Test;

/** A batch doubles after a quick frame, never past its most, and halves after a slow one: by the thread's own CPU time. */
class BatchByFxWorkTest {

    private static final long SLOW = 20_000_000;

    @Test
    void doublesAfterQuickFramesUpToItsMostAndHalvesAfterASlowOne() {
        BatchByFxWork batch = new BatchByFxWork(3, SLOW, 10);
        assertThat(batch.next(true)).isEqualTo(3);
        assertThat(batch.next(true)).isEqualTo(6);
        assertThat(batch.next(true)).isEqualTo(10);
        assertThat(batch.next(true)).isEqualTo(10);
        work(SLOW + SLOW / 2);
        assertThat(batch.next(true)).isEqualTo(5);
    }

    @Test
    void withoutAMostItKeepsDoubling() {
        BatchByFxWork batch = new BatchByFxWork(3, SLOW);
        batch.next(true);
        batch.next(true);
        batch.next(true);
        assertThat(batch.next(true)).isEqualTo(24);
    }

    /** Keeps this thread busy for {@code nanos} of its CPU time. */
    private static void work(long nanos) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long until = threads.getCurrentThreadCpuTime() + nanos;
        double sink = 0;
        while (threads.getCurrentThreadCpuTime() < until) {
            sink += Math.sqrt(sink + 1);
        }
        assertThat(sink).isPositive();
    }
}
