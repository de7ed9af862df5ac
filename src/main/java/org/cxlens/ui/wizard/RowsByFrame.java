package org.cxlens.ui.wizard;

import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;
import javafx.scene.control.TableView;

/**
 * Puts a table's rows in a few at a time, a batch a frame, until its view is full; then the
 * rest at once, as rows out of view cost nothing. Each new visible row is a row of cells to
 * style and lay out, and a wide table's first screenful in one frame held the window up for
 * several hundred milliseconds. The batch halves when a frame took long and doubles when it was
 * quick. The table shows a copy of the source list that follows it once filled. FX thread only.
 */
final class RowsByFrame<T> {

    private static final long SLOW_FRAME_NANOS = 50_000_000;
    private static final long QUICK_FRAME_NANOS = 25_000_000;

    private final TableView<T> table;
    private final ObservableList<T> source;
    private final ObservableList<T> shown = FXCollections.observableArrayList();
    private final ListChangeListener<T> follow = change -> restart();
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            addBatch(now);
        }
    };
    private int batch;
    private long lastFrame;

    private RowsByFrame(TableView<T> table, ObservableList<T> source, int firstBatch) {
        this.table = table;
        this.source = source;
        this.batch = firstBatch;
        table.setItems(shown);
        // The table holds the listener; the source (a view model's list) only weakly, so a step left behind lets go.
        table.getProperties().put(RowsByFrame.class, this);
        source.addListener(new WeakListChangeListener<>(follow));
    }

    /** Fills {@code table} from {@code source}, starting from the frame after this one. */
    static <T> void fill(TableView<T> table, ObservableList<T> source, int firstBatch) {
        new RowsByFrame<>(table, source, firstBatch).restart();
    }

    static <T> void fill(TableView<T> table, List<T> rows, int firstBatch) {
        fill(table, FXCollections.observableArrayList(rows), firstBatch);
    }

    private void restart() {
        if (shown.size() <= source.size() && shown.equals(source.subList(0, shown.size()))) {
            lastFrame = 0;
            frames.start();
        } else {
            // The rows shown were replaced (another mapping applied): they are in view already, so they cost little.
            shown.setAll(source);
        }
    }

    private void addBatch(long now) {
        if (lastFrame == 0) {
            // The frame being drawn shows the step without these rows; they start in the next one.
            lastFrame = now;
            return;
        }
        long took = now - lastFrame;
        lastFrame = now;
        if (took > SLOW_FRAME_NANOS && batch > 1) {
            batch /= 2;
        } else if (took < QUICK_FRAME_NANOS) {
            batch *= 2;
        }
        int from = shown.size();
        boolean viewFull = table.getFixedCellSize() > 0 && from * table.getFixedCellSize() >= table.getHeight()
                && table.getHeight() > 0;
        int to = viewFull ? source.size() : Math.min(source.size(), from + batch);
        if (to > from) {
            shown.addAll(source.subList(from, to));
        }
        if (shown.size() >= source.size()) {
            frames.stop();
        }
    }
}
