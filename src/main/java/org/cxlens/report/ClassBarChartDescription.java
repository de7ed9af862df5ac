package org.cxlens.report;

import java.util.List;
import org.cxlens.domain.ExperienceClass;

/**
 * A 100 % stacked class bar chart, described once for every rendering (screen, PDF/PNG, Office):
 * the categories top to bottom and, per class in the fixed order indifferent → satisfied →
 * delighted, one segment per category.
 *
 * @param title      the chart's heading
 * @param weighted   whether shares are weighted; segment counts are then estimates (see {@link BarSegment})
 * @param categories the bars, first on top
 * @param series     one per class, its segments indexed like {@code categories}
 */
public record ClassBarChartDescription(String title, boolean weighted, List<BarCategory> categories,
                                       List<ClassSeries> series) implements ReportChart {

    public ClassBarChartDescription {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (ClassSeries s : series) {
            if (s.segments().size() != categories.size()) {
                throw new IllegalArgumentException("a series needs one segment per category: " + s.experienceClass());
            }
        }
    }

    /** The same chart with its bars in another order: {@code order} lists the current positions, new first bar first. */
    public ClassBarChartDescription reordered(List<Integer> order) {
        if (order.size() != categories.size() || order.stream().distinct().count() != order.size()) {
            throw new IllegalArgumentException("an order lists every bar once: " + order);
        }
        return selected(order);
    }

    /** The chart of some of its bars, in the order given: {@code positions} lists current positions. */
    public ClassBarChartDescription selected(List<Integer> positions) {
        List<ClassSeries> moved = series.stream().map(s -> new ClassSeries(s.experienceClass(), s.colourId(),
                positions.stream().map(s.segments()::get).toList())).toList();
        return new ClassBarChartDescription(title, weighted, positions.stream().map(categories::get).toList(), moved);
    }

    /** The segment of one class in one bar. */
    public BarSegment segment(int category, ExperienceClass c) {
        return series.get(c.ordinal()).segments().get(category);
    }
}
