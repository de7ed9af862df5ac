package org.cxlens.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cxlens.analysis.ClassificationSource;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.GroupMeasure;
import org.cxlens.analysis.Nps;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.ExperienceClass;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The project, {@code --filter} and {@code --format} options every analysis command shares. */
final class AnalysisOptions {

    @Parameters(index = "0", paramLabel = "P.cxlens", description = "project file")
    Path project;

    @Option(names = "--filter", paramLabel = "KEY=VALUE",
            description = "keep only some respondents: wave=2025-Q1[,2025-Q2], from=2025-01-01, to=2025-06-30, "
                    + "department=Sales (touchpoint owner), segment:Region=North, class=delighted; repeatable")
    List<String> filters = new ArrayList<>();

    @Option(names = "--format", paramLabel = "table|csv|json",
            description = "output format (default: ${DEFAULT-VALUE})")
    OutputFormat format = OutputFormat.table;

    ProjectAnalysis open() throws CxLensException {
        return ProjectAnalysis.open(project);
    }

    Filter filter(ProjectAnalysis analysis) throws CxLensException {
        return FilterArguments.parse(filters, analysis.data());
    }

    /** Project, filter, scheme and the respondent base with its classification sources. */
    void describeBase(Report.Builder report, ProjectAnalysis analysis, Dashboard dashboard) {
        report.context("project", "Project", Cell.text(project.toString()))
                .context("filter", "Filter", Cell.text(FilterArguments.describe(filters)))
                .context("scheme", "Scheme", Cell.text(analysis.describeScheme()))
                .context("respondents", "Respondents selected", Cell.count(dashboard.respondents()))
                .context("classified_overall", "Classified from overall item",
                        Cell.count(dashboard.sources().get(ClassificationSource.OVERALL)))
                .context("classified_recommend", "Classified from recommend item",
                        Cell.count(dashboard.sources().get(ClassificationSource.RECOMMEND)))
                .context("classified_touchpoint_mean", "Classified from touchpoint mean",
                        Cell.count(dashboard.sources().get(ClassificationSource.TOUCHPOINT_MEAN)))
                .context("not_classified", "Not classifiable (no score)",
                        Cell.count(dashboard.sources().get(ClassificationSource.NONE)));
    }

    /** Respondent-level class shares and NPS of everyone selected. */
    static void describeOverall(Report.Builder report, GroupMeasure overall) {
        for (ExperienceClass c : ExperienceClass.values()) {
            String name = c.name().toLowerCase(java.util.Locale.ROOT);
            report.context("overall_" + name + "_pct", "Respondents " + name + " %", Cell.percent(overall.classes().share(c)));
        }
        Nps nps = overall.nps();
        report.context("nps", "NPS", nps == null ? Cell.text("not available (no 0–10 recommend item)")
                : Cell.number(nps.score(), 1));
        if (nps != null) {
            report.context("nps_ci", "NPS 95 % interval", new Cell.Interval(nps.low(), nps.high(), 1))
                    .context("nps_base", "NPS base", Cell.count(nps.base()));
        }
    }
}
