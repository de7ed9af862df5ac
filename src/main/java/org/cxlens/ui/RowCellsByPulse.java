package org.cxlens.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Skin;
import javafx.scene.control.SkinBase;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableRowSkin;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Callback;

/**
 * A table's row factory whose rows make their cells a few rows a pulse when the table first fills
 * its view. A row makes and styles a cell for every column of the table, those out of view
 * included (a wide table's row is as wide as all its columns, so JavaFX keeps every cell in the
 * scene), and a screenful of rows with a few dozen columns held the FX thread up for 100–300 ms in
 * one frame. A table also fills the rest of its view with empty rows, each with all its cells: a
 * page's table of four rows, as tall as the page, held the FX thread 60–140 ms as it first got
 * them. Until {@link #start()} and then until its turn, a row has an empty skin: it shows as a row
 * without text (its background and selection) and gets its cells, top row first, in one of the
 * next pulses; the rows a pulse double while pulses are quick and halve when one was slow, up to a
 * most. Once every row waiting has its cells, new rows make theirs at once, up to that most in a
 * pulse: a table whose items came after its first rows made all its rows anew, every one with its
 * cells (a 140 ms pulse on the Project page); the rows past the most wait as the first did. An
 * empty row makes no cells until it gets an item. Started before the table has rows, the pulses
 * begin with its first row. FX thread only.
 *
 * @param <T> the table's row type
 */
public final class RowCellsByPulse<T> implements Callback<TableView<T>, TableRow<T>> {

    /** A pulse in which the FX thread worked this long or longer halves the rows of the next; one under half of it doubles them. */
    private static final long SLOW_PULSE_NANOS = 40_000_000;

    /** The top and bottom padding of a table cell in the default style sheet, in ems. */
    private static final double CELL_PADDING_EM = 0.333;

    private final BatchByFxWork rowsAPulse;
    private final Consumer<TableRow<T>> configure;
    private final int maxRows;
    private boolean started;
    /** Whether the rows of the table's first items have all made their cells: empty rows alone do not fill it. */
    private boolean filled;
    /** Whether a row with an item made its cells since {@link #start()}. */
    private boolean madeAny;
    /** Rows that made their cells at once, once filled, since the last pulse began. */
    private int madeAtOnce;
    private final Deque<TableRow<T>> waiting = new ArrayDeque<>();
    private final AnimationTimer pulses = new AnimationTimer() {
        @Override
        public void handle(long now) {
            madeAtOnce = 0;
            if (waiting.isEmpty()) {
                pulses.stop();
            } else {
                nextRows();
            }
        }
    };

    /**
     * @param firstRows the rows that make their cells in the first pulse after {@link #start()}
     * @param maxRows the most rows that make their cells in one pulse, however quick the pulses
     * @param configure what each new row gets (style classes, handlers), as a row factory would give it
     */
    public RowCellsByPulse(int firstRows, int maxRows, Consumer<TableRow<T>> configure) {
        this.rowsAPulse = new BatchByFxWork(firstRows, SLOW_PULSE_NANOS, maxRows);
        this.maxRows = maxRows;
        this.configure = configure;
    }

    @Override
    public TableRow<T> call(TableView<T> table) {
        TableRow<T> row = new TableRow<>() {
            @Override
            protected Skin<?> createDefaultSkin() {
                return skinFor(this);
            }
        };
        configure.accept(row);
        return row;
    }

    /** Lets the rows made so far make their cells, a few from the next pulse on, and the rows after them theirs. */
    public void start() {
        started = true;
        rowsAPulse.restart();
        if (!waiting.isEmpty()) {
            pulses.start();
        }
    }

    private Skin<?> skinFor(TableRow<T> row) {
        if (filled && madeAtOnce < maxRows) {
            // A few rows at once (a table grown by a row or two); the pulses count them afresh each pulse.
            madeAtOnce++;
            pulses.start();
            return new TableRowSkin<>(row);
        }
        waiting.add(row);
        if (started) {
            pulses.start();
        }
        return new WaitingRow<>(row);
    }

    private void nextRows() {
        int rows = rowsAPulse.next(true);
        int shown = 0;
        while (shown < rows && !waiting.isEmpty()) {
            TableRow<T> row = waiting.poll();
            if (row.isEmpty()) {
                waitForItem(row);
                continue;
            }
            row.setSkin(new TableRowSkin<>(row));
            madeAny = true;
            // A row the table has set aside (its rows were made anew) is not styled until it is shown again: it costs next to nothing.
            if (row.getScene() != null && row.isVisible()) {
                shown++;
            }
        }
        if (waiting.isEmpty()) {
            pulses.stop();
            filled = madeAny;
        }
    }

    /**
     * Keeps an empty row's skin empty until the row gets an item: an empty row shows its background
     * and nothing else, and the rows filling a page's table below its few items made and styled a
     * cell for every column each (half the FX work of the Priorities page's heaviest pulse). The
     * row then waits its turn as a new row does.
     */
    private void waitForItem(TableRow<T> row) {
        row.emptyProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> empty, Boolean was, Boolean now) {
                if (!now) {
                    empty.removeListener(this);
                    waiting.add(row);
                    pulses.start();
                }
            }
        });
    }

    /** The skin of a row waiting for its cells: nothing inside the row's own background. */
    private static final class WaitingRow<T> extends SkinBase<TableRow<T>> {

        /** The font {@link #lineHeight} was measured in: a row's layout asks its height again and again. */
        private Font measured;
        private double lineHeight;

        WaitingRow(TableRow<T> row) {
            super(row);
        }

        /**
         * A row of one line of text: the table's fixed row height, if it has one. Empty, it would be
         * as high as its padding, and a table whose rows grow with their text filled its view with
         * dozens of them, its own rows pushed out of it.
         */
        @Override
        protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
            TableView<T> table = getSkinnable().getTableView();
            if (table != null && table.getFixedCellSize() > 0) {
                return table.getFixedCellSize();
            }
            Font font = getSkinnable().getFont();
            if (!font.equals(measured)) {
                Text line = new Text("Hg");
                line.setFont(font);
                lineHeight = line.getLayoutBounds().getHeight() + CELL_PADDING_EM * font.getSize();
                measured = font;
            }
            return lineHeight + top + bottom;
        }
    }
}
