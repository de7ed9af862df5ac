package org.cxlens.app;

import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Times a step of the UI benchmark until a frame shows its result, and watches the pulses
 * meanwhile. Every pulse, after the layout of each window's scene, it asks the step whether the
 * scene now shows the result: that state is what the frame paints. A timer that runs every pulse
 * keeps the pulses coming and records the longest gap between two of them, which is how long the
 * FX thread was blocked. Used on the FX thread only, apart from the futures it returns.
 */
final class PaintProbe {

    /** What a step took: to the frame showing its result, and the longest gap between pulses meanwhile. */
    record Measured(double ms, double longestGapMs) {
    }

    private record Pending(BooleanSupplier shown, long since, CompletableFuture<Measured> done) {
    }

    private static final double MS = 1e6;

    private final AnimationTimer pulses = new AnimationTimer() {
        @Override
        public void handle(long now) {
            long at = System.nanoTime();
            longestGap = Math.max(longestGap, at - lastPulse);
            lastPulse = at;
        }
    };
    private long lastPulse;
    private long longestGap;
    private Pending pending;

    /** Starts watching the pulses and the scenes of every window, those opened later included. */
    void start() {
        lastPulse = System.nanoTime();
        pulses.start();
        Window.getWindows().forEach(this::watch);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::watch);
            }
        });
    }

    void stop() {
        pulses.stop();
    }

    private void watch(Window window) {
        Scene scene = window.getScene();
        if (scene != null) {
            scene.addPostLayoutPulseListener(this::laidOut);
        }
    }

    /**
     * Runs the action and completes once a laid-out scene shows its result.
     *
     * @param since {@link System#nanoTime()} the step began, usually now
     */
    CompletableFuture<Measured> time(long since, Runnable action, BooleanSupplier shown) {
        CompletableFuture<Measured> done = new CompletableFuture<>();
        lastPulse = System.nanoTime();
        longestGap = 0;
        pending = new Pending(shown, since, done);
        try {
            action.run();
        } catch (RuntimeException e) {
            pending = null;
            done.completeExceptionally(e);
        }
        return done;
    }

    private void laidOut() {
        Pending step = pending;
        if (step == null || !step.shown().getAsBoolean()) {
            return;
        }
        long now = System.nanoTime();
        pending = null;
        step.done().complete(new Measured((now - step.since()) / MS, Math.max(longestGap, now - lastPulse) / MS));
    }
}
