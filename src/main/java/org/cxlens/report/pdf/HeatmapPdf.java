package org.cxlens.report.pdf;

import java.io.IOException;
import org.cxlens.report.ClassColours;
import org.cxlens.report.HeatCell;
import org.cxlens.report.HeatmapDescription;
import org.cxlens.report.VsRest;

/**
 * The touchpoint × group heatmap: each cell shaded on one scale from light to the measure's
 * colour, its share and n printed in it, ▲ ▼ where it differs from the touchpoint's other
 * columns, a low base greyed and hatched, an empty cell left blank.
 */
final class HeatmapPdf {

    private static final float ROW = 20;
    private static final float HEADER = 30;
    private static final float LABEL_MAX = 190;
    private static final float CELL_MAX = 110;

    private final PdfWords words;

    HeatmapPdf(PdfWords words) {
        this.words = words;
    }

    static float height(HeatmapDescription chart) {
        return HEADER + chart.rowLabels().size() * ROW + 22;
    }

    void draw(PdfCanvas c, HeatmapDescription chart, float x, float y, float w) throws IOException {
        var regular = c.fonts().regular();
        var bold = c.fonts().bold();
        float labelWidth = 0;
        for (String row : chart.rowLabels()) {
            labelWidth = Math.max(labelWidth, c.width(row, regular, 8.5f));
        }
        labelWidth = Math.min(LABEL_MAX, labelWidth + 10);
        int columns = chart.columnLabels().size();
        float cell = columns == 0 ? CELL_MAX : Math.min(CELL_MAX, (w - labelWidth) / columns);
        for (int col = 0; col < columns; col++) {
            c.textCentred(c.fitted(chart.columnLabels().get(col), bold, 8, cell - 4), x + labelWidth + cell * (col + 0.5f),
                    y + HEADER - 8, bold, 8, PdfCanvas.TEXT);
        }
        for (int r = 0; r < chart.rowLabels().size(); r++) {
            float ry = y + HEADER + r * ROW;
            c.text(c.fitted(chart.rowLabels().get(r), regular, 8.5f, labelWidth - 8), x, ry + ROW / 2 + 3, regular, 8.5f,
                    PdfCanvas.TEXT);
            for (int col = 0; col < columns; col++) {
                HeatCell h = chart.cell(r, col);
                float cx = x + labelWidth + col * cell;
                if (h.empty()) {
                    c.strokeRect(cx + 1, ry + 1, cell - 2, ROW - 2, PdfCanvas.RULE, 0.5f);
                    continue;
                }
                int step = ClassColours.heatStep(chart, h.share());
                int fill = h.lowBase() ? 0xeeeeee : heat(step);
                c.fillRect(cx + 1, ry + 1, cell - 2, ROW - 2, fill);
                if (h.lowBase()) {
                    c.hatch(cx + 1, ry + 1, cell - 2, ROW - 2, 0xffffff);
                }
                int ink = h.lowBase() ? PdfCanvas.MUTED : ClassColours.lightTextOnHeat(step) ? 0xffffff : PdfCanvas.TEXT;
                String share = words.roundPercent(h.share());
                float textW = c.width(share, bold, 8);
                float mark = h.vsRest() == VsRest.NONE ? 0 : 7;
                float tx = cx + (cell - textW - mark) / 2;
                c.text(share, tx, ry + 9.5f, bold, 8, ink);
                if (mark > 0) {
                    c.triangle(tx + textW + 4, ry + 7, 4.5f, h.vsRest() == VsRest.HIGHER, ink);
                }
                c.textCentred("n " + words.count(h.base()), cx + cell / 2, ry + 17, regular, 6, ink);
            }
        }
        float ly = y + HEADER + chart.rowLabels().size() * ROW + 14;
        float lx = x + labelWidth;
        float stepWidth = 20;
        for (int step = 0; step < ClassColours.HEAT_STEPS; step++) {
            c.fillRect(lx + step * stepWidth, ly - 7, stepWidth, 8, heat(step));
        }
        for (int tick = 0; tick <= 4; tick++) {
            double share = chart.scaleLow() + (chart.scaleHigh() - chart.scaleLow()) * tick / 4;
            c.textCentred(words.roundPercent(share), lx + tick * stepWidth * ClassColours.HEAT_STEPS / 4, ly + 9, regular,
                    6.5f, PdfCanvas.MUTED);
        }
    }

    /** The screen's heat step colour, the same in every deliverable. */
    private static int heat(int step) {
        return Integer.parseInt(ClassColours.heat(step), 16);
    }
}
