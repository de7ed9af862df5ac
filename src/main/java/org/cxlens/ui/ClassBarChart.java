package org.cxlens.ui;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;

/**
 * Horizontal 100 % stacked bars of the three classes, first bar on top, colours from the theme's
 * class variables. Low-base bars are dimmed and say so in their label.
 */
public final class ClassBarChart extends StackedBarChart<Number, String> {

    private final List<String> classNames;
    private final String lowBaseLabel;

    public ClassBarChart(List<String> classNames, String lowBaseLabel, ObservableList<ClassBar> bars) {
        super(new NumberAxis(0, 100, 20), new CategoryAxis());
        this.classNames = classNames;
        this.lowBaseLabel = lowBaseLabel;
        getStyleClass().add("class-bar-chart");
        setAnimated(false);
        setCategoryGap(8);
        ((NumberAxis) getXAxis()).setTickLabelFormatter(new NumberAxis.DefaultFormatter((NumberAxis) getXAxis(), null, " %"));
        bars.addListener((ListChangeListener<ClassBar>) c -> show(bars));
        show(bars);
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
        for (XYChart.Series<Number, String> series : getData()) {
            for (int i = 0; i < series.getData().size(); i++) {
                ClassBar bar = bars.get(bars.size() - 1 - i);
                if (bar.lowBase() && series.getData().get(i).getNode() != null) {
                    series.getData().get(i).getNode().getStyleClass().add("low-base");
                }
            }
        }
    }

    private String category(ClassBar bar) {
        String label = bar.label() + "  (n=" + bar.base() + ")";
        return bar.lowBase() ? label + "  " + lowBaseLabel : label;
    }
}
