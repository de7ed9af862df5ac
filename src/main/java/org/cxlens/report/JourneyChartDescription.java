package org.cxlens.report;

import java.util.List;
import java.util.OptionalInt;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * The journey curve, described once for every rendering: the touchpoints left to right in
 * journey order, each with its share delighted and its share needing recovery as two lines,
 * its moment type and the target of that type: where the journey wins and loses customers.
 *
 * @param title    the chart's heading
 * @param weighted whether shares are weighted; point counts are then estimates (see {@link JourneyPoint})
 * @param steps    the touchpoints, first step first
 */
public record JourneyChartDescription(String title, boolean weighted, List<JourneyStep> steps)
        implements ReportChart {

    public JourneyChartDescription {
        steps = List.copyOf(steps);
    }

    /** The step delighting the largest share, among steps with a sufficient base; empty when none delights. */
    public OptionalInt mostDelighted() {
        return highest(s -> s.delighted().share());
    }

    /** The step with the largest share needing recovery, among steps with a sufficient base; empty when none needs any. */
    public OptionalInt mostRecovery() {
        return highest(s -> s.recovery().share());
    }

    /** Ties go to the earlier step; a low base never stands out, nor does a share of nothing. */
    private OptionalInt highest(ToDoubleFunction<JourneyStep> share) {
        return IntStream.range(0, steps.size())
                .filter(i -> !steps.get(i).lowBase() && share.applyAsDouble(steps.get(i)) > 0)
                .reduce((best, i) -> share.applyAsDouble(steps.get(i)) > share.applyAsDouble(steps.get(best)) ? i : best);
    }
}
