package org.cxlens.ui.touchpoints;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.report.BarCategory;
import org.cxlens.report.ClassBarChartDescription;
import org.cxlens.report.TargetMarker;
import org.cxlens.ui.SegmentTexts;

/**
 * One 100 % class bar of a chart description: a segment per class (colour from the CSS class
 * {@code segment-<colourId>}), its share written on it when it fits, a tooltip with the exact
 * figures, and the target's position as a vertical mark when the target is a class boundary.
 */
final class ClassBarNode extends Region {

    private static final double LABEL_PADDING = 8;

    private final List<Region> segments = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();
    private final List<Double> shares = new ArrayList<>();
    private final Region marker;
    private final double markerPosition;

    ClassBarNode(ClassBarChartDescription chart, int category, SegmentTexts texts, Consumer<ExperienceClass> onClick) {
        BarCategory bar = chart.categories().get(category);
        getStyleClass().add("class-bar");
        if (bar.lowBase()) {
            getStyleClass().add("low-base");
        }
        for (ExperienceClass c : ExperienceClass.values()) {
            double share = chart.segment(category, c).share();
            Region segment = new Region();
            segment.getStyleClass().addAll("segment", "segment-" + chart.series().get(c.ordinal()).colourId(), "drillable");
            Tooltip tip = new Tooltip(texts.tooltip(chart, category, c));
            tip.setShowDelay(Duration.millis(150));
            Tooltip.install(segment, tip);
            segment.setOnMouseClicked(e -> onClick.accept(c));
            Label label = new Label(texts.roundPercent(share));
            label.getStyleClass().addAll("segment-label", "on-" + chart.series().get(c.ordinal()).colourId());
            label.setMouseTransparent(true);
            segments.add(segment);
            labels.add(label);
            shares.add(share);
        }
        getChildren().addAll(segments);
        getChildren().addAll(labels);
        TargetMarker target = bar.target();
        markerPosition = target == null ? Double.NaN : target.barPosition();
        marker = new Region();
        marker.getStyleClass().add("target-marker");
        marker.setMouseTransparent(true);
        marker.setVisible(!Double.isNaN(markerPosition));
        getChildren().add(marker);
        setMinHeight(24);
        setPrefHeight(26);
    }

    /** The segment of a class, for tests and focus. */
    Region segment(ExperienceClass c) {
        return segments.get(c.ordinal());
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double x = 0;
        for (int k = 0; k < segments.size(); k++) {
            double width = w * shares.get(k);
            segments.get(k).resizeRelocate(snapPositionX(x), 0, snapSizeX(width), h);
            Label label = labels.get(k);
            double labelWidth = label.prefWidth(-1);
            label.setVisible(shares.get(k) > 0 && labelWidth + LABEL_PADDING <= width);
            label.resizeRelocate(x + (width - labelWidth) / 2, (h - label.prefHeight(-1)) / 2, labelWidth, label.prefHeight(-1));
            x += width;
        }
        if (marker.isVisible()) {
            double mw = marker.prefWidth(-1);
            marker.resizeRelocate(snapPositionX(w * markerPosition - mw / 2), -3, mw, h + 6);
        }
    }
}
