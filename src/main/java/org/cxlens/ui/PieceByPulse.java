package org.cxlens.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs pieces of work one per pulse of a scene: each piece after the layout of the pulse that
 * styled and laid out the one before, so a pulse holds one piece's building, CSS and layout
 * instead of all of them at once. {@link #finish()} runs what is left at once, for when the
 * result is needed now; {@link #stop()} drops it, for when it is no longer wanted. FX thread only.
 */
public final class PieceByPulse {

    private final Scene scene;
    private final Deque<Runnable> pieces;
    private final Runnable next = this::scheduleNext;

    private PieceByPulse(Scene scene, List<Runnable> pieces) {
        this.scene = scene;
        this.pieces = new ArrayDeque<>(pieces);
    }

    /** Starts with the pulse after the next layout of {@code scene}. */
    public static PieceByPulse start(Scene scene, List<Runnable> pieces) {
        PieceByPulse chain = new PieceByPulse(scene, pieces);
        chain.awaitPulse();
        return chain;
    }

    /** Runs the pieces not run yet, now. */
    public void finish() {
        scene.removePostLayoutPulseListener(next);
        while (!pieces.isEmpty()) {
            pieces.poll().run();
        }
    }

    /** Drops the pieces not run yet. */
    public void stop() {
        scene.removePostLayoutPulseListener(next);
        pieces.clear();
    }

    private void scheduleNext() {
        scene.removePostLayoutPulseListener(next);
        Platform.runLater(() -> {
            Runnable piece = pieces.poll();
            if (piece == null) {
                return;
            }
            piece.run();
            if (!pieces.isEmpty()) {
                awaitPulse();
            }
        });
    }

    /** A piece that changes nothing on screen, or an idle window, would otherwise wait for a pulse that never comes. */
    private void awaitPulse() {
        scene.addPostLayoutPulseListener(next);
        Platform.requestNextPulse();
    }
}
