package org.cxlens.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Draws what a view model holds on a page's node only while the node is in a scene, and only
 * when it changed since it was last drawn: a page's many nodes are not built and styled on the
 * FX thread for a page nobody sees. It draws in a piece of its own ({@link PieceByPulse}), after
 * the pulse that styles and lays out what came before, and its drawing is styled and laid out in
 * the next: a page's frame and its drawing, made, styled and laid out in one pulse, held the FX
 * thread 80–180 ms as the page was first shown. The model is listened to weakly, so a page left
 * behind by a language switch stops drawing.
 *
 * @param <T> the figures or chart description drawn, an immutable value
 */
public final class DrawnWhileShown<T> {

    private final Node root;
    private final ObservableValue<T> value;
    private final Consumer<T> draw;
    private final ChangeListener<T> changed = (obs, old, now) -> redraw();
    private T drawn;
    /** Whether a piece that draws is waiting for its pulse. */
    private boolean waiting;

    private DrawnWhileShown(Node root, ObservableValue<T> value, Consumer<T> draw) {
        this.root = root;
        this.value = value;
        this.draw = draw;
        value.addListener(new WeakChangeListener<>(changed));
        root.sceneProperty().addListener((obs, old, scene) -> redraw());
    }

    /**
     * Starts drawing {@code value} with {@code draw} on {@code root}, at once if root is shown.
     * The root keeps the drawing alive; hold the result only to ask what was drawn.
     */
    public static <T> DrawnWhileShown<T> on(Node root, ObservableValue<T> value, Consumer<T> draw) {
        return new DrawnWhileShown<>(root, value, draw);
    }

    /** What was drawn last, or null. */
    public T drawn() {
        return drawn;
    }

    /** Draws in a piece of its own, unless one is waiting already: it draws the value as it is then. */
    private void redraw() {
        Scene scene = root.getScene();
        if (scene != null && value.getValue() != drawn && !waiting) {
            waiting = true;
            PieceByPulse.start(scene, List.of(this::drawNow));
        }
    }

    private void drawNow() {
        waiting = false;
        T now = value.getValue();
        if (root.getScene() != null && now != drawn) {
            drawn = now;
            draw.accept(now);
        }
    }
}
