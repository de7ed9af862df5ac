package org.cxlens.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Styles and lays out, on the FX thread while the window waits for the user, specimens of the
 * nodes a project's opening shows first, so that the opening's own frame runs code that has run
 * before in this JVM (classes linked, lambdas bound, CSS and layout code past the interpreter):
 * profiled, a cold first opening spent 150–200 ms of FX work in the frame that made, styled and
 * laid out the overview's charts, a later one 15–30 ms. Each specimen is made in a scene of its
 * own that is never shown, with the window's style sheets; made, styled and laid out a pulse each,
 * so no pulse holds more than one of these steps; then dropped. None of the window's nodes is
 * touched. Off the FX thread this cannot be done: JavaFX measures text in a layout shared by
 * every thread (ADR 0013).
 * <p>
 * It stops for good at the user's first action in the window (a mouse button or key pressed, a
 * file dragged over it), when {@code busy} turns true (a project opening) and when the window
 * hides: the user's action must not wait for a rehearsal of it. FX thread only.
 */
public final class IdleWarmUp {

    /** About the window's size, so that a specimen lays out as many bars, ticks and labels as the window would. */
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 820;

    private final Scene window;
    private final ObservableBooleanValue busy;
    private final List<String> stylesheets;
    private final EventHandler<Event> userActed = e -> stop();
    private final ChangeListener<Boolean> busyChanged = (obs, was, now) -> {
        if (now) {
            stop();
        }
    };
    private final ChangeListener<Boolean> showingChanged = (obs, was, now) -> {
        if (!now) {
            stop();
        }
    };
    private final Runnable then;
    private PieceByPulse pieces;

    private IdleWarmUp(Scene window, ObservableBooleanValue busy, List<String> stylesheets, Runnable then) {
        this.window = window;
        this.busy = busy;
        this.stylesheets = List.copyOf(stylesheets);
        this.then = then;
    }

    /**
     * Starts with the pulse after the next layout of the shown {@code window}, unless {@code busy}
     * already holds.
     *
     * @param stylesheets the window's style sheets, so the specimens are styled as it is
     * @param specimens   each makes one specimen, a content root that is in no scene; smallest first,
     *                    so that the first use of each kind of node falls in a small one
     * @param then        run once it is over: done, stopped, or not begun
     */
    public static void start(Scene window, ObservableBooleanValue busy, List<String> stylesheets,
                             List<Supplier<Parent>> specimens, Runnable then) {
        IdleWarmUp warmUp = new IdleWarmUp(window, busy, stylesheets, then);
        if (busy.get() || window.getWindow() == null || !window.getWindow().isShowing()) {
            then.run();
            return;
        }
        warmUp.begin(specimens);
    }

    /** Drops what is left, for good. */
    private void stop() {
        if (pieces == null) {
            return;
        }
        pieces.stop();
        pieces = null;
        window.removeEventFilter(MouseEvent.MOUSE_PRESSED, userActed);
        window.removeEventFilter(KeyEvent.KEY_PRESSED, userActed);
        window.removeEventFilter(DragEvent.DRAG_OVER, userActed);
        busy.removeListener(busyChanged);
        window.getWindow().showingProperty().removeListener(showingChanged);
        then.run();
    }

    private void begin(List<Supplier<Parent>> specimens) {
        window.addEventFilter(MouseEvent.MOUSE_PRESSED, userActed);
        window.addEventFilter(KeyEvent.KEY_PRESSED, userActed);
        window.addEventFilter(DragEvent.DRAG_OVER, userActed);
        busy.addListener(busyChanged);
        window.getWindow().showingProperty().addListener(showingChanged);
        List<Runnable> steps = new ArrayList<>();
        for (Supplier<Parent> specimen : specimens) {
            steps.addAll(rehearsal(specimen));
        }
        steps.add(this::stop);
        pieces = PieceByPulse.start(window, steps);
    }

    /** Made, styled, laid out; the scene is dropped with the last step. */
    private List<Runnable> rehearsal(Supplier<Parent> specimen) {
        Parent[] root = new Parent[1];
        return List.of(() -> {
            root[0] = specimen.get();
            new Scene(root[0], WIDTH, HEIGHT).getStylesheets().setAll(stylesheets);
        }, () -> root[0].applyCss(), () -> {
            root[0].resize(WIDTH, HEIGHT);
            root[0].layout();
            root[0] = null;
        });
    }
}
