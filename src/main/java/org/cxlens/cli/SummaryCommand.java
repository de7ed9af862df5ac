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
import org.cxlens.workspace.OpenProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "summary")
final class SummaryCommand implements Callable<Integer> {

    private static final String SEGMENT_PREFIX = "segment:";

    @Spec CommandSpec spec;
    @Mixin DebugOption debug;
    @Mixin AnalysisOptions options;

    @Option(names = "--by", paramLabel = "touchpoint|department|wave|month|segment:NAME")
    String by = "touchpoint";

    @Override
    public Integer call() throws Exception {
        String grouping = by.trim().toLowerCase(Locale.ROOT);
        if (!List.of("touchpoint", "department", "wave", "month").contains(grouping)
                && !grouping.startsWith(SEGMENT_PREFIX)) {
            throw new CxLensException(Message.of("cli.by.unknown", by));
        }
        try (OpenProject analysis = options.open()) {
            write(analysis, grouping);
        }
        return 0;
    }

    private void write(OpenProject analysis, String grouping) throws CxLensException {
        Filter filter = options.filter(analysis);
        Dashboard dashboard = analysis.dashboard(filter);
        List<GroupMeasure> groups = new ArrayList<>();
        boolean experiences = grouping.equals("touchpoint") || grouping.equals("department");
        String segment = null;
        switch (grouping) {
            case "touchpoint" -> dashboard.touchpoints().stream().map(TouchpointMeasure::measure).forEach(groups::add);
            case "department" -> groups.addAll(dashboard.departments());
            case "wave" -> groups.addAll(analysis.measures(Grouping.wave(), filter));
            case "month" -> groups.addAll(analysis.measures(Grouping.month(), filter));
            default -> {
                segment = FilterArguments.segment(analysis.data(), by.trim().substring(SEGMENT_PREFIX.length())).name();
                groups.addAll(analysis.measures(Grouping.segment(segment), filter));
            }
        }
        Message title = segment == null ? Message.of("cli.summary.title." + grouping)
                : Message.of("cli.summary.title.segment", segment);
        String groupLabel = segment == null ? Message.of("cli.summary.group." + grouping).render() : capitalised(segment);
        Report.Builder report = new Report.Builder(title, Report.ANALYSIS_LABELS);
        options.describeBase(report, analysis, dashboard);
        AnalysisOptions.describeOverall(report, dashboard.overall());
        // Unweighted data (or weights all 1) has effective base = n: the column would only repeat n.
        boolean weighted = groups.stream().anyMatch(g -> Math.abs(g.classes().effectiveBase() - g.classes().base()) > 1e-9);
        boolean withDepartment = grouping.equals("touchpoint")
                && dashboard.touchpoints().stream().anyMatch(t -> t.touchpoint().department() != null);
        boolean withNps = !experiences && groups.stream().anyMatch(g -> g.nps() != null);
        report.column("group", groupLabel);
        if (withDepartment) {
            report.column("department");
        }
        report.column("n");
        if (weighted) {
            report.column("effective_n");
        }
        for (ExperienceClass c : ExperienceClass.values()) {
            String name = c.name().toLowerCase(Locale.ROOT);
            report.column(name + "_pct").column(name + "_ci");
        }
        if (withNps) {
            report.column("nps").column("nps_ci");
        }
        // Respondent groups and departments mix scales, so only their mean as a share of the range means anything.
        boolean rawMeans = groups.stream().anyMatch(g -> !Double.isNaN(g.meanScore()));
        report.column(rawMeans ? "mean" : "mean_pct_of_range");
        report.column("top_box_pct").column("low_base").column("vs_rest");
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
            row.add(Cell.phrase(locale -> marks(m, locale)));
            report.row(row);
        }
        report.note(Message.of("cli.summary.note.marks"));
        if (experiences) {
            report.note(Message.of("cli.summary.note.experiences"));
        }
        ReportWriter.write(report.build(), options.format, spec.commandLine().getOut());
    }

    /** Significance marks against the rest, e.g. "D+ I-" (Dutch "E+ O-"); empty when none or suppressed. */
    private static String marks(GroupMeasure m, Locale locale) {
        if (m.vsRest() == null) {
            return "";
        }
        List<String> marks = new ArrayList<>();
        for (ExperienceClass c : new ExperienceClass[] {ExperienceClass.DELIGHTED, ExperienceClass.SATISFIED,
                ExperienceClass.INDIFFERENT}) {
            Comparison comparison = m.vsRest(c);
            if (comparison.significant()) {
                marks.add(Message.of("cli.summary.mark." + c.name().toLowerCase(Locale.ROOT)).render(locale)
                        + (comparison.difference() > 0 ? "+" : "-"));
            }
        }
        return String.join(" ", marks);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
