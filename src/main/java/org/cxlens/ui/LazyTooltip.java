package org.cxlens.ui;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * A tooltip made when the pointer first enters its node, for the many nodes of a chart or a table
 * (segments, points, marks, cells of a row). A tooltip is a popup window with a scene of its own:
 * made for every segment of a chart up front, they were the costliest part of drawing the chart
 * again after a filter change, and made for every point of the journey, 40 % of drawing it.
 */
public final class LazyTooltip {

    private static final Duration SHOW_DELAY = Duration.millis(150);

    private LazyTooltip() {
    }

    /**
     * Gives {@code node} the tooltip {@code text} makes, once the pointer is on it; the text is
     * asked again each time the tooltip shows, so figures drawn again on the same node stay right.
     */
    public static void install(Node node, Supplier<String> text) {
        node.setOnMouseEntered(e -> {
            node.setOnMouseEntered(null);
            Tooltip tip = new Tooltip(text.get());
            tip.setShowDelay(SHOW_DELAY);
            tip.setOnShowing(showing -> tip.setText(text.get()));
            Tooltip.install(node, tip);
        });
    }
}
