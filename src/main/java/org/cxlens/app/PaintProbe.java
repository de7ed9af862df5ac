package org.cxlens.app;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * FX thread was blocked, and the most CPU time the FX thread used between two of them: its own
 * work for a frame, which on a machine shared with other work the gap overstates by the time the
 * thread waited for a core. Used on the FX thread only, apart from the futures it returns.
 */
final class PaintProbe {

    /**
     * What a step took: to the frame showing its result, to the frame showing it complete, the
     * longest gap between pulses and the most FX-thread work between two pulses until then.
     */
    record Measured(double ms, double completeMs, double longestGapMs, double longestWorkMs) {
    }

    /** A step being timed; {@code shownAt} is 0 until a frame shows its result. */
    private record Pending(BooleanSupplier shown, BooleanSupplier complete, long since, long shownAt,
                           CompletableFuture<Measured> done) {
    }

    private static final double MS = 1e6;

    private final AnimationTimer pulses = new AnimationTimer() {
        @Override
        public void handle(long now) {
            long at = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            longestGap = Math.max(longestGap, at - lastPulse);
            longestWork = Math.max(longestWork, cpu - lastCpu);
            lastPulse = at;
            lastCpu = cpu;
        }
    };
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long lastPulse;
    private long longestGap;
    private long lastCpu;
    private long longestWork;
    private Pending pending;

    /** Starts watching the pulses and the scenes of every window, those opened later included. */
    void start() {
        lastPulse = System.nanoTime();
        lastCpu = threads.getCurrentThreadCpuTime();
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
        return time(since, action, shown, shown);
    }

    /**
     * As {@link #time(long, Runnable, BooleanSupplier)}, timed to the first frame that shows the
     * result, but the pulses are watched on until a laid-out scene is {@code complete}: a window
     * whose first frame shows the result and that puts in the rest over the next pulses (the
     * drill-down's columns out of view) is not blocked meanwhile either.
     */
    CompletableFuture<Measured> time(long since, Runnable action, BooleanSupplier shown, BooleanSupplier complete) {
        CompletableFuture<Measured> done = new CompletableFuture<>();
        watchPulsesFromNow();
        pending = new Pending(shown, complete, since, 0, done);
        try {
            action.run();
        } catch (RuntimeException e) {
            pending = null;
            done.completeExceptionally(e);
        }
        return done;
    }

    /**
     * Forgets the pulses of the step being timed so far: from now on its longest gap and most work
     * are watched. For the app start, whose window is laid out before it shows: until it shows,
     * there is no window to block.
     */
    void watchPulsesFromNow() {
        lastPulse = System.nanoTime();
        lastCpu = threads.getCurrentThreadCpuTime();
        longestGap = 0;
        longestWork = 0;
    }

    private void laidOut() {
        Pending step = pending;
        if (step == null) {
            return;
        }
        long now = System.nanoTime();
        if (step.shownAt() == 0) {
            if (!step.shown().getAsBoolean()) {
                return;
            }
            step = new Pending(step.shown(), step.complete(), step.since(), now, step.done());
            pending = step;
        }
        if (!step.complete().getAsBoolean()) {
            return;
        }
        long cpu = threads.getCurrentThreadCpuTime();
        pending = null;
        step.done().complete(new Measured((step.shownAt() - step.since()) / MS, (now - step.since()) / MS,
                Math.max(longestGap, now - lastPulse) / MS, Math.max(longestWork, cpu - lastCpu) / MS));
    }
}
