package org.cxlens.ui.drill;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.animation.AnimationTimer;
import javafx.scene.control.Skin;
import javafx.scene.control.SkinBase;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableRowSkin;
import javafx.util.Callback;

/**
 * A table's row factory whose rows make their cells a few rows a pulse when the table first fills
 * its view. A row makes and styles a cell for every column of the table, those out of view
 * included (a wide table's row is as wide as all its columns, so JavaFX keeps every cell in the
 * scene), and a screenful of rows with a few dozen columns held the FX thread up for 100–300 ms in
 * one frame. Until {@link #start()} and then until its turn, a row has an empty skin: it shows as a
 * row without text (its background and selection) and gets its cells, top row first, in one of the
 * next pulses; the rows a pulse double while pulses are quick and halve when one was slow. Once
 * every row waiting has its cells, new rows make theirs at once. FX thread only.
 */
final class RowCellsByPulse<T> implements Callback<TableView<T>, TableRow<T>> {

    /**
     * A pulse in which the FX thread worked this long or longer halves the rows of the next; one this
     * short doubles them. Its work, not its wall time: on a busy machine a pulse's wall time is mostly
     * waiting for a core, which fewer rows would not shorten.
     */
    private static final long SLOW_PULSE_NANOS = 40_000_000;
    private static final long QUICK_PULSE_NANOS = 20_000_000;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private int rowsAPulse;
    private boolean filled;
    /** The FX thread's CPU time at the last pulse's rows, 0 before the first. */
    private long lastCpu;
    private final Deque<TableRow<T>> waiting = new ArrayDeque<>();
    private final AnimationTimer pulses = new AnimationTimer() {
        @Override
        public void handle(long now) {
            nextRows(threads.getCurrentThreadCpuTime());
        }
    };

    /** @param firstRows the rows that make their cells in the first pulse after {@link #start()} */
    RowCellsByPulse(int firstRows) {
        this.rowsAPulse = firstRows;
    }

    @Override
    public TableRow<T> call(TableView<T> table) {
        return new TableRow<>() {
            @Override
            protected Skin<?> createDefaultSkin() {
                return skinFor(this);
            }
        };
    }

    /** Lets the rows made so far make their cells, a few from the next pulse on, and the rows after them theirs. */
    void start() {
        lastCpu = 0;
        pulses.start();
    }

    private Skin<?> skinFor(TableRow<T> row) {
        if (filled) {
            return new TableRowSkin<>(row);
        }
        waiting.add(row);
        return new WaitingRow<>(row);
    }

    private void nextRows(long cpu) {
        long worked = cpu - lastCpu;
        if (lastCpu != 0 && worked >= SLOW_PULSE_NANOS && rowsAPulse > 1) {
            rowsAPulse /= 2;
        } else if (lastCpu != 0 && worked < QUICK_PULSE_NANOS) {
            rowsAPulse *= 2;
        }
        lastCpu = cpu;
        int shown = 0;
        while (shown < rowsAPulse && !waiting.isEmpty()) {
            TableRow<T> row = waiting.poll();
            row.setSkin(new TableRowSkin<>(row));
            // A row the table has set aside (its rows were made anew) is not styled until it is shown again: it costs next to nothing.
            if (row.getScene() != null && row.isVisible()) {
                shown++;
            }
        }
        if (waiting.isEmpty()) {
            pulses.stop();
            filled = true;
        }
    }

    /** The skin of a row waiting for its cells: nothing inside the row's own background. */
    private static final class WaitingRow<T> extends SkinBase<TableRow<T>> {

        WaitingRow(TableRow<T> row) {
            super(row);
        }
    }
}
