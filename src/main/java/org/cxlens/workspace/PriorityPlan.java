package org.cxlens.workspace;

import java.util.List;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.Drivers;
import org.cxlens.analysis.Priority;

/** The action list with the dashboard and driver analysis it was planned from, which its readers also show. */
public record PriorityPlan(Dashboard dashboard, Drivers drivers, List<Priority> priorities) {

    public PriorityPlan {
        priorities = List.copyOf(priorities);
    }
}
