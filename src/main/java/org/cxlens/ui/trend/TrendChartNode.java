package org.cxlens.ui.trend;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import org.cxlens.report.TrendChange;
import org.cxlens.ui.Drillable;
import org.cxlens.report.TrendChartDescription;
import org.cxlens.report.TrendPeriod;
import org.cxlens.ui.LazyTooltip;

/**
 * A trend chart drawn from its description: a point per period on a line (dashed across periods
 * without cases), the 95 % interval as an error bar, the value above it with a change mark where
 * the period differs significantly from the one before, and the period and its base under the axis.
 * A low-base point is hollow. A click on a point drills down.
 */
final class TrendChartNode extends Region {

    private static final double LEFT = 58;
    private static final double RIGHT = 20;
    private static final double TOP = 30;
    private static final double BOTTOM = 50;
    private static final double CAP = 5;

    private final TrendChartDescription chart;
    private final double low;
    private final double high;
    private final double step;
    private final List<Line> grid = new ArrayList<>();
    private final List<Label> ticks = new ArrayList<>();
    private final List<Line> segments = new ArrayList<>();
    private final List<int[]> segmentEnds = new ArrayList<>();
    private final List<Line[]> intervals = new ArrayList<>();
    private final List<Circle> points = new ArrayList<>();
    private final List<Label> values = new ArrayList<>();
    private final List<Label> periodLabels = new ArrayList<>();
    private final List<Label> bases = new ArrayList<>();

    TrendChartNode(TrendChartDescription chart, TrendTexts texts, IntConsumer onClick) {
        this.chart = chart;
        getStyleClass().add("trend-chart");
        double[] range = range(chart);
        low = range[0];
        high = range[1];
        step = range[2];
        int lines = (int) Math.round((high - low) / step);
        for (int k = 0; k <= lines; k++) {
            double v = low + k * step;
            Line line = new Line();
            line.getStyleClass().add(Math.abs(v) < step / 1000 ? "trend-zero" : "trend-grid");
            grid.add(line);
            Label tick = new Label(texts.shortValue(chart.measure(), v));
            tick.getStyleClass().add("trend-tick");
            ticks.add(tick);
        }
        getChildren().addAll(grid);
        getChildren().addAll(ticks);
        String colour = "measure-" + chart.measure().colourId();
        List<TrendPeriod> periods = chart.periods();
        int last = -1;
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i).empty()) {
                continue;
            }
            if (last >= 0) {
                Line segment = new Line();
                segment.getStyleClass().addAll("trend-line", colour);
                if (i - last > 1) {
                    segment.getStyleClass().add("across-gap");
                }
                segments.add(segment);
                segmentEnds.add(new int[] {last, i});
            }
            last = i;
        }
        getChildren().addAll(segments);
        for (int i = 0; i < periods.size(); i++) {
            TrendPeriod p = periods.get(i);
            Label period = new Label(p.label());
            period.getStyleClass().add("trend-period");
            period.setMnemonicParsing(false);
            Label base = new Label(p.lowBase() && !p.empty() ? texts.format("trend.base.low", texts.count(p.n()))
                    : texts.format("trend.base", texts.count(p.n())));
            base.getStyleClass().addAll("trend-base", p.lowBase() ? "low-base" : "sound-base");
            periodLabels.add(period);
            bases.add(base);
            getChildren().addAll(period, base);
            if (p.empty()) {
                intervals.add(null);
                points.add(null);
                values.add(null);
                continue;
            }
            Line[] bar = {new Line(), new Line(), new Line()};
            for (Line l : bar) {
                l.getStyleClass().addAll("trend-interval", colour);
                l.setMouseTransparent(true);
            }
            intervals.add(bar);
            Circle point = new Circle(6);
            point.getStyleClass().addAll("trend-point", colour, "drillable");
            if (p.lowBase()) {
                point.getStyleClass().add("low-base");
            }
            String tip = texts.tooltip(chart, p);
            LazyTooltip.install(point, () -> tip);
            int index = i;
            point.setOnMouseClicked(e -> onClick.accept(index));
            Drillable.byKeyboard(point, () -> tip, () -> onClick.accept(index));
            points.add(point);
            String mark = texts.changeMark(p.lowBase() ? TrendChange.NONE : p.changeVsPrevious());
            Label value = new Label((mark.isEmpty() ? "" : mark + " ") + texts.shortValue(chart.measure(), p.value()));
            value.getStyleClass().addAll("trend-value", "change-" + p.changeVsPrevious().name().toLowerCase(java.util.Locale.ROOT));
            value.setMouseTransparent(true);
            values.add(value);
            getChildren().addAll(bar);
            getChildren().addAll(point, value);
        }
        setMinHeight(260);
        setPrefHeight(380);
    }

    /** {low, high, step}: shares from 0 to the highest interval end in tenths; NPS in twenties around 0. */
    static double[] range(TrendChartDescription chart) {
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (TrendPeriod p : chart.periods()) {
            if (!p.empty()) {
                max = Math.max(max, p.high());
                min = Math.min(min, p.low());
            }
        }
        if (chart.measure().isShare()) {
            int tenths = max > Double.NEGATIVE_INFINITY ? (int) Math.ceil(max * 10 - 1e-9) : 10;
            tenths = Math.max(1, Math.min(10, tenths));
            if (tenths > 5) {
                // whole fifths above a half, so that the top line is a labelled one
                tenths = Math.min(10, tenths + tenths % 2);
                return new double[] {0, tenths / 10.0, 0.2};
            }
            return new double[] {0, tenths / 10.0, 0.1};
        }
        double bottom = min < Double.POSITIVE_INFINITY ? Math.max(-100, Math.floor(min / 20) * 20) : -100;
        double top = max > Double.NEGATIVE_INFINITY ? Math.min(100, Math.ceil(max / 20) * 20) : 100;
        return new double[] {Math.min(bottom, 0), Math.max(top, 0), 20};
    }

    private double y(double v) {
        double plot = getHeight() - TOP - BOTTOM;
        return TOP + plot * (high - v) / (high - low);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double right = w - RIGHT;
        for (int k = 0; k < grid.size(); k++) {
            double v = low + k * step;
            double y = snapPositionY(y(v)) + 0.5;
            Line line = grid.get(k);
            line.setStartX(LEFT);
            line.setEndX(right);
            line.setStartY(y);
            line.setEndY(y);
            Label tick = ticks.get(k);
            double tw = tick.prefWidth(-1);
            double th = tick.prefHeight(-1);
            tick.resizeRelocate(LEFT - 8 - tw, y - th / 2, tw, th);
        }
        int n = chart.periods().size();
        double slot = (right - LEFT) / Math.max(1, n);
        double axis = getHeight() - BOTTOM;
        for (int i = 0; i < n; i++) {
            double x = LEFT + (i + 0.5) * slot;
            place(periodLabels.get(i), x, axis + 6, slot);
            place(bases.get(i), x, axis + 24, slot);
            TrendPeriod p = chart.periods().get(i);
            if (p.empty()) {
                continue;
            }
            Line[] bar = intervals.get(i);
            double top = y(p.high());
            double bottom = y(p.low());
            set(bar[0], x, top, x, bottom);
            set(bar[1], x - CAP, top, x + CAP, top);
            set(bar[2], x - CAP, bottom, x + CAP, bottom);
            Circle point = points.get(i);
            point.setCenterX(x);
            point.setCenterY(y(p.value()));
            Label value = values.get(i);
            place(value, x, top - 6 - value.prefHeight(-1), slot);
        }
        for (int k = 0; k < segments.size(); k++) {
            int[] ends = segmentEnds.get(k);
            TrendPeriod a = chart.periods().get(ends[0]);
            TrendPeriod b = chart.periods().get(ends[1]);
            set(segments.get(k), LEFT + (ends[0] + 0.5) * slot, y(a.value()), LEFT + (ends[1] + 0.5) * slot, y(b.value()));
        }
    }

    private static void place(Label label, double centreX, double y, double slot) {
        double width = Math.min(label.prefWidth(-1), slot - 4);
        label.setAlignment(Pos.CENTER);
        label.resizeRelocate(centreX - width / 2, y, width, label.prefHeight(-1));
    }

    private static void set(Line line, double x1, double y1, double x2, double y2) {
        line.setStartX(x1);
        line.setStartY(y1);
        line.setEndX(x2);
        line.setEndY(y2);
    }
}
