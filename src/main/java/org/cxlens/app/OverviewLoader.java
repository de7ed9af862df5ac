package org.cxlens.app;

import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.GroupMeasure;
import org.cxlens.analysis.Grouping;
import org.cxlens.analysis.Nps;
import org.cxlens.analysis.Share;
import org.cxlens.analysis.PriorityTargets;
import org.cxlens.domain.CxLensException;
import org.cxlens.report.ChartDescriptions;
import org.cxlens.report.ChartMeasure;
import org.cxlens.report.PageTexts;
import org.cxlens.report.TrendChartDescription;
import org.cxlens.storage.ProjectSummary;
import org.cxlens.ui.overview.OverviewData;
import org.cxlens.workspace.OpenProject;

/** Opens a project and computes what the overview page shows (runs off the FX thread). */
final class OverviewLoader {

    private final ResourceBundle bundle;

    OverviewLoader(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    OverviewData load(Path file) throws CxLensException {
        try (OpenProject project = OpenProject.open(file)) {
            return overview(project, project.summary(), Filter.NONE);
        }
    }

    /** The overview under a filter; {@code summary} is the project's, read once, as it does not change with the filter. */
    OverviewData overview(OpenProject project, ProjectSummary summary, Filter filter) {
        Dashboard dashboard = project.dashboard(filter);
        GroupMeasure overall = dashboard.overall();
        Nps nps = overall.nps() == null || Double.isNaN(overall.nps().score()) ? null : overall.nps();
        Share recovery = overall.recovery();
        int recoveryCount = Double.isNaN(recovery.estimate()) ? 0
                : (int) Math.round(recovery.estimate() * overall.classes().base());
        return new OverviewData(project.name(), summary.respondents(), dashboard.respondents(), summary.importCount(),
                ChartDescriptions.respondents(dashboard, bundle.getString("overview.all"), bundle.getString("overview.all")), new PageTexts(bundle).sources(dashboard.sources()),
                project.weighting(dashboard).describe().render(bundle.getLocale()), nps, recovery, recoveryCount,
                byWave(project, filter, dashboard.weighted()), project.scheme(),
                ChartDescriptions.touchpoints(dashboard, PriorityTargets.DEFAULT, bundle.getString("overview.tab.touchpoints")),
                ChartDescriptions.departments(dashboard, bundle.getString("overview.tab.departments")));
    }

    /** The share delighted per wave, when there are waves to compare. */
    private TrendChartDescription byWave(OpenProject project, Filter filter, boolean weighted) {
        List<GroupMeasure> waves = project.measures(Grouping.wave(), filter);
        if (waves.size() < 2) {
            return null;
        }
        return TrendChartDescription.of(waves, ChartMeasure.DELIGHTED, project.engine().settings(),
                bundle.getString("overview.byWave"), null, weighted);
    }
}
