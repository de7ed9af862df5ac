package org.cxlens.ui;

import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Node;

/**
 * Draws what a view model holds on a page's node only while the node is in a scene, and only
 * when it changed since it was last drawn: a page's many nodes are not built and styled on the
 * FX thread for a page nobody sees. The model is listened to weakly, so a page left behind by a
 * language switch stops drawing.
 *
 * @param <T> the figures or chart description drawn, an immutable value
 */
public final class DrawnWhileShown<T> {

    private final Node root;
    private final ObservableValue<T> value;
    private final Consumer<T> draw;
    private final ChangeListener<T> changed = (obs, old, now) -> redraw();
    private T drawn;

    private DrawnWhileShown(Node root, ObservableValue<T> value, Consumer<T> draw) {
        this.root = root;
        this.value = value;
        this.draw = draw;
        value.addListener(new WeakChangeListener<>(changed));
        root.sceneProperty().addListener((obs, old, scene) -> redraw());
        redraw();
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

    private void redraw() {
        T now = value.getValue();
        if (root.getScene() != null && now != drawn) {
            drawn = now;
            draw.accept(now);
        }
    }
}
