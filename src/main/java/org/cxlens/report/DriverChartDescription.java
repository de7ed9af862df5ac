package org.cxlens.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.Driver;
import org.cxlens.analysis.DriverMethod;
import org.cxlens.analysis.DriverModelBase;
import org.cxlens.analysis.DriverOutcome;
import org.cxlens.analysis.DriverWarning;
import org.cxlens.analysis.Drivers;
import org.cxlens.analysis.GroupMeasure;
import org.cxlens.analysis.PerformanceMeasure;
import org.cxlens.analysis.Quadrant;
import org.cxlens.analysis.Share;
import org.cxlens.analysis.TouchpointMeasure;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Message;

/**
 * The importance–performance matrix of a key-driver analysis, described once for every
 * rendering: x is performance, y is importance, the quadrant lines at the means, and the model's
 * outcome, base, R² and warnings, which every rendering shows with it (a matrix without them
 * invites verdicts the model cannot carry).
 *
 * @param title          "Key drivers of being delighted overall"
 * @param x              performance axis
 * @param y              importance axis
 * @param method         which respondents the relative weights rest on
 * @param points         one per touchpoint, in journey order; some may not be {@link DriverPoint#placed() placed}
 * @param judged         whether the quadrants may be read; when false no point has a quadrant and no
 *                       rendering names the quadrants
 * @param weighted       whether performance shares are weighted
 */
public record DriverChartDescription(Message title, DriverOutcome outcome, DriverMethod method,
                                     PerformanceMeasure performanceMeasure,
                                     ChartAxis x, ChartAxis y, List<DriverPoint> points, double meanPerformance,
                                     double meanImportance, double rSquared, DriverModelBase model, boolean judged,
                                     boolean weighted, List<DriverWarning> warnings) implements ReportChart {

    /** Room around the outermost points, so that a point never sits on the frame. */
    private static final double MARGIN = 0.02;
    private static final double PERFORMANCE_STEP = 0.1;
    private static final double FINE_IMPORTANCE_STEP = 0.05;
    private static final double COARSE_IMPORTANCE_STEP = 0.1;

    public DriverChartDescription {
        points = List.copyOf(points);
        warnings = List.copyOf(warnings);
    }

    /** The matrix of a driver analysis; the dashboard of the same filter gives each share its base and interval. */
    public static DriverChartDescription of(Drivers drivers, Dashboard dashboard) {
        Map<String, GroupMeasure> measures = new HashMap<>();
        for (TouchpointMeasure t : dashboard.touchpoints()) {
            measures.put(t.touchpoint().name(), t.measure());
        }
        List<DriverPoint> points = drivers.drivers().stream()
                .map(d -> point(d, measures.get(d.touchpoint().name()), drivers.performanceMeasure())).toList();
        return new DriverChartDescription(Message.of("drivers.chart.title", drivers.outcome().phrase()),
                drivers.outcome(), drivers.method(), drivers.performanceMeasure(), performanceAxis(drivers, points),
                importanceAxis(points), points, drivers.meanPerformance(), drivers.meanImportance(), drivers.rSquared(),
                drivers.model(), drivers.judged(), dashboard.weighted(), drivers.warnings());
    }

    /** Respondents (unweighted) behind the importance figures. */
    public int base() {
        return model.respondents();
    }

    /** The name a rendering writes in the quadrant's corner. */
    public static Message quadrantName(Quadrant quadrant) {
        return Message.of("drivers.quadrant." + quadrant.name());
    }

    /** The touchpoints that cannot be drawn, which every rendering lists beside the matrix. */
    public List<DriverPoint> unplaced() {
        return points.stream().filter(p -> !p.placed()).toList();
    }

    private static DriverPoint point(Driver d, GroupMeasure measure, PerformanceMeasure performanceMeasure) {
        Share interval = measure == null ? new Share(Double.NaN, Double.NaN, Double.NaN)
                : performanceMeasure == PerformanceMeasure.DELIGHTED
                ? measure.classes().interval(ExperienceClass.DELIGHTED) : measure.satisfiedOrDelighted();
        int n = measure == null ? 0 : measure.classes().base();
        boolean lowBase = measure == null || measure.classes().lowBase();
        return new DriverPoint(d.touchpoint().name(), d.touchpoint().name(), d.performance(), interval.low(),
                interval.high(), n, lowBase, d.importance(), d.correlation(), d.correlationBase(), d.relativeWeight(),
                d.rank(), d.quadrant());
    }

    /** Tens of percent around the points and the mean, within 0–100 %. */
    private static ChartAxis performanceAxis(Drivers drivers, List<DriverPoint> points) {
        double low = drivers.meanPerformance();
        double high = low;
        for (DriverPoint p : points) {
            if (p.placed()) {
                low = Double.isNaN(low) ? p.performance() : Math.min(low, p.performance());
                high = Double.isNaN(high) ? p.performance() : Math.max(high, p.performance());
            }
        }
        Message title = Message.of("drivers.axis.performance." + drivers.performanceMeasure().name());
        if (Double.isNaN(low)) {
            return new ChartAxis(title, 0, 1, PERFORMANCE_STEP);
        }
        double min = Math.max(0, floor(low - MARGIN, PERFORMANCE_STEP));
        double max = Math.min(1, ceil(high + MARGIN, PERFORMANCE_STEP));
        if (max - min < 2 * PERFORMANCE_STEP) {
            max = Math.min(1, min + 2 * PERFORMANCE_STEP);
            min = max - 2 * PERFORMANCE_STEP;
        }
        return new ChartAxis(title, min, max, PERFORMANCE_STEP);
    }

    /** From zero (no importance is negative) to just above the most important point. */
    private static ChartAxis importanceAxis(List<DriverPoint> points) {
        double high = points.stream().filter(DriverPoint::placed).mapToDouble(DriverPoint::importance).max().orElse(0);
        double max = Math.min(1, Math.max(FINE_IMPORTANCE_STEP * 2, ceil(high + MARGIN, FINE_IMPORTANCE_STEP)));
        double step = max > 0.4 ? COARSE_IMPORTANCE_STEP : FINE_IMPORTANCE_STEP;
        return new ChartAxis(Message.of("drivers.axis.importance"), 0, ceil(max, step), step);
    }

    private static double floor(double value, double step) {
        return Math.floor(value / step + 1e-9) * step;
    }

    private static double ceil(double value, double step) {
        return Math.ceil(value / step - 1e-9) * step;
    }
}
