package org.cxlens.workspace;

import java.util.List;
import org.cxlens.analysis.AnalysisSettings;
import org.cxlens.analysis.Dashboard;
import org.cxlens.analysis.GroupMeasure;
import org.cxlens.analysis.Weighting;

/**
 * Everything the overview page shows that the engine computes, in no language: the page's words
 * are made from these when it is shown. The unfiltered ones are kept in the project file and
 * shown before its respondents are loaded (ADR 0010).
 *
 * @param dashboard   the respondents under the filter: headline, sources, touchpoints, departments
 * @param waves       one measure per wave under the filter, in wave order (possibly fewer than two)
 * @param weighting   whether and by what the figures are weighted, with both bases
 * @param settings    the low-base minimum and weighting the figures were computed with
 * @param respondents every respondent of the project, filtered or not
 * @param imports     the project's imports
 */
public record OverviewFigures(Dashboard dashboard, List<GroupMeasure> waves, Weighting weighting,
                              AnalysisSettings settings, long respondents, int imports) {

    public OverviewFigures {
        waves = List.copyOf(waves);
    }

    /** Whether every figure of both is the same (records holding arrays do not say so by {@code equals}). */
    public boolean sameAs(OverviewFigures other) {
        return StoredOverview.json(this).equals(StoredOverview.json(other));
    }
}
