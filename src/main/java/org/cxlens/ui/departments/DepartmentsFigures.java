package org.cxlens.ui.departments;

import java.util.List;
import java.util.Map;
import org.cxlens.domain.Touchpoint;
import org.cxlens.report.DepartmentChartDescription;

/**
 * The departments page's figures for one filter.
 *
 * @param chart         the department bars (by name) with the touchpoints each owns
 * @param journeyOrder  the departments in the order they first meet the customer
 * @param touchpoints   the project's touchpoints by name, for drilling down from a touchpoint bar
 */
public record DepartmentsFigures(DepartmentChartDescription chart, List<String> journeyOrder,
                                 Map<String, Touchpoint> touchpoints) {

    public DepartmentsFigures {
        journeyOrder = List.copyOf(journeyOrder);
        touchpoints = Map.copyOf(touchpoints);
    }
}
