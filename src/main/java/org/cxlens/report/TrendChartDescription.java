package org.cxlens.report;

import java.util.ArrayList;
import java.util.List;
import org.cxlens.analysis.AnalysisSettings;
import org.cxlens.analysis.Comparison;
import org.cxlens.analysis.GroupMeasure;
import org.cxlens.analysis.Nps;
import org.cxlens.analysis.Share;

/**
 * One measure by wave or by month, described once for every rendering: a point per period with
 * its 95 % interval and base, and a mark where it differs significantly from the period before.
 *
 * @param title    the chart's heading
 * @param measure  what the points are: a share 0–1 or NPS −100…100
 * @param subject  the touchpoint whose experiences are measured, or null for respondents
 * @param weighted whether values are weighted
 * @param periods  in time order (waves in the project's order)
 */
public record TrendChartDescription(String title, ChartMeasure measure, String subject, boolean weighted,
                                    List<TrendPeriod> periods) implements ReportChart {

    public TrendChartDescription {
        periods = List.copyOf(periods);
    }

    /**
     * The measure of each group of a wave or month grouping (the engine's respondent measures, or
     * a touchpoint's row of a heatmap); each period is tested against the latest earlier one with cases.
     */
    public static TrendChartDescription of(List<GroupMeasure> groups, ChartMeasure measure, AnalysisSettings settings,
                                           String title, String subject, boolean weighted) {
        List<TrendPeriod> periods = new ArrayList<>();
        GroupMeasure previous = null;
        for (GroupMeasure m : groups) {
            TrendPeriod period = period(m, measure, previous, settings);
            periods.add(period);
            if (!period.empty()) {
                previous = m;
            }
        }
        return new TrendChartDescription(title, measure, subject, weighted, periods);
    }

    private static TrendPeriod period(GroupMeasure m, ChartMeasure measure, GroupMeasure previous,
                                      AnalysisSettings settings) {
        String before = previous == null ? null : previous.label();
        if (measure == ChartMeasure.NPS) {
            Nps nps = m.nps();
            if (nps == null || nps.base() == 0) {
                return new TrendPeriod(m.label(), Double.NaN, Double.NaN, Double.NaN, 0, true, TrendChange.NONE, before);
            }
            return new TrendPeriod(m.label(), nps.score(), nps.low(), nps.high(), nps.base(), nps.lowBase(),
                    change(measure, m, previous, settings), before);
        }
        int base = m.classes().base();
        if (base == 0) {
            return new TrendPeriod(m.label(), Double.NaN, Double.NaN, Double.NaN, 0, true, TrendChange.NONE, before);
        }
        Share share = measure.share(m);
        return new TrendPeriod(m.label(), share.estimate(), share.low(), share.high(), base, m.classes().lowBase(),
                change(measure, m, previous, settings), before);
    }

    /** Suppressed by the comparison itself when either base is low. */
    private static TrendChange change(ChartMeasure measure, GroupMeasure m, GroupMeasure previous,
                                      AnalysisSettings settings) {
        if (previous == null) {
            return TrendChange.NONE;
        }
        Comparison c = measure.compare(m, previous, settings);
        if (c == null || !c.significant()) {
            return TrendChange.NONE;
        }
        return c.difference() > 0 ? TrendChange.UP : TrendChange.DOWN;
    }
}
