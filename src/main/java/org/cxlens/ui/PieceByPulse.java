package org.cxlens.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs pieces of work one per pulse of a scene: each piece after the layout of the pulse that
 * styled and laid out the one before, so a pulse holds one piece's building, CSS and layout
 * instead of all of them at once. A piece runs between two pulses, so the FX thread's stretch
 * from one pulse to the next holds the styling and layout of the piece before it and the piece
 * itself: after a pulse whose own work was {@link #HEAVY_PULSE_NANOS} or more, the next piece waits
 * for one more pulse, so the two fall in separate frames. Chains running at the same time, in one
 * window or several, share the pulses: one piece of all of them a pulse. {@link #finish()} runs
 * what is left at once, for when the result is needed now; {@link #stop()} drops it, for when it is
 * no longer wanted. FX thread only.
 */
public final class PieceByPulse {

    /**
     * A pulse that used this much of the FX thread's CPU time since the last piece ran (its CSS and
     * layout, mostly) is followed by a pulse without a piece. Measured on the start page: the
     * hidden project pane's first layout (64 ms) and, right after it, the filter panel's making
     * (54 ms) held the FX thread 132 ms between two pulses.
     */
    static final long HEAVY_PULSE_NANOS = 25_000_000;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /**
     * Whether a piece of any chain ran since the last pulse began. The pulse is one for every
     * window: measured, a new window's chain and the bars it shows, each putting a piece in the
     * same pulse, held the FX thread 65–92 ms where either piece alone took less than half.
     */
    private static boolean pieceSincePulse;
    /** Clears {@link #pieceSincePulse} as the next pulse begins, before any layout or chain. */
    private static AnimationTimer pulseBegins;

    private final Scene scene;
    private final Deque<Runnable> pieces;
    private final Runnable next = this::scheduleNext;
    /** The FX thread's CPU time when the last piece ended (or the chain began), or when a heavy pulse was let by. */
    private long cpuMark = cpuTime();
    /** Whether the last pulse was let by without a piece: the next runs one whatever its work. */
    private boolean waited;

    private PieceByPulse(Scene scene, List<Runnable> pieces) {
        this.scene = scene;
        this.pieces = new ArrayDeque<>(pieces);
    }

    /** Pieces that each {@code put} the next {@code size} of {@code items}, in order: a few items a pulse. */
    public static <T> List<Runnable> inBatches(List<T> items, int size, Consumer<List<T>> put) {
        List<Runnable> pieces = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            List<T> some = items.subList(from, Math.min(from + size, items.size()));
            pieces.add(() -> put.accept(some));
        }
        return pieces;
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
        long now = cpuTime();
        boolean heavy = now - cpuMark >= HEAVY_PULSE_NANOS;
        if (heavy && !waited) {
            // A piece now would share the stretch to the next pulse with this pulse's own work.
            waited = true;
            cpuMark = now;
            awaitPulse();
            return;
        }
        waited = false;
        Platform.runLater(() -> {
            if (pieces.isEmpty()) {
                return;
            }
            if (pieceSincePulse) {
                // Another chain's piece is in the stretch to the next pulse already: its work counts as this chain's.
                cpuMark = cpuTime();
                awaitPulse();
                return;
            }
            Runnable piece = pieces.poll();
            onePieceThisPulse();
            piece.run();
            cpuMark = cpuTime();
            if (!pieces.isEmpty()) {
                awaitPulse();
            }
        });
    }

    private static void onePieceThisPulse() {
        pieceSincePulse = true;
        if (pulseBegins == null) {
            pulseBegins = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    pieceSincePulse = false;
                    stop();
                }
            };
        }
        pulseBegins.start();
    }

    private static long cpuTime() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** A piece that changes nothing on screen, or an idle window, would otherwise wait for a pulse that never comes. */
    private void awaitPulse() {
        scene.addPostLayoutPulseListener(next);
        Platform.requestNextPulse();
    }
}
