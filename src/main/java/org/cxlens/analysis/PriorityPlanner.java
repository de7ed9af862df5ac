package org.cxlens.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Message;
import org.cxlens.domain.MomentType;
import org.cxlens.domain.Touchpoint;

/** Gaps to the moment-type targets, ranked by gap × importance into an action list. */
public final class PriorityPlanner {

    private PriorityPlanner() {
    }

    /**
     * Every touchpoint of the dashboard, those furthest behind on the most important drivers
     * first: by gap × importance, then (when importance is unknown) by gap; touchpoints on
     * target come last.
     *
     * @param drivers the key-driver analysis for importance, or null when there is none
     */
    public static List<Priority> plan(Dashboard dashboard, Drivers drivers, PriorityTargets targets) {
        Map<Touchpoint, Driver> byTouchpoint = new HashMap<>();
        int ranked = 0;
        if (drivers != null) {
            for (Driver driver : drivers.drivers()) {
                byTouchpoint.put(driver.touchpoint(), driver);
                ranked += driver.rank() > 0 ? 1 : 0;
            }
        }
        List<Priority> priorities = new ArrayList<>();
        for (TouchpointMeasure tm : dashboard.touchpoints()) {
            Touchpoint touchpoint = tm.touchpoint();
            GroupMeasure measure = tm.measure();
            if (measure.classes().base() == 0) {
                continue;
            }
            MomentType type = touchpoint.momentType();
            double target = targets.target(touchpoint);
            double actual = switch (type) {
                case MOMENT_OF_TRUTH -> measure.satisfiedOrDelighted().estimate();
                case EXCEL -> measure.classes().share(ExperienceClass.DELIGHTED);
                case STANDARD -> measure.recovery().estimate();
            };
            double gap = Math.max(0, type == MomentType.STANDARD ? actual - target : target - actual);
            Driver driver = byTouchpoint.get(touchpoint);
            double importance = driver == null ? Double.NaN : driver.importance();
            int rank = driver == null ? 0 : driver.rank();
            priorities.add(new Priority(touchpoint, target, actual, gap, importance, rank, gap * importance,
                    measure.classes().lowBase(),
                    reason(touchpoint, actual, target, rank, ranked,
                            drivers == null ? DriverOutcome.DELIGHT : drivers.outcome())));
        }
        priorities.sort(Comparator.comparing(Priority::onTarget)
                .thenComparing(p -> Double.isNaN(p.score()))
                .thenComparing(Comparator.comparingDouble((Priority p) -> Double.isNaN(p.score()) ? 0 : p.score()).reversed())
                .thenComparing(Comparator.comparingDouble(Priority::gap).reversed()));
        return List.copyOf(priorities);
    }

    private static Message reason(Touchpoint touchpoint, double actual, double target, int rank, int ranked,
                                  DriverOutcome outcome) {
        String type = switch (touchpoint.momentType()) {
            case MOMENT_OF_TRUTH -> "momentOfTruth";
            case EXCEL -> "excel";
            case STANDARD -> "standard";
        };
        String driverOf = outcome == DriverOutcome.DELIGHT ? "delight" : "recommend";
        return Message.of("analysis.priority." + type + "." + driverOf, touchpoint.name(),
                (int) Math.round(100 * actual), (int) Math.round(100 * target), rank, ranked);
    }
}
