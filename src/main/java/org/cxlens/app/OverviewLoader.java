package org.cxlens.app;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.cxlens.analysis.AnalysisEngine;
import org.cxlens.analysis.AnalysisSettings;
import org.cxlens.analysis.ClassShares;
import org.cxlens.analysis.ClassificationSource;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.GroupMeasure;
import org.cxlens.analysis.TouchpointMeasure;
import org.cxlens.analysis.Weighting;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.domain.CxLensException;
import org.cxlens.domain.SurveyData;
import org.cxlens.storage.ProjectFile;
import org.cxlens.storage.ProjectSummary;
import org.cxlens.ui.ClassBar;
import org.cxlens.ui.OverviewData;

/** Opens a project and computes what the overview page shows (runs off the FX thread). */
final class OverviewLoader {

    private final ResourceBundle bundle;

    OverviewLoader(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    OverviewData load(Path file) throws CxLensException {
        SurveyData data;
        ClassificationScheme scheme;
        AnalysisSettings settings;
        ProjectSummary summary;
        List<String> weightColumns;
        try (ProjectFile project = ProjectFile.open(file)) {
            data = project.loadSurveyData();
            scheme = project.scheme();
            settings = new AnalysisSettings(project.lowBaseMinimum());
            summary = project.summary();
            weightColumns = project.weightColumns();
        }
        Dashboard dashboard = AnalysisEngine.prepare(data, settings).dashboard(Filter.NONE, scheme);
        List<ClassBar> touchpoints = new ArrayList<>();
        for (TouchpointMeasure t : dashboard.touchpoints()) {
            String department = t.touchpoint().department() == null ? "" : t.touchpoint().department();
            touchpoints.add(bar(t.touchpoint().name(), department, t.measure()));
        }
        List<ClassBar> departments = dashboard.departments().stream().map(d -> bar(d.label(), "", d)).toList();
        GroupMeasure overall = dashboard.overall();
        Double nps = overall.nps() == null || Double.isNaN(overall.nps().score()) ? null : overall.nps().score();
        return new OverviewData(projectName(file), summary.respondents(), summary.importCount(),
                bar("", "", overall), sources(dashboard.sources()),
                Weighting.of(weightColumns, data, dashboard).describe().render(bundle.getLocale()), nps, touchpoints,
                departments);
    }

    private static ClassBar bar(String label, String detail, GroupMeasure measure) {
        ClassShares c = measure.classes();
        return new ClassBar(label, detail, c.base(), c.share().clone(), c.lowBase());
    }

    /** "overall satisfaction (1,480), recommend (20)": the sources actually used, largest first. */
    private String sources(Map<ClassificationSource, Integer> counts) {
        List<String> parts = new ArrayList<>();
        counts.entrySet().stream()
                .filter(e -> e.getKey() != ClassificationSource.NONE && e.getValue() > 0)
                .sorted(Map.Entry.<ClassificationSource, Integer>comparingByValue().reversed())
                .forEach(e -> parts.add(MessageFormat.format(bundle.getString("overview.source"),
                        bundle.getString("source." + e.getKey().name()), e.getValue())));
        return parts.isEmpty() ? bundle.getString("source.NONE") : String.join(", ", parts);
    }

    private static String projectName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".cxlens") ? name.substring(0, name.length() - ".cxlens".length()) : name;
    }
}
