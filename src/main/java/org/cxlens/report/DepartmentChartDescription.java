package org.cxlens.report;

import java.util.List;

/**
 * The departments chart with what each department's bar is made of: a 100 % class bar per owning
 * department, and under each the bars of the touchpoints it owns, for every rendering.
 *
 * @param departments one bar per owning department; a bar pools the experiences of its touchpoints
 * @param owned       per department bar (same index), its touchpoints in journey order, each with
 *                    its target and its marks against all other touchpoints
 */
public record DepartmentChartDescription(ClassBarChartDescription departments, List<ClassBarChartDescription> owned)
        implements ReportChart {

    public DepartmentChartDescription {
        owned = List.copyOf(owned);
        if (owned.size() != departments.categories().size()) {
            throw new IllegalArgumentException("every department bar needs its touchpoints");
        }
    }

    /** The same chart with its departments in another order: {@code order} lists the current positions. */
    public DepartmentChartDescription reordered(List<Integer> order) {
        return new DepartmentChartDescription(departments.reordered(order), order.stream().map(owned::get).toList());
    }
}
