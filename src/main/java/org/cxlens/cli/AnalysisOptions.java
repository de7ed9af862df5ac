package org.cxlens.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cxlens.analysis.ClassificationSource;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.GroupMeasure;
import org.cxlens.analysis.Nps;
import org.cxlens.analysis.Weighting;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Message;
import org.cxlens.workspace.OpenProject;
import org.cxlens.workspace.OpeningTimes;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The project, {@code --filter} and {@code --format} options every analysis command shares. */
final class AnalysisOptions {

    @Parameters(index = "0", paramLabel = "P.cxlens", descriptionKey = "project")
    Path project;

    @Option(names = "--filter", paramLabel = "KEY=VALUE", descriptionKey = "analysis.filter")
    List<String> filters = new ArrayList<>();

    @Option(names = "--format", paramLabel = "table|csv|json", descriptionKey = "analysis.format")
    OutputFormat format = OutputFormat.table;

    @Option(names = "--unweighted", descriptionKey = "analysis.unweighted")
    boolean unweighted;

    OpenProject open() throws CxLensException {
        return OpenProject.open(project, !unweighted, OpeningTimes.NONE);
    }

    Filter filter(OpenProject analysis) throws CxLensException {
        return FilterArguments.parse(filters, analysis.data());
    }

    /**
     * Project, filter, scheme, the respondent base with its classification sources, and whether
     * the figures are weighted (by which column, with the effective base beside the unweighted one).
     */
    void describeBase(Report.Builder report, OpenProject analysis, Dashboard dashboard) {
        Weighting weighting = analysis.weighting(dashboard);
        report.context("project", Cell.text(project.toString()))
                .context("filter", FilterArguments.describe(filters))
                .context("scheme", Cell.phrase(locale -> describeScheme(analysis, locale)))
                .context("weighting", Cell.phrase(weighting.describe()))
                .context("weighted", Cell.flag(weighting.applied()), Report.Shown.CSV)
                .context("weight_column", Cell.text(weighting.appliedColumns()), Report.Shown.CSV)
                .context("respondents", Cell.count(dashboard.respondents()))
                .context("effective_respondents", Cell.number(dashboard.effectiveRespondents(), 1), Report.Shown.CSV)
                .context("classified_overall", Cell.count(dashboard.sources().get(ClassificationSource.OVERALL)))
                .context("classified_recommend", Cell.count(dashboard.sources().get(ClassificationSource.RECOMMEND)))
                .context("classified_touchpoint_mean",
                        Cell.count(dashboard.sources().get(ClassificationSource.TOUCHPOINT_MEAN)))
                .context("not_classified", Cell.count(dashboard.sources().get(ClassificationSource.NONE)));
    }

    /** "delighted from 85 %, satisfied from 65 %, recovery below 35 % of the scale range; low base below 30". */
    private static String describeScheme(OpenProject analysis, Locale locale) {
        ClassificationScheme scheme = analysis.scheme();
        String described = Message.of("cli.scheme.description", percent(scheme.delightedFrom(), locale),
                percent(scheme.satisfiedFrom(), locale), percent(scheme.recoveryBelow(), locale),
                analysis.lowBaseMinimum()).render(locale);
        return scheme.expectationRule() ? described
                : described + "; " + Message.of("cli.scheme.expectationRuleOff").render(locale);
    }

    private static String percent(double fraction, Locale locale) {
        return Display.decimal(100 * fraction, fraction * 100 == Math.rint(fraction * 100) ? 0 : 1, locale);
    }

    /** Respondent-level class shares and NPS of everyone selected. */
    static void describeOverall(Report.Builder report, GroupMeasure overall) {
        for (ExperienceClass c : ExperienceClass.values()) {
            report.context("overall_" + c.name().toLowerCase(Locale.ROOT) + "_pct",
                    Cell.percent(overall.classes().share(c)));
        }
        Nps nps = overall.nps();
        report.context("nps", nps == null ? Cell.phrase(Message.of("cli.nps.notAvailable")) : Cell.number(nps.score(), 1));
        if (nps != null) {
            report.context("nps_ci", new Cell.Interval(nps.low(), nps.high(), 1))
                    .context("nps_base", Cell.count(nps.base()));
        }
    }
}
