package org.cxlens.ui.classification;

import java.util.ResourceBundle;
import org.cxlens.analysis.ClassMoves;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.Filter;
import org.cxlens.analysis.PriorityTargets;
import org.cxlens.domain.ClassificationScheme;
import org.cxlens.report.ChartDescriptions;
import org.cxlens.report.ClassBarChartDescription;
import org.cxlens.workspace.OpenProject;

/**
 * What the editor shows for one scheme under the window's filter, all the engine's.
 *
 * @param scheme      the scheme of the sliders
 * @param stored      the project's scheme, which the moves start from
 * @param respondents one bar: the filtered respondents' classes under {@code scheme}
 * @param touchpoints a bar per touchpoint in journey order under {@code scheme}, with its target
 * @param moves       respondents moving between classes from {@code stored} to {@code scheme}
 */
public record ClassificationFigures(ClassificationScheme scheme, ClassificationScheme stored,
                                    ClassBarChartDescription respondents, ClassBarChartDescription touchpoints,
                                    ClassMoves moves) {

    /**
     * Computes the figures off the FX thread. The engine keeps the counts of the last filter, so
     * for a slider move this reclassifies a few score levels and does not pass over the respondents.
     */
    static ClassificationFigures of(OpenProject project, Filter filter, ClassificationScheme stored,
                                    ClassificationScheme scheme, ResourceBundle bundle) {
        Dashboard dashboard = project.engine().dashboard(filter, scheme);
        return new ClassificationFigures(scheme, stored,
                ChartDescriptions.respondents(dashboard, bundle.getString("classification.respondents"),
                        bundle.getString("classification.respondents.bar")),
                ChartDescriptions.touchpoints(dashboard, PriorityTargets.DEFAULT,
                        bundle.getString("classification.touchpoints")),
                project.engine().moves(filter, stored, scheme));
    }
}
