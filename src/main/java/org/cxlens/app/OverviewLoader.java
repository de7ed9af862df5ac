package org.cxlens.app;

import java.nio.file.Path;
import java.util.ResourceBundle;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.GroupMeasure;
import org.cxlens.analysis.Nps;
import org.cxlens.analysis.PriorityTargets;
import org.cxlens.analysis.Share;
import org.cxlens.domain.CxLensException;
import org.cxlens.report.ChartDescriptions;
import org.cxlens.report.ChartMeasure;
import org.cxlens.report.PageTexts;
import org.cxlens.report.TrendChartDescription;
import org.cxlens.ui.overview.OverviewData;
import org.cxlens.workspace.OpenProject;
import org.cxlens.workspace.OverviewFigures;

/**
 * What the overview page shows, in the bundle's language, made from the figures the engine
 * computed now or an earlier opening stored: one way for both, so both show the same (runs off
 * the FX thread).
 */
final class OverviewLoader {

    private final ResourceBundle bundle;

    OverviewLoader(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** Opens a project and computes its unfiltered overview. */
    OverviewData load(Path file) throws CxLensException {
        try (OpenProject project = OpenProject.open(file)) {
            return overview(project.name(), project.overviewFigures(Filter.NONE));
        }
    }

    OverviewData overview(String projectName, OverviewFigures figures) {
        Dashboard dashboard = figures.dashboard();
        GroupMeasure overall = dashboard.overall();
        Nps nps = overall.nps() == null || Double.isNaN(overall.nps().score()) ? null : overall.nps();
        Share recovery = overall.recovery();
        int recoveryCount = Double.isNaN(recovery.estimate()) ? 0
                : (int) Math.round(recovery.estimate() * overall.classes().base());
        return new OverviewData(projectName, figures.respondents(), dashboard.respondents(), figures.imports(),
                ChartDescriptions.respondents(dashboard, bundle.getString("overview.all"), bundle.getString("overview.all")), new PageTexts(bundle).sources(dashboard.sources()),
                figures.weighting().describe().render(bundle.getLocale()), nps, recovery, recoveryCount,
                byWave(figures), dashboard.scheme(),
                ChartDescriptions.touchpoints(dashboard, PriorityTargets.DEFAULT, bundle.getString("overview.tab.touchpoints")),
                ChartDescriptions.departments(dashboard, bundle.getString("overview.tab.departments")));
    }

    /** The share delighted per wave, when there are waves to compare. */
    private TrendChartDescription byWave(OverviewFigures figures) {
        if (figures.waves().size() < 2) {
            return null;
        }
        return TrendChartDescription.of(figures.waves(), ChartMeasure.DELIGHTED, figures.settings(),
                bundle.getString("overview.byWave"), null, figures.dashboard().weighted());
    }
}
