package org.cxlens.ui;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * The tooltip of a chart segment, made when the pointer first enters the segment. A tooltip is a
 * popup window with a scene of its own: made for every segment of a chart up front, they were
 * the costliest part of drawing the chart again after a filter change.
 */
public final class SegmentTooltip {

    private static final Duration SHOW_DELAY = Duration.millis(150);

    private SegmentTooltip() {
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
