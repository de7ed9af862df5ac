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

    /** Shares closer than this count as equal, so that 0.8 computed as 0.7999999 meets a target of 0.8. */
    private static final double TOLERANCE = 1e-9;

    /**
     * Every touchpoint of the dashboard, those furthest behind on the most important drivers
     * first: by gap × importance, then (when importance is unknown) by gap; touchpoints on
     * target come last, after every touchpoint with a gap.
     *
     * @param drivers the key-driver analysis for importance, or null when there is none; a model
     *                that is not {@link Drivers#judged() judged} lends no importance either
     */
    public static List<Priority> plan(Dashboard dashboard, Drivers drivers, PriorityTargets targets) {
        Map<Touchpoint, Driver> byTouchpoint = new HashMap<>();
        int ranked = 0;
        if (drivers != null && drivers.judged()) {
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
            double shortfall = type == MomentType.STANDARD ? actual - target : target - actual;
            double gap = shortfall > TOLERANCE ? shortfall : 0;
            Driver driver = byTouchpoint.get(touchpoint);
            double importance = driver == null ? Double.NaN : driver.importance();
            int rank = driver == null ? 0 : driver.rank();
            priorities.add(new Priority(touchpoint, target, actual, gap, importance, rank, gap * importance,
                    measure.classes().lowBase(),
                    reason(touchpoint, actual, target, gap == 0, rank, ranked,
                            drivers == null ? DriverOutcome.DELIGHT : drivers.outcome())));
        }
        priorities.sort(Comparator.comparing(Priority::onTarget)
                .thenComparing(p -> Double.isNaN(p.score()))
                .thenComparing(Comparator.comparingDouble((Priority p) -> Double.isNaN(p.score()) ? 0 : p.score()).reversed())
                .thenComparing(Comparator.comparingDouble(Priority::gap).reversed()));
        return List.copyOf(priorities);
    }

    private static Message reason(Touchpoint touchpoint, double actual, double target, boolean met, int rank,
                                  int ranked, DriverOutcome outcome) {
        String type = switch (touchpoint.momentType()) {
            case MOMENT_OF_TRUTH -> "momentOfTruth";
            case EXCEL -> "excel";
            case STANDARD -> "standard";
        };
        return Message.of("analysis.priority." + type + (met ? ".met" : ".gap"), touchpoint.name(),
                percent(actual), percent(target), rank, ranked, outcome.phrase());
    }

    /** A share as a percentage with at most one decimal, so that 79.6 % is not shown as the 80 % it misses. */
    private static double percent(double share) {
        return Math.round(1000 * share) / 10.0;
    }
}
