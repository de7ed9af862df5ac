package org.cxlens.ui.wizard;

import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import org.cxlens.ui.BatchByFxWork;

/**
 * Fills a table's view a few rows at a time, a batch a frame, until it is full; then puts in the
 * rest of the rows at once, as rows out of view cost nothing. Each row in view is a row of cells
 * to style and lay out, also an empty one: a table fills the rest of its view with empty rows. So
 * while it fills, the table is only as high as the rows it has been given so far (its maximum
 * height grows a batch a frame), and it takes all the height it is given once that is less than
 * it could have, or once it has all its rows. A wide table's first screenful in one frame held the window up for several
 * hundred milliseconds. The batch halves when the FX thread worked long for a frame and doubles
 * when it was quick (its CPU time: on a busy machine the time between frames also holds waiting
 * for a core). The table shows a copy of the source list that follows it once filled. FX thread
 * only; the table has a fixed row height.
 */
final class RowsByFrame<T> {

    /**
     * From this the batch halves; below half of it, it doubles, which keeps the next frame below it
     * as well. At 70 ms the doubled batches of a wide preview's rows took 60–70 ms of the FX thread
     * in a frame in a new JVM (profiled), the longest frames left once the wizard rehearses.
     */
    private static final long SLOW_FRAME_NANOS = 40_000_000;
    /** The column headers' height until they are laid out, to size the first batch's view. */
    private static final double HEADER_GUESS = 30;

    private final TableView<T> table;
    private final ObservableList<T> source;
    private final ObservableList<T> shown = FXCollections.observableArrayList();
    private final ListChangeListener<T> follow = change -> restart();
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            addBatch();
        }
    };
    /** The table's own maximum height, back once its view is full. */
    private final double maxHeight;
    private final BatchByFxWork batch;
    private int rowsInView;
    private boolean released;

    private RowsByFrame(TableView<T> table, ObservableList<T> source, int firstBatch) {
        this.table = table;
        this.source = source;
        this.batch = new BatchByFxWork(firstBatch, SLOW_FRAME_NANOS);
        this.maxHeight = table.getMaxHeight();
        table.setItems(shown);
        limitView();
        // The table holds the listener; the source (a view model's list) only weakly, so a step left behind lets go.
        table.getProperties().put(RowsByFrame.class, this);
        source.addListener(new WeakListChangeListener<>(follow));
    }

    /** Fills {@code table} from {@code source}, starting from the frame after this one. */
    static <T> void fill(TableView<T> table, ObservableList<T> source, int firstBatch) {
        held(table, source, firstBatch).start();
    }

    static <T> void fill(TableView<T> table, List<T> rows, int firstBatch) {
        fill(table, FXCollections.observableArrayList(rows), firstBatch);
    }

    /** Gives {@code table} no rows (and a view no higher than its headers) until {@link #start}. */
    static <T> RowsByFrame<T> held(TableView<T> table, ObservableList<T> source, int firstBatch) {
        return new RowsByFrame<>(table, source, firstBatch);
    }

    static <T> RowsByFrame<T> held(TableView<T> table, List<T> rows, int firstBatch) {
        return held(table, FXCollections.observableArrayList(rows), firstBatch);
    }

    /** Puts the rows in, a batch a frame from the next one. */
    void start() {
        restart();
    }

    private void restart() {
        if (shown.size() <= source.size() && shown.equals(source.subList(0, shown.size()))) {
            batch.restart();
            frames.start();
        } else {
            // The rows shown were replaced (another mapping applied): they are in view already, so they cost little.
            shown.setAll(source);
        }
    }

    private void addBatch() {
        if (!batch.measuring()) {
            // The frame being drawn shows the step without these rows; they start in the next one.
            batch.next(false);
            return;
        }
        int from = shown.size();
        // The first batch as asked: the frames before it did other work (the step's first frame, or its columns).
        int rows = batch.next(from > 0);
        // Laid out lower than it may be: the window has no more room, the view is full. Or there
        // are no more rows: the view's empty rows below them come at once.
        released = released || from >= source.size()
                || table.getHeight() > 0 && table.getHeight() < table.getMaxHeight() - 1;
        if (released) {
            table.setMaxHeight(maxHeight);
            shown.addAll(source.subList(from, source.size()));
            frames.stop();
            return;
        }
        rowsInView += rows;
        limitView();
        shown.addAll(source.subList(from, Math.min(source.size(), rowsInView)));
    }

    /** No higher than the headers and the rows that may be in view by now: no empty rows below them to style. */
    private void limitView() {
        Node headers = table.lookup(".column-header-background");
        double top = headers instanceof Region r && r.getHeight() > 0 ? r.getHeight() : HEADER_GUESS;
        table.setMaxHeight(top + table.snappedTopInset() + table.snappedBottomInset()
                + rowsInView * table.getFixedCellSize());
    }
}
