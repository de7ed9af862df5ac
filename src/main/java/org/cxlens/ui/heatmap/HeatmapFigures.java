package org.cxlens.ui.heatmap;

import java.util.List;
import org.cxlens.analysis.Grouping;
import org.cxlens.domain.Touchpoint;
import org.cxlens.report.ChartMeasure;
import org.cxlens.report.HeatmapDescription;

/**
 * What the heatmap page shows for one filter.
 *
 * @param dimensions  the groupings the project's data offers as columns
 * @param dimension   the one shown, or null when the data offers none
 * @param measure     the share in the cells
 * @param chart       the heatmap, or null when the data offers no dimension
 * @param touchpoints the rows' touchpoints, for drill-down
 */
public record HeatmapFigures(List<Grouping> dimensions, Grouping dimension, ChartMeasure measure,
                             HeatmapDescription chart, List<Touchpoint> touchpoints) {

    public HeatmapFigures {
        dimensions = List.copyOf(dimensions);
        touchpoints = List.copyOf(touchpoints);
    }
}
