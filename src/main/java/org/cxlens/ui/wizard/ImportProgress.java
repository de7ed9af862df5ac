package org.cxlens.ui.wizard;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import org.cxlens.domain.Progress;

/**
 * Progress of long work, written by the worker and read on the FX thread when the view asks
 * ({@link #refresh}, several times a second): the worker never waits for the screen, and the
 * screen repaints at its own pace however fast rows arrive. Cancel is a flag the work polls.
 */
public final class ImportProgress {

    private final LongSupplier clock;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong(-1);
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile long started;
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyLongWrapper rows = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper rowsPerSecond = new ReadOnlyLongWrapper();

    public ImportProgress() {
        this(System::nanoTime);
    }

    /** @param clock nanoseconds, for tests */
    ImportProgress(LongSupplier clock) {
        this.clock = clock;
    }

    /** A fresh callback for the next piece of work: counts from zero, not cancelled; call on the FX thread. */
    public Progress start() {
        done.set(0);
        total.set(-1);
        cancelled.set(false);
        started = clock.getAsLong();
        refresh();
        return new Progress() {
            @Override
            public void update(long d, long t) {
                done.set(d);
                total.set(t);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get() || Thread.currentThread().isInterrupted();
            }
        };
    }

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Copies the worker's counts into the properties; call on the FX thread. */
    public void refresh() {
        long d = done.get();
        long t = total.get();
        fraction.set(t > 0 ? Math.min(1, d / (double) t) : -1);
        rows.set(d);
        double seconds = (clock.getAsLong() - started) / 1e9;
        rowsPerSecond.set(seconds > 0 ? Math.round(d / seconds) : 0);
    }

    /** 0–1, or −1 while the total is unknown (an indeterminate bar). */
    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty rowsPerSecondProperty() {
        return rowsPerSecond.getReadOnlyProperty();
    }
}
