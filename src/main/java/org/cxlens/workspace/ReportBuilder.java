package org.cxlens.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.cxlens.analysis.ClassShares;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.DriverOutcome;
import org.cxlens.analysis.Drivers;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.GroupMeasure;
import org.cxlens.analysis.Grouping;
import org.cxlens.analysis.Nps;
import org.cxlens.analysis.PerformanceMeasure;
import org.cxlens.analysis.Priority;
import org.cxlens.analysis.PriorityTargets;
import org.cxlens.analysis.Share;
import org.cxlens.domain.CancelledException;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Progress;
import org.cxlens.report.BarCategory;
import org.cxlens.report.BarSegment;
import org.cxlens.report.CellFormat;
import org.cxlens.report.ChartDescriptions;
import org.cxlens.report.ChartMeasure;
import org.cxlens.report.ClassBarChartDescription;
import org.cxlens.report.DepartmentChartDescription;
import org.cxlens.report.DriverChartDescription;
import org.cxlens.report.DriverPoint;
import org.cxlens.report.HeatCell;
import org.cxlens.report.HeatmapDescription;
import org.cxlens.report.JourneyChartDescription;
import org.cxlens.report.JourneyStep;
import org.cxlens.report.ModelSummary;
import org.cxlens.report.PageTexts;
import org.cxlens.report.ReportBook;
import org.cxlens.report.ReportCell;
import org.cxlens.report.ReportTable;
import org.cxlens.report.ReportView;
import org.cxlens.report.Scorecard;
import org.cxlens.report.TargetMarker;
import org.cxlens.report.TrendChartDescription;
import org.cxlens.report.TrendPeriod;

/**
 * Builds a deliverable's {@link ReportBook} from an open project under a filter, in one language:
 * the views in the order of the app's pages, made by the same chart-description factories as the
 * screen with the pages' default choices (delight as the drivers' outcome and performance, the
 * touchpoints in journey order), so every number equals the screen's.
 */
public final class ReportBuilder {

    /** The steps {@link Progress} counts: eight views, the method page, the cover, the scorecards. */
    static final int STEPS = 11;

    private final OpenProject project;
    private final Filter filter;
    private final ReportCells cells;
    private final PageTexts texts;
    private final Dashboard dashboard;

    private ReportBuilder(OpenProject project, Filter filter, Locale locale) {
        this.project = project;
        this.filter = filter;
        this.cells = new ReportCells(PageTexts.bundle(locale));
        this.texts = cells.texts();
        this.dashboard = project.dashboard(filter);
    }

    /**
     * @param scorecards whether to build the department scorecards (they read comments from the
     *                   file, which the other deliverables do not need)
     */
    public static ReportBook build(OpenProject project, Filter filter, Locale locale, boolean scorecards,
                                   Progress progress) throws CxLensException {
        return new ReportBuilder(project, filter, locale).book(locale, scorecards, progress);
    }

    /**
     * The cover and the method without any view: for a deliverable that lists respondents rather
     * than figures (the CSV), so it does not compute the drivers and every chart it never shows.
     */
    public static ReportBook coverAndMethod(OpenProject project, Filter filter, Locale locale) throws CxLensException {
        ReportBuilder builder = new ReportBuilder(project, filter, locale);
        ReportMethod method = new ReportMethod(project, filter, builder.dashboard, builder.cells);
        return new ReportBook(locale, method.cover(), List.of(), method.sections(), List.of());
    }

    private ReportBook book(Locale locale, boolean withScorecards, Progress progress) throws CxLensException {
        List<ReportView> views = new ArrayList<>();
        step(progress, 0);
        views.add(overview());
        step(progress, 1);
        views.add(touchpoints());
        step(progress, 2);
        DepartmentChartDescription departments = departmentChart();
        views.add(departments(departments));
        step(progress, 3);
        views.add(journey());
        step(progress, 4);
        DriverChartDescription drivers = DriverChartDescription.of(
                project.drivers(filter, DriverOutcome.DELIGHT, PerformanceMeasure.DELIGHTED), dashboard);
        views.add(drivers(drivers));
        step(progress, 5);
        views.add(priorities());
        step(progress, 6);
        views.add(heatmap());
        step(progress, 7);
        views.add(trend());
        step(progress, 8);
        ReportMethod method = new ReportMethod(project, filter, dashboard, cells);
        var sections = method.sections();
        step(progress, 9);
        var cover = method.cover();
        step(progress, 10);
        var scorecards = withScorecards ? new ScorecardBuilder(project, filter, dashboard, cells).scorecards(departments)
                : List.<Scorecard>of();
        step(progress, STEPS);
        return new ReportBook(locale, cover, views, sections, scorecards);
    }

    private static void step(Progress progress, int done) throws CancelledException {
        if (progress.isCancelled()) {
            throw new CancelledException();
        }
        progress.update(done, STEPS);
    }

    // ---- overview ---------------------------------------------------------------------------

    private ReportView overview() {
        ClassBarChartDescription headline = ChartDescriptions.respondents(dashboard, cells.text("report.overview.chart"),
                cells.text("overview.all"));
        GroupMeasure overall = dashboard.overall();
        int base = overall.classes().base();
        List<List<ReportCell>> rows = new ArrayList<>();
        for (ExperienceClass c : ExperienceClass.values()) {
            BarSegment segment = headline.segment(0, c);
            rows.add(List.of(cells.cell(cells.className(c)), cells.share(base == 0 ? Double.NaN : segment.share()),
                    cells.interval(segment.low(), segment.high()), cells.count(segment.n())));
        }
        Nps nps = overall.nps() == null || Double.isNaN(overall.nps().score()) ? null : overall.nps();
        if (nps != null) {
            rows.add(List.of(cells.cell(cells.text("overview.nps")), cells.number(signed(nps.score(), 0), nps.score()),
                    cells.cell(signed(nps.low(), 1) + " – " + signed(nps.high(), 1)), cells.count(nps.base())));
        }
        Share recovery = overall.recovery();
        rows.add(List.of(cells.cell(cells.text("overview.recovery")), cells.share(recovery.estimate()),
                cells.interval(recovery.low(), recovery.high()), cells.count(recoveryCount(overall))));
        ReportTable table = new ReportTable(List.of(cells.text("report.column.measure"),
                cells.text("report.column.share"), cells.text("report.column.interval"), cells.text("report.column.n")),
                rows);
        List<String> notes = new ArrayList<>();
        notes.add(cells.text("report.overview.base", dashboard.respondents(), texts.sources(dashboard.sources())));
        notes.add(cells.render(project.weighting(dashboard).describe()));
        var scheme = project.scheme();
        notes.add(cells.className(ExperienceClass.DELIGHTED) + ": "
                + cells.text("overview.explain.delighted", texts.roundPercent(scheme.delightedFrom())));
        notes.add(cells.className(ExperienceClass.SATISFIED) + ": " + cells.text("overview.explain.satisfied",
                texts.roundPercent(scheme.satisfiedFrom()), texts.roundPercent(scheme.delightedFrom())));
        notes.add(cells.className(ExperienceClass.INDIFFERENT) + ": "
                + cells.text("overview.explain.indifferent", texts.roundPercent(scheme.satisfiedFrom())));
        if (!Double.isNaN(recovery.estimate())) {
            notes.add(cells.text("overview.recovery.tooltip", texts.percent(recovery.estimate()),
                    texts.percent(recovery.low()), texts.percent(recovery.high()),
                    texts.roundPercent(scheme.recoveryBelow())));
        }
        if (nps == null) {
            notes.add(cells.text("overview.nps.noItem"));
        }
        return new ReportView("overview", cells.text("page.overview"), headline, table, notes);
    }

    /** Respondents needing recovery, as the overview's tile counts them. */
    static int recoveryCount(GroupMeasure overall) {
        Share recovery = overall.recovery();
        return Double.isNaN(recovery.estimate()) ? 0 : (int) Math.round(recovery.estimate() * overall.classes().base());
    }

    private String signed(double npsValue, int decimals) {
        return String.format(cells.resources().getLocale(), "%+." + decimals + "f", npsValue);
    }

    // ---- touchpoints, departments, journey -------------------------------------------------

    private ReportView touchpoints() {
        ClassBarChartDescription chart = ChartDescriptions.touchpoints(dashboard, PriorityTargets.DEFAULT,
                cells.text("page.touchpoints"));
        List<List<ReportCell>> rows = new ArrayList<>();
        for (int i = 0; i < chart.categories().size(); i++) {
            BarCategory bar = chart.categories().get(i);
            List<ReportCell> row = new ArrayList<>(List.of(cells.cell(bar.label()), cells.cell(bar.detail()),
                    cells.cell(cells.text("moment." + bar.momentType().name())), cells.count(bar.base())));
            row.addAll(classShares(chart, i));
            row.addAll(target(bar.target()));
            rows.add(row);
        }
        List<String> headers = new ArrayList<>(List.of(cells.text("touchpoints.column.touchpoint"),
                cells.text("departments.column.department"), cells.text("touchpoints.column.moment"),
                cells.text("report.column.n")));
        headers.addAll(classHeaders());
        headers.addAll(List.of(cells.text("touchpoints.column.target"), cells.text("report.column.met")));
        return new ReportView("touchpoints", cells.text("page.touchpoints"), chart, new ReportTable(headers, rows),
                chartNotes(chart.weighted(), chart.categories().stream().anyMatch(BarCategory::lowBase),
                        cells.text("report.touchpoints.marks")));
    }

    private DepartmentChartDescription departmentChart() {
        return ChartDescriptions.departmentsWithTouchpoints(dashboard, PriorityTargets.DEFAULT,
                cells.text("page.departments"), cells.text("page.touchpoints"));
    }

    private ReportView departments(DepartmentChartDescription chart) {
        ClassBarChartDescription bars = chart.departments();
        List<List<ReportCell>> rows = new ArrayList<>();
        for (int i = 0; i < bars.categories().size(); i++) {
            BarCategory bar = bars.categories().get(i);
            List<ReportCell> row = new ArrayList<>(List.of(cells.cell(bar.label()),
                    cells.cell(String.join(", ", chart.owned().get(i).categories().stream().map(BarCategory::label)
                            .toList())), cells.count(bar.base())));
            row.addAll(classShares(bars, i));
            rows.add(row);
        }
        List<String> headers = new ArrayList<>(List.of(cells.text("departments.column.department"),
                cells.text("report.column.touchpoints"), cells.text("report.column.n")));
        headers.addAll(classHeaders());
        List<String> notes = new ArrayList<>();
        notes.add(cells.text("report.departments.lead"));
        if (bars.categories().isEmpty()) {
            notes.add(cells.text("departments.empty"));
        }
        notes.addAll(chartNotes(bars.weighted(), bars.categories().stream().anyMatch(BarCategory::lowBase),
                cells.text("report.departments.marks")));
        return new ReportView("departments", cells.text("page.departments"), chart, new ReportTable(headers, rows),
                notes);
    }

    private ReportView journey() {
        JourneyChartDescription chart = ChartDescriptions.journey(dashboard, PriorityTargets.DEFAULT,
                cells.text("page.journey"));
        List<List<ReportCell>> rows = new ArrayList<>();
        for (JourneyStep step : chart.steps()) {
            List<ReportCell> row = new ArrayList<>(List.of(cells.cell(step.label()),
                    cells.cell(cells.text("moment." + step.momentType().name())), cells.count(step.base()),
                    cells.share(step.delighted().share()), cells.interval(step.delighted().low(), step.delighted().high()),
                    cells.share(step.recovery().share()), cells.interval(step.recovery().low(), step.recovery().high())));
            row.addAll(target(step.target()));
            rows.add(row);
        }
        ReportTable table = new ReportTable(List.of(cells.text("touchpoints.column.touchpoint"),
                cells.text("touchpoints.column.moment"), cells.text("report.column.n"), cells.text("journey.delighted"),
                cells.text("report.column.interval"), cells.text("journey.recovery"), cells.text("report.column.interval"),
                cells.text("touchpoints.column.target"), cells.text("report.column.met")), rows);
        List<String> notes = new ArrayList<>();
        notes.add(cells.text("journey.lead"));
        OptionalInt wins = chart.mostDelighted();
        OptionalInt loses = chart.mostRecovery();
        wins.ifPresent(i -> notes.add(cells.text("journey.wins", chart.steps().get(i).label(),
                texts.percent(chart.steps().get(i).delighted().share()))));
        loses.ifPresent(i -> notes.add(cells.text("journey.loses", chart.steps().get(i).label(),
                texts.percent(chart.steps().get(i).recovery().share()))));
        if (wins.isEmpty() && loses.isEmpty()) {
            notes.add(cells.text(chart.steps().isEmpty() ? "journey.empty" : "journey.none"));
        }
        notes.addAll(chartNotes(chart.weighted(), chart.steps().stream().anyMatch(JourneyStep::lowBase), null));
        return new ReportView("journey", cells.text("page.journey"), chart, table, notes);
    }

    private List<String> classHeaders() {
        List<String> headers = new ArrayList<>();
        for (ExperienceClass c : ExperienceClass.values()) {
            headers.add(cells.className(c));
        }
        return headers;
    }

    /** The bar's share of each class, indifferent → satisfied → delighted. */
    private List<ReportCell> classShares(ClassBarChartDescription chart, int bar) {
        List<ReportCell> shares = new ArrayList<>();
        boolean empty = chart.categories().get(bar).base() == 0;
        for (ExperienceClass c : ExperienceClass.values()) {
            shares.add(cells.share(empty ? Double.NaN : chart.segment(bar, c).share()));
        }
        return shares;
    }

    /** "≥ 30 % delighted" and "Met" / "Not met"; empty without a target. */
    private List<ReportCell> target(TargetMarker target) {
        if (target == null) {
            return List.of(cells.cell(""), cells.cell(""));
        }
        return List.of(cells.cell(cells.text("report.target." + target.measure().name(),
                        texts.roundPercent(target.target()), texts.percent(target.actual()))),
                cells.cell(cells.text(target.met() ? "report.met.yes" : "report.met.no")));
    }

    /** What every chart's reader needs: marks, low bases, weighting. */
    private List<String> chartNotes(boolean weighted, boolean lowBase, String marks) {
        List<String> notes = new ArrayList<>();
        if (marks != null) {
            notes.add(marks);
        }
        if (lowBase) {
            notes.add(cells.text("report.lowBase.marked", project.lowBaseMinimum()));
        }
        if (weighted) {
            notes.add(cells.text("chart.tooltip.weighted") + ".");
        }
        return notes;
    }

    // ---- drivers and priorities --------------------------------------------------------------

    private ReportView drivers(DriverChartDescription chart) {
        ModelSummary model = ModelSummary.of(chart, texts);
        List<List<ReportCell>> rows = new ArrayList<>();
        for (DriverPoint p : chart.points()) {
            rows.add(List.of(cells.cell(p.label()), cells.share(p.performance()), cells.count(p.n()),
                    cells.number(texts.decimal(p.correlation()), p.correlation()),
                    cells.number(texts.decimal(p.relativeWeight()), p.relativeWeight()), cells.share(p.importance()),
                    p.rank() > 0 ? cells.count(p.rank()) : cells.cell("–"),
                    cells.cell(texts.quadrant(p.quadrant(), chart.judged()))));
        }
        ReportTable table = new ReportTable(List.of(cells.text("drivers.column.touchpoint"),
                cells.text("drivers.column.performance"), cells.text("drivers.column.n"),
                cells.text("drivers.column.correlation"), cells.text("drivers.column.relativeWeight"),
                cells.text("drivers.column.importance"), cells.text("drivers.column.rank"),
                cells.text("drivers.column.quadrant")), rows);
        List<String> notes = new ArrayList<>();
        notes.add(model.line());
        if (!model.judged()) {
            notes.add(cells.text("drivers.caution"));
        }
        notes.addAll(model.cautions());
        notes.addAll(model.notes());
        if (!chart.unplaced().isEmpty()) {
            notes.add(cells.text("drivers.notPlaced",
                    String.join(", ", chart.unplaced().stream().map(DriverPoint::label).toList())));
        }
        if (chart.weighted()) {
            notes.add(cells.text("chart.tooltip.weighted") + ".");
        }
        return new ReportView("drivers", cells.render(chart.title()), chart, table, notes);
    }

    private ReportView priorities() {
        PriorityPlan plan = project.priorities(filter, DriverOutcome.DELIGHT);
        List<List<ReportCell>> rows = new ArrayList<>();
        for (Priority p : plan.priorities()) {
            ClassShares classes = plan.dashboard().touchpoints().stream()
                    .filter(t -> t.touchpoint().name().equals(p.touchpoint().name())).map(t -> t.measure().classes())
                    .findFirst().orElse(null);
            rows.add(List.of(cells.count(rows.size() + 1), cells.cell(p.touchpoint().name()),
                    cells.cell(cells.text("priorities.judgedOn." + p.touchpoint().momentType().name())),
                    cells.share(p.actual()), cells.share(p.target()),
                    p.onTarget() ? cells.cell(cells.text("priorities.gap.met"))
                            : ReportCell.number(cells.text("priorities.gap.points", texts.points(p.gap())), p.gap() * 100,
                            CellFormat.NUMBER),
                    Double.isNaN(p.importance()) ? cells.cell(cells.text("priorities.importance.unknown"))
                            : cells.share(p.importance()),
                    cells.count(classes == null ? 0 : classes.base()), cells.cell(cells.render(p.reason()))));
        }
        ReportTable table = new ReportTable(List.of(cells.text("priorities.column.rank"),
                cells.text("priorities.column.touchpoint"), cells.text("priorities.column.judgedOn"),
                cells.text("priorities.column.actual"), cells.text("priorities.column.target"),
                cells.text("priorities.column.gap"), cells.text("priorities.column.importance"),
                cells.text("report.column.n"), cells.text("priorities.column.reason")), rows);
        List<String> notes = new ArrayList<>();
        notes.add(cells.text("priorities.intro", cells.render(DriverOutcome.DELIGHT.phrase())));
        if (!plan.drivers().judged()) {
            notes.add(cells.text("priorities.gapOnly"));
        }
        if (plan.priorities().isEmpty()) {
            notes.add(cells.text("priorities.empty"));
        }
        if (plan.priorities().stream().anyMatch(Priority::lowBase)) {
            notes.add(cells.text("report.lowBase.marked", project.lowBaseMinimum()));
        }
        return new ReportView("priorities", cells.text("page.priorities"), null, table, notes);
    }

    // ---- heatmap and trend -------------------------------------------------------------------

    /** Touchpoint × wave; by the respondents' department (or the first other dimension) when there is one wave. */
    private Grouping heatmapColumns() {
        List<Grouping> dimensions = Dimensions.of(project.data());
        if (project.data().wave().values().size() > 1) {
            return Grouping.wave();
        }
        if (dimensions.contains(Grouping.respondentDepartment())) {
            return Grouping.respondentDepartment();
        }
        return dimensions.stream().filter(g -> !(g instanceof Grouping.ByWave)).findFirst()
                .orElse(dimensions.isEmpty() ? null : dimensions.get(0));
    }

    private ReportView heatmap() {
        Grouping columns = heatmapColumns();
        String title = cells.text("page.heatmap");
        if (columns == null) {
            return new ReportView("heatmap", title, null, ReportTable.empty(), List.of(cells.text("heatmap.noDimension")));
        }
        String dimension = Dimensions.name(columns, cells.resources());
        HeatmapDescription chart = HeatmapDescription.of(project.heatmap(columns, filter), ChartMeasure.DELIGHTED,
                cells.text("report.heatmap.title", cells.text("measure.DELIGHTED"), dimension), dashboard.weighted());
        List<List<ReportCell>> rows = new ArrayList<>();
        for (int r = 0; r < chart.rowLabels().size(); r++) {
            List<ReportCell> row = new ArrayList<>();
            row.add(cells.cell(chart.rowLabels().get(r)));
            for (int c = 0; c < chart.columnLabels().size(); c++) {
                HeatCell cell = chart.cell(r, c);
                row.add(cell.empty() ? cells.cell("–") : cells.share(cell.share()));
            }
            rows.add(row);
        }
        List<String> headers = new ArrayList<>();
        headers.add(cells.text("touchpoints.column.touchpoint"));
        headers.addAll(chart.columnLabels());
        List<String> notes = new ArrayList<>();
        notes.add(cells.text("heatmap.legend.marks"));
        if (!chart.emptyColumns().isEmpty()) {
            notes.add(cells.text("heatmap.emptyColumns", String.join(", ", chart.emptyColumns())));
        }
        notes.addAll(chartNotes(chart.weighted(),
                chart.cells().stream().flatMap(List::stream).anyMatch(c -> c.lowBase() && !c.empty()), null));
        return new ReportView("heatmap", title, chart, new ReportTable(headers, rows), notes);
    }

    private ReportView trend() {
        String title = cells.text("page.trend");
        Grouping period = !project.data().wave().values().isEmpty() ? Grouping.wave()
                : Dimensions.dated(project.data()) ? Grouping.month() : null;
        if (period == null) {
            return new ReportView("trend", title, null, ReportTable.empty(), List.of(cells.text("trend.noPeriod")));
        }
        TrendChartDescription chart = TrendChartDescription.of(project.measures(period, filter), ChartMeasure.DELIGHTED,
                project.engine().settings(), cells.text("report.trend.title", cells.text("measure.DELIGHTED"),
                        Dimensions.name(period, cells.resources())), null, dashboard.weighted());
        List<List<ReportCell>> rows = new ArrayList<>();
        for (TrendPeriod p : chart.periods()) {
            String change = p.empty() || p.lowBase() || p.previous() == null ? ""
                    : cells.text("trend.tooltip.change." + p.changeVsPrevious().name(), p.previous());
            rows.add(List.of(cells.cell(p.label()), cells.share(p.value()), cells.interval(p.low(), p.high()),
                    cells.count(p.n()), cells.cell(change)));
        }
        ReportTable table = new ReportTable(List.of(Dimensions.name(period, cells.resources()),
                cells.text("measure.DELIGHTED"), cells.text("report.column.interval"), cells.text("report.column.n"),
                cells.text("report.column.change")), rows);
        List<String> notes = new ArrayList<>();
        notes.add(cells.text("trend.legend.change"));
        if (chart.periods().stream().anyMatch(TrendPeriod::empty)) {
            notes.add(cells.text("trend.emptyPeriods"));
        }
        notes.addAll(chartNotes(chart.weighted(), chart.periods().stream().anyMatch(p -> p.lowBase() && !p.empty()),
                null));
        return new ReportView("trend", title, chart, table, notes);
    }
}
