package org.cxlens.ui;

import java.text.NumberFormat;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import org.cxlens.domain.ExperienceClass;

/**
 * Horizontal 100 % stacked bars of the three classes, first bar on top, colours from the theme's
 * class variables. Low-base bars are dimmed and say so in their label.
 */
public final class ClassBarChart extends StackedBarChart<Number, String> {

    private static final double PLOT_SHARE = 0.8;
    private static final double MIN_GAP = 8;
    private static final double MAX_BAR = 56;

    private final List<String> classNames;
    private final String lowBaseLabel;
    private BiConsumer<ClassBar, ExperienceClass> onSegment;

    public ClassBarChart(List<String> classNames, String lowBaseLabel, ObservableList<ClassBar> bars) {
        super(new NumberAxis(0, 100, 20), new CategoryAxis());
        this.classNames = classNames;
        this.lowBaseLabel = lowBaseLabel;
        getStyleClass().add("class-bar-chart");
        setAnimated(false);
        ((NumberAxis) getXAxis()).setTickLabelFormatter(new NumberAxis.DefaultFormatter((NumberAxis) getXAxis(), null, " %"));
        bars.addListener((ListChangeListener<ClassBar>) c -> show(bars));
        heightProperty().addListener((obs, old, h) -> fitBarThickness());
        show(bars);
    }

    /** What a click on a bar segment does: drill down into that bar's respondents of that class. */
    public void setOnSegment(BiConsumer<ClassBar, ExperienceClass> action) {
        onSegment = action;
    }

    /** Bars stay readable bars, not slabs, when there are only a few of them. */
    private void fitBarThickness() {
        int n = Math.max(1, getData().isEmpty() ? 1 : getData().get(0).getData().size());
        double perBar = getHeight() * PLOT_SHARE / n;
        setCategoryGap(Math.max(MIN_GAP, perBar - MAX_BAR));
    }

    private void show(List<ClassBar> bars) {
        getData().clear();
        for (int k = 0; k < classNames.size(); k++) {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.setName(classNames.get(k));
            for (int i = bars.size() - 1; i >= 0; i--) {
                ClassBar bar = bars.get(i);
                XYChart.Data<Number, String> point = new XYChart.Data<>(bar.shares()[k] * 100, category(bar));
                series.getData().add(point);
            }
            getData().add(series);
        }
        fitBarThickness();
        for (int k = 0; k < getData().size(); k++) {
            XYChart.Series<Number, String> series = getData().get(k);
            ExperienceClass segment = ExperienceClass.values()[k];
            for (int i = 0; i < series.getData().size(); i++) {
                ClassBar bar = bars.get(bars.size() - 1 - i);
                Node node = series.getData().get(i).getNode();
                if (node == null) {
                    continue;
                }
                if (bar.lowBase()) {
                    node.getStyleClass().add("low-base");
                }
                node.getStyleClass().add("drillable");
                node.setOnMouseClicked(e -> {
                    if (onSegment != null) {
                        onSegment.accept(bar, segment);
                    }
                });
            }
        }
    }

    private String category(ClassBar bar) {
        String label = bar.label() + "  (n=" + NumberFormat.getIntegerInstance().format(bar.base()) + ")";
        return bar.lowBase() ? label + "  " + lowBaseLabel : label;
    }
}
