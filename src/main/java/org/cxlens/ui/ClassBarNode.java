package org.cxlens.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.report.BarCategory;
import org.cxlens.report.ClassBarChartDescription;
import org.cxlens.report.SegmentTexts;
import org.cxlens.report.TargetMarker;

/**
 * One 100 % class bar of a chart description: a segment per class (colour from the CSS class
 * {@code segment-<colourId>}), its share written on it when it fits, a tooltip with the exact
 * figures, and the target's position as a vertical mark when the target is a class boundary.
 * Shared by the pages that draw class bars.
 */
public final class ClassBarNode extends Region {

    private static final double LABEL_PADDING = 8;

    private final List<Region> segments = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();
    private final List<String> tooltipLines = new ArrayList<>();
    // What the tooltips describe: replaced by update(), read when a tooltip shows.
    private ClassBarChartDescription chart;
    private int category;
    private final List<Double> shares = new ArrayList<>();
    private final Region marker;
    private double markerPosition;

    public ClassBarNode(ClassBarChartDescription chart, int category, SegmentTexts texts, Consumer<ExperienceClass> onClick) {
        this.chart = chart;
        this.category = category;
        BarCategory bar = chart.categories().get(category);
        getStyleClass().add("class-bar");
        if (bar.lowBase()) {
            getStyleClass().add("low-base");
        }
        for (ExperienceClass c : ExperienceClass.values()) {
            double share = chart.segment(category, c).share();
            Region segment = new Region();
            segment.getStyleClass().addAll("segment", "segment-" + chart.series().get(c.ordinal()).colourId(), "drillable");
            LazyTooltip.install(segment, () -> tooltip(c, texts));
            Drillable.byKeyboard(segment, () -> tooltip(c, texts), () -> onClick.accept(c));
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

    /**
     * Shows the figures of the same bar in another chart (the classification editor's scheme
     * moved) on these nodes: no new nodes to style, so a frame has time for it. Tooltip lines
     * added before are dropped.
     */
    public void update(ClassBarChartDescription chart, int category, SegmentTexts texts) {
        BarCategory bar = chart.categories().get(category);
        if (bar.lowBase() != getStyleClass().contains("low-base")) {
            if (bar.lowBase()) {
                getStyleClass().add("low-base");
            } else {
                getStyleClass().remove("low-base");
            }
        }
        for (ExperienceClass c : ExperienceClass.values()) {
            double share = chart.segment(category, c).share();
            shares.set(c.ordinal(), share);
            labels.get(c.ordinal()).setText(texts.roundPercent(share));
        }
        this.chart = chart;
        this.category = category;
        tooltipLines.clear();
        TargetMarker target = bar.target();
        markerPosition = target == null ? Double.NaN : target.barPosition();
        marker.setVisible(!Double.isNaN(markerPosition));
        requestLayout();
    }

    /** Adds a last line to every segment's tooltip: what the bar counts, when that needs saying. */
    public void addTooltipLine(String line) {
        tooltipLines.add(line);
    }

    private String tooltip(ExperienceClass c, SegmentTexts texts) {
        StringBuilder text = new StringBuilder(texts.tooltip(chart, category, c));
        tooltipLines.forEach(line -> text.append('\n').append(line));
        return text.toString();
    }

    /** The segment of a class, for tests and focus. */
    public Region segment(ExperienceClass c) {
        return segments.get(c.ordinal());
    }

    /** Centred in its segment, or beside the target marker when the marker would cross it; NaN when it does not fit. */
    private static double labelX(double x, double width, double labelWidth, double markerX) {
        double centred = x + (width - labelWidth) / 2;
        if (labelWidth + LABEL_PADDING > width) {
            return Double.NaN;
        }
        if (Double.isNaN(markerX) || markerX < centred - LABEL_PADDING / 2 || markerX > centred + labelWidth + LABEL_PADDING / 2) {
            return centred;
        }
        double right = x + width - markerX;
        double left = markerX - x;
        if (right >= left && right >= labelWidth + LABEL_PADDING) {
            return markerX + (right - labelWidth) / 2;
        }
        return left >= labelWidth + LABEL_PADDING ? x + (left - labelWidth) / 2 : Double.NaN;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double markerX = w * markerPosition;
        double x = 0;
        for (int k = 0; k < segments.size(); k++) {
            double width = w * shares.get(k);
            segments.get(k).resizeRelocate(snapPositionX(x), 0, snapSizeX(width), h);
            Label label = labels.get(k);
            double labelWidth = label.prefWidth(-1);
            double labelX = labelX(x, width, labelWidth, markerX);
            label.setVisible(shares.get(k) > 0 && !Double.isNaN(labelX));
            label.resizeRelocate(labelX, (h - label.prefHeight(-1)) / 2, labelWidth, label.prefHeight(-1));
            x += width;
        }
        if (marker.isVisible()) {
            double mw = marker.prefWidth(-1);
            marker.resizeRelocate(snapPositionX(w * markerPosition - mw / 2), -3, mw, h + 6);
        }
    }
}
