package org.cxlens.report;

import java.util.ArrayList;
import java.util.List;
import org.cxlens.analysis.Comparison;
import org.cxlens.analysis.GroupMeasure;
import org.cxlens.analysis.Heatmap;
import org.cxlens.analysis.Share;
import org.cxlens.domain.Touchpoint;

/**
 * A touchpoint × group heatmap of one share measure, described once for every rendering. Cells are
 * coloured on one sequential scale from {@code scaleLow} to {@code scaleHigh}.
 *
 * @param title         the chart's heading
 * @param measure       the share in the cells (never NPS)
 * @param weighted      whether shares are weighted
 * @param rowLabels     the touchpoints in journey order
 * @param columnLabels  the groups with cases in the filter, in the grouping's order (the engine's labels)
 * @param cells         [row][column]
 * @param emptyColumns  the grouping's groups left out because no respondent of the filter is in them
 * @param scaleLow      the share at the light end of the colour scale, a whole tenth
 * @param scaleHigh     the share at the dark end, a whole tenth above scaleLow
 */
public record HeatmapDescription(String title, ChartMeasure measure, boolean weighted, List<String> rowLabels,
                                 List<String> columnLabels, List<List<HeatCell>> cells, List<String> emptyColumns,
                                 double scaleLow, double scaleHigh) implements ReportChart {

    public HeatmapDescription {
        rowLabels = List.copyOf(rowLabels);
        columnLabels = List.copyOf(columnLabels);
        cells = cells.stream().map(List::copyOf).toList();
        emptyColumns = List.copyOf(emptyColumns);
    }

    /** The heatmap's touchpoints and its groups that hold cases; the scale spans the cells with a sound base. */
    public static HeatmapDescription of(Heatmap heatmap, ChartMeasure measure, String title, boolean weighted) {
        if (!measure.isShare()) {
            throw new IllegalArgumentException("a heatmap shows a share, not " + measure);
        }
        List<Integer> kept = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        for (int g = 0; g < heatmap.groups().size(); g++) {
            boolean any = false;
            for (GroupMeasure[] row : heatmap.cells()) {
                any |= row[g].classes().base() > 0;
            }
            (any ? columns : empty).add(heatmap.groups().get(g));
            if (any) {
                kept.add(g);
            }
        }
        List<List<HeatCell>> cells = new ArrayList<>();
        for (GroupMeasure[] row : heatmap.cells()) {
            cells.add(kept.stream().map(g -> cell(row[g], measure)).toList());
        }
        double[] scale = scale(cells);
        return new HeatmapDescription(title, measure, weighted, heatmap.touchpoints().stream().map(Touchpoint::name).toList(),
                columns, cells, empty, scale[0], scale[1]);
    }

    public HeatCell cell(int row, int column) {
        return cells.get(row).get(column);
    }

    /** Where a share lies on the colour scale, 0 (light end) to 1 (dark end), clamped. */
    public double scalePosition(double share) {
        return Math.max(0, Math.min(1, (share - scaleLow) / (scaleHigh - scaleLow)));
    }

    private static HeatCell cell(GroupMeasure m, ChartMeasure measure) {
        int base = m.classes().base();
        if (base == 0) {
            return new HeatCell(Double.NaN, Double.NaN, Double.NaN, 0, 0, true, VsRest.NONE);
        }
        Share share = measure.share(m);
        boolean lowBase = m.classes().lowBase();
        return new HeatCell(share.estimate(), share.low(), share.high(), (int) Math.round(share.estimate() * base), base,
                lowBase, lowBase ? VsRest.NONE : VsRest.of(measure.vsRest(m)));
    }

    /** Whole tenths around the shares of sound cells (of every non-empty cell when none is sound). */
    private static double[] scale(List<List<HeatCell>> cells) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (boolean soundOnly : new boolean[] {true, false}) {
            for (List<HeatCell> row : cells) {
                for (HeatCell c : row) {
                    if (!c.empty() && (!soundOnly || !c.lowBase())) {
                        min = Math.min(min, c.share());
                        max = Math.max(max, c.share());
                    }
                }
            }
            if (min <= max) {
                break;
            }
        }
        if (min > max) {
            return new double[] {0, 1};
        }
        // Rounded to tenths in whole percent first, so that 0.3 (30 %) stays 0.3, not 0.30000000000000004 → 0.4.
        double low = Math.floor(Math.round(min * 1000) / 100.0) / 10;
        double high = Math.ceil(Math.round(max * 1000) / 100.0) / 10;
        if (high <= low) {
            high = Math.min(1, low + 0.1);
            low = high - 0.1;
        }
        return new double[] {low, high};
    }
}
