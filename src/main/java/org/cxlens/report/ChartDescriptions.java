package org.cxlens.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.cxlens.analysis.ClassShares;
import org.cxlens.analysis.Comparison;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.GroupMeasure;
import org.cxlens.analysis.PriorityTargets;
import org.cxlens.analysis.Share;
import org.cxlens.analysis.TouchpointMeasure;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Touchpoint;

/** Chart descriptions built from analysis results, the same for the screen and every export. */
public final class ChartDescriptions {

    private ChartDescriptions() {
    }

    /** Every touchpoint of the dashboard in journey order, each with the target of its moment type. */
    public static ClassBarChartDescription touchpoints(Dashboard dashboard, PriorityTargets targets, String title) {
        List<BarCategory> categories = new ArrayList<>();
        List<GroupMeasure> measures = new ArrayList<>();
        for (TouchpointMeasure t : dashboard.touchpoints()) {
            Touchpoint touchpoint = t.touchpoint();
            GroupMeasure measure = t.measure();
            ClassShares classes = measure.classes();
            categories.add(new BarCategory(touchpoint.name(), touchpoint.name(),
                    touchpoint.department() == null ? "" : touchpoint.department(), touchpoint.momentType(),
                    classes.base(), classes.lowBase(),
                    classes.base() == 0 ? null : target(touchpoint, measure, targets)));
            measures.add(measure);
        }
        return new ClassBarChartDescription(title, dashboard.weighted(), categories, series(measures));
    }

    /** One bar: the classes of the dashboard's respondents (its headline), under the given label. */
    public static ClassBarChartDescription respondents(Dashboard dashboard, String title, String label) {
        ClassShares classes = dashboard.overall().classes();
        BarCategory bar = new BarCategory(label, label, "", null, classes.base(), classes.lowBase(), null);
        return new ClassBarChartDescription(title, dashboard.weighted(), List.of(bar), series(List.of(dashboard.overall())));
    }

    /** Every owning department of the dashboard, sorted by name, without targets. */
    public static ClassBarChartDescription departments(Dashboard dashboard, String title) {
        List<BarCategory> categories = dashboard.departments().stream()
                .map(d -> new BarCategory(d.label(), d.label(), "", null, d.classes().base(), d.classes().lowBase(), null))
                .toList();
        return new ClassBarChartDescription(title, dashboard.weighted(), categories, series(dashboard.departments()));
    }

    /**
     * Every owning department's bar (sorted by name, without targets) with, for each, the bars of
     * the touchpoints it owns as the touchpoints chart draws them (targets, marks against all
     * other touchpoints).
     */
    public static DepartmentChartDescription departmentsWithTouchpoints(Dashboard dashboard, PriorityTargets targets,
                                                                        String title, String touchpointsTitle) {
        ClassBarChartDescription departments = departments(dashboard, title);
        ClassBarChartDescription touchpoints = touchpoints(dashboard, targets, touchpointsTitle);
        List<ClassBarChartDescription> owned = departments.categories().stream()
                .map(d -> touchpoints.selected(IntStream.range(0, dashboard.touchpoints().size())
                        .filter(i -> d.key().equals(dashboard.touchpoints().get(i).touchpoint().department()))
                        .boxed().toList()))
                .toList();
        return new DepartmentChartDescription(departments, owned);
    }

    /**
     * Every touchpoint of the dashboard in journey order with its share delighted and its share
     * needing recovery, each with n and interval, and the target of its moment type. A step
     * without base has no points.
     */
    public static JourneyChartDescription journey(Dashboard dashboard, PriorityTargets targets, String title) {
        List<JourneyStep> steps = new ArrayList<>();
        for (TouchpointMeasure t : dashboard.touchpoints()) {
            Touchpoint touchpoint = t.touchpoint();
            GroupMeasure measure = t.measure();
            ClassShares classes = measure.classes();
            int base = classes.base();
            JourneyPoint delighted = point(base, classes.interval(ExperienceClass.DELIGHTED));
            JourneyPoint recovery = point(base, measure.recovery());
            steps.add(new JourneyStep(touchpoint.name(), touchpoint.name(),
                    touchpoint.department() == null ? "" : touchpoint.department(), touchpoint.momentType(), base,
                    classes.lowBase(), delighted, recovery, base == 0 ? null : target(touchpoint, measure, targets)));
        }
        return new JourneyChartDescription(title, dashboard.weighted(), steps);
    }

    private static JourneyPoint point(int base, Share share) {
        if (base == 0) {
            return new JourneyPoint(Double.NaN, 0, Double.NaN, Double.NaN);
        }
        return new JourneyPoint(share.estimate(), (int) Math.round(share.estimate() * base), share.low(), share.high());
    }

    /** The target of the touchpoint's moment type, judged as the priority list judges it. */
    static TargetMarker target(Touchpoint touchpoint, GroupMeasure measure, PriorityTargets targets) {
        double target = targets.target(touchpoint);
        return switch (touchpoint.momentType()) {
            case MOMENT_OF_TRUTH -> marker(TargetMeasure.SATISFIED_OR_DELIGHTED_AT_LEAST, target,
                    measure.satisfiedOrDelighted().estimate());
            case EXCEL -> marker(TargetMeasure.DELIGHTED_AT_LEAST, target,
                    measure.classes().share(ExperienceClass.DELIGHTED));
            case STANDARD -> marker(TargetMeasure.RECOVERY_AT_MOST, target, measure.recovery().estimate());
        };
    }

    private static TargetMarker marker(TargetMeasure measure, double target, double actual) {
        double shortfall = measure == TargetMeasure.RECOVERY_AT_MOST ? actual - target : target - actual;
        return new TargetMarker(measure, target, actual, shortfall);
    }

    private static List<ClassSeries> series(List<GroupMeasure> measures) {
        List<ClassSeries> series = new ArrayList<>();
        for (ExperienceClass c : ExperienceClass.values()) {
            List<BarSegment> segments = new ArrayList<>();
            for (GroupMeasure m : measures) {
                ClassShares classes = m.classes();
                double share = classes.base() == 0 ? 0 : classes.share(c);
                segments.add(new BarSegment(share, (int) Math.round(share * classes.base()), classes.low()[c.ordinal()],
                        classes.high()[c.ordinal()], vsRest(m, c)));
            }
            series.add(new ClassSeries(c, colourId(c), segments));
        }
        return series;
    }

    private static VsRest vsRest(GroupMeasure measure, ExperienceClass c) {
        Comparison comparison = measure.vsRest(c);
        if (measure.classes().lowBase() || comparison == null || !comparison.significant()) {
            return VsRest.NONE;
        }
        return comparison.difference() > 0 ? VsRest.HIGHER : VsRest.LOWER;
    }

    /** "indifferent", "satisfied", "delighted": the CSS names the colours {@code -cx-indifferent} and so on. */
    public static String colourId(ExperienceClass c) {
        return c.name().toLowerCase(java.util.Locale.ROOT);
    }
}
