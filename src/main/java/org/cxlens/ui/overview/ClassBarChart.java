package org.cxlens.ui.overview;

import java.util.function.BiConsumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.report.BarCategory;
import org.cxlens.report.ClassBarChartDescription;
import org.cxlens.report.ClassSeries;
import org.cxlens.report.SegmentTexts;
import org.cxlens.ui.Drillable;
import org.cxlens.ui.LazyTooltip;

/**
 * A {@link ClassBarChartDescription} drawn as horizontal 100 % stacked bars, first bar on top,
 * colours from the theme's class variables. Each segment has a tooltip with the exact figures and
 * its share written on it when it is wide enough; low-base bars are dimmed and say so in their label.
 */
public final class ClassBarChart extends StackedBarChart<Number, String> {

    private static final double PLOT_SHARE = 0.8;
    private static final double MIN_GAP = 8;
    private static final double MAX_BAR = 56;
    /** A segment narrower than this shows its share in the tooltip only. */
    private static final double LABEL_ROOM = 40;

    private final SegmentTexts texts;
    private final String lowBaseLabel;
    private BiConsumer<BarCategory, ExperienceClass> onSegment;

    public ClassBarChart(SegmentTexts texts, String lowBaseLabel, ObservableValue<ClassBarChartDescription> chart) {
        super(new NumberAxis(0, 100, 20), new CategoryAxis());
        this.texts = texts;
        this.lowBaseLabel = lowBaseLabel;
        getStyleClass().add("class-bar-chart");
        setAnimated(false);
        ((NumberAxis) getXAxis()).setTickLabelFormatter(new NumberAxis.DefaultFormatter((NumberAxis) getXAxis(), null, " %"));
        chart.addListener((obs, old, c) -> show(c));
        heightProperty().addListener((obs, old, h) -> fitBarThickness());
        show(chart.getValue());
    }

    /** What a click on a bar segment does: drill down into that bar's respondents of that class. */
    public void setOnSegment(BiConsumer<BarCategory, ExperienceClass> action) {
        onSegment = action;
    }

    /** Bars stay readable bars, not slabs, when there are only a few of them. */
    private void fitBarThickness() {
        int n = Math.max(1, getData().isEmpty() ? 1 : getData().get(0).getData().size());
        double perBar = getHeight() * PLOT_SHARE / n;
        setCategoryGap(Math.max(MIN_GAP, perBar - MAX_BAR));
    }

    private void show(ClassBarChartDescription chart) {
        getData().clear();
        if (chart == null) {
            return;
        }
        int bars = chart.categories().size();
        for (ClassSeries s : chart.series()) {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.setName(texts.className(s.experienceClass()));
            for (int i = bars - 1; i >= 0; i--) {
                series.getData().add(new XYChart.Data<>(s.segments().get(i).share() * 100, category(chart.categories().get(i))));
            }
            getData().add(series);
        }
        fitBarThickness();
        for (ClassSeries s : chart.series()) {
            ExperienceClass c = s.experienceClass();
            XYChart.Series<Number, String> series = getData().get(c.ordinal());
            for (int point = 0; point < bars; point++) {
                int i = bars - 1 - point;
                Node node = series.getData().get(point).getNode();
                if (node != null) {
                    // JavaFX matches styles once per set of style classes and scene: without the
                    // bar's position ("data7", which no style sheet names) every bar of a series
                    // shares its first bar's styles instead of being matched on its own.
                    node.getStyleClass().remove("data" + point);
                    decorate(node, chart, i, c);
                }
            }
        }
    }

    private void decorate(Node node, ClassBarChartDescription chart, int i, ExperienceClass c) {
        BarCategory bar = chart.categories().get(i);
        if (bar.lowBase()) {
            node.getStyleClass().add("low-base");
        }
        node.getStyleClass().add("drillable");
        LazyTooltip.install(node, () -> texts.tooltip(chart, i, c));
        if (node instanceof StackPane pane && chart.segment(i, c).share() > 0) {
            // Text, not a Label: no control and skin to style for each of the chart's segments.
            Text label = new Text(texts.roundPercent(chart.segment(i, c).share()));
            label.getStyleClass().addAll("segment-label", "on-" + chart.series().get(c.ordinal()).colourId());
            label.setMouseTransparent(true);
            label.visibleProperty().bind(pane.widthProperty().greaterThan(LABEL_ROOM));
            pane.getChildren().add(label);
        }
        Runnable open = () -> {
            if (onSegment != null) {
                onSegment.accept(bar, c);
            }
        };
        node.setOnMouseClicked(e -> open.run());
        Drillable.byKeyboard(node, () -> texts.tooltip(chart, i, c), open);
    }

    private String category(BarCategory bar) {
        String label = bar.label() + "  (n=" + texts.count(bar.base()) + ")";
        return bar.lowBase() ? label + "  " + lowBaseLabel : label;
    }
}
