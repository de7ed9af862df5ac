package org.cxlens.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cxlens.analysis.Comparison;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.GroupMeasure;
import org.cxlens.analysis.Grouping;
import org.cxlens.analysis.Nps;
import org.cxlens.analysis.Share;
import org.cxlens.analysis.TouchpointMeasure;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Message;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "summary", description = "Shares of indifferent, satisfied and delighted per touchpoint, department, "
        + "wave, month or segment, with bases, 95 % intervals, NPS, low-base flags and significance against the rest.")
final class SummaryCommand implements Callable<Integer> {

    private static final String SEGMENT_PREFIX = "segment:";

    @Spec CommandSpec spec;
    @Mixin DebugOption debug;
    @Mixin AnalysisOptions options;

    @Option(names = "--by", paramLabel = "touchpoint|department|wave|month|segment:NAME",
            description = "what each row is (default: ${DEFAULT-VALUE})")
    String by = "touchpoint";

    @Override
    public Integer call() throws Exception {
        String grouping = by.trim().toLowerCase(Locale.ROOT);
        if (!List.of("touchpoint", "department", "wave", "month").contains(grouping)
                && !grouping.startsWith(SEGMENT_PREFIX)) {
            throw new CxLensException(Message.of("cli.by.unknown", by));
        }
        ProjectAnalysis analysis = options.open();
        Filter filter = options.filter(analysis);
        Dashboard dashboard = analysis.engine().dashboard(filter, analysis.scheme());
        List<GroupMeasure> groups = new ArrayList<>();
        boolean experiences = grouping.equals("touchpoint") || grouping.equals("department");
        String label = grouping;
        switch (grouping) {
            case "touchpoint" -> dashboard.touchpoints().stream().map(TouchpointMeasure::measure).forEach(groups::add);
            case "department" -> groups.addAll(dashboard.departments());
            case "wave" -> groups.addAll(analysis.engine().measures(Grouping.wave(), filter, analysis.scheme()));
            case "month" -> groups.addAll(analysis.engine().measures(Grouping.month(), filter, analysis.scheme()));
            default -> {
                String name = FilterArguments.segment(analysis.data(), by.trim().substring(SEGMENT_PREFIX.length())).name();
                label = name;
                groups.addAll(analysis.engine().measures(Grouping.segment(name), filter, analysis.scheme()));
            }
        }
        Report.Builder report = new Report.Builder("Summary by " + label
                + (experiences ? " (touchpoint experiences)" : " (respondents)"));
        options.describeBase(report, analysis, dashboard);
        AnalysisOptions.describeOverall(report, dashboard.overall());
        // Unweighted data (or weights all 1) has effective base = n: the column would only repeat n.
        boolean weighted = groups.stream().anyMatch(g -> Math.abs(g.classes().effectiveBase() - g.classes().base()) > 1e-9);
        boolean withDepartment = grouping.equals("touchpoint")
                && dashboard.touchpoints().stream().anyMatch(t -> t.touchpoint().department() != null);
        boolean withNps = !experiences && groups.stream().anyMatch(g -> g.nps() != null);
        report.column("group", capitalised(label));
        if (withDepartment) {
            report.column("department", "Department");
        }
        report.column("n", "n");
        if (weighted) {
            report.column("effective_n", "eff. n");
        }
        for (ExperienceClass c : ExperienceClass.values()) {
            String name = c.name().toLowerCase(Locale.ROOT);
            report.column(name + "_pct", name + " %").column(name + "_ci", "95 % CI");
        }
        if (withNps) {
            report.column("nps", "NPS").column("nps_ci", "NPS 95 % CI");
        }
        // Respondent groups and departments mix scales, so only their mean as a share of the range means anything.
        boolean rawMeans = groups.stream().anyMatch(g -> !Double.isNaN(g.meanScore()));
        if (rawMeans) {
            report.column("mean", "mean");
        } else {
            report.column("mean_pct_of_range", "mean % of range");
        }
        report.column("top_box_pct", "top box %").column("low_base", "low base")
                .column("vs_rest", "vs rest");
        for (int g = 0; g < groups.size(); g++) {
            GroupMeasure m = groups.get(g);
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(m.label()));
            if (withDepartment) {
                row.add(Cell.text(dashboard.touchpoints().get(g).touchpoint().department()));
            }
            row.add(Cell.count(m.classes().base()));
            if (weighted) {
                row.add(Cell.number(m.classes().effectiveBase(), 1));
            }
            for (ExperienceClass c : ExperienceClass.values()) {
                Share s = m.classes().interval(c);
                row.add(Cell.percent(s.estimate()));
                row.add(Cell.percentInterval(s.low(), s.high()));
            }
            if (withNps) {
                Nps nps = m.nps();
                row.add(Cell.number(nps == null ? Double.NaN : nps.score(), 1));
                row.add(nps == null ? new Cell.Interval(Double.NaN, Double.NaN, 1)
                        : new Cell.Interval(nps.low(), nps.high(), 1));
            }
            row.add(rawMeans ? Cell.number(m.meanScore(), 2) : Cell.percent(m.meanFraction()));
            row.add(Cell.percent(m.topBox().estimate()));
            row.add(Cell.flag(m.classes().lowBase()));
            row.add(Cell.text(marks(m)));
            report.row(row);
        }
        report.note("vs rest: D+ / S+ / I+ = delighted / satisfied / indifferent share significantly higher than in the "
                + "other rows together (95 %, two-proportion test), D- etc. significantly lower; no marks on a low base.");
        if (experiences) {
            report.note("Touchpoint rows count experiences; a respondent contributes to every touchpoint they scored, "
                    + "so marks between touchpoints are indicative. NPS is a respondent measure and is shown above.");
        }
        ReportWriter.write(report.build(), options.format, spec.commandLine().getOut());
        return 0;
    }

    /** Significance marks against the rest, e.g. "D+ I-"; empty when none or suppressed. */
    static String marks(GroupMeasure m) {
        if (m.vsRest() == null) {
            return "";
        }
        List<String> marks = new ArrayList<>();
        for (ExperienceClass c : new ExperienceClass[] {ExperienceClass.DELIGHTED, ExperienceClass.SATISFIED,
                ExperienceClass.INDIFFERENT}) {
            Comparison comparison = m.vsRest(c);
            if (comparison.significant()) {
                marks.add(c.name().charAt(0) + (comparison.difference() > 0 ? "+" : "-"));
            }
        }
        return String.join(" ", marks);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
