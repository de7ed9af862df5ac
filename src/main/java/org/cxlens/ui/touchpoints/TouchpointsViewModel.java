package org.cxlens.ui.touchpoints;

import java.util.Comparator;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.report.ClassBarChartDescription;
import org.cxlens.report.TargetMarker;

/**
 * State of the touchpoints page: the touchpoint chart of the window's filter, in the chosen order.
 * Holds no controls, so tests drive it without a window.
 */
public final class TouchpointsViewModel {

    private final ObjectProperty<ClassBarChartDescription> source = new SimpleObjectProperty<>();
    private final ObjectProperty<TouchpointSort> sort = new SimpleObjectProperty<>(TouchpointSort.JOURNEY);
    private final ReadOnlyObjectWrapper<ClassBarChartDescription> chart = new ReadOnlyObjectWrapper<>();

    public TouchpointsViewModel() {
        source.addListener((obs, old, c) -> arrange());
        sort.addListener((obs, old, s) -> arrange());
    }

    /** The touchpoints in journey order, as the analysis gives them. */
    public void setChart(ClassBarChartDescription journeyOrder) {
        source.set(journeyOrder);
    }

    public ObjectProperty<TouchpointSort> sortProperty() {
        return sort;
    }

    /** The chart to draw: the touchpoints in the chosen order. */
    public ReadOnlyObjectProperty<ClassBarChartDescription> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    private void arrange() {
        ClassBarChartDescription c = source.get();
        chart.set(c == null ? null : c.reordered(order(c, sort.get())));
    }

    /** Positions in the new order; ties keep journey order. */
    static List<Integer> order(ClassBarChartDescription c, TouchpointSort by) {
        IntToDoubleFunction key = switch (by) {
            case JOURNEY -> i -> i;
            case DELIGHTED -> i -> -c.segment(i, ExperienceClass.DELIGHTED).share();
            case INDIFFERENT -> i -> -c.segment(i, ExperienceClass.INDIFFERENT).share();
            case GAP -> i -> {
                TargetMarker target = c.categories().get(i).target();
                return target == null ? Double.POSITIVE_INFINITY : -target.shortfall();
            };
        };
        return IntStream.range(0, c.categories().size()).boxed()
                .sorted(Comparator.comparingDouble(key::applyAsDouble)).toList();
    }
}
