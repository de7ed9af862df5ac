package org.cxlens.report.pdf;

import java.io.IOException;
import org.cxlens.analysis.Quadrant;
import org.cxlens.report.ChartAxis;
import org.cxlens.report.ClassColours;
import org.cxlens.report.DriverChartDescription;
import org.cxlens.report.DriverPoint;

/**
 * The importance–performance matrix: performance across, importance up, the quadrant lines at
 * the means, a labelled point per touchpoint (hollow on a low base). The quadrants are named only
 * when the model may be judged, as on screen.
 */
final class DriverPdf {

    static final float HEIGHT = 300;
    private static final float LEFT = 40;
    private static final float BOTTOM = 30;

    private final PdfWords words;

    DriverPdf(PdfWords words) {
        this.words = words;
    }

    void draw(PdfCanvas c, DriverChartDescription chart, float x, float y, float w) throws IOException {
        float left = x + LEFT;
        float top = y + 6;
        float width = Math.min(w - LEFT - 10, 560);
        float height = HEIGHT - BOTTOM - 10;
        ChartAxis ax = chart.x();
        ChartAxis ay = chart.y();
        var regular = c.fonts().regular();
        for (double t : ax.ticks()) {
            float gx = left + (float) ax.position(t) * width;
            c.line(gx, top, gx, top + height, PdfCanvas.RULE, 0.5f);
            c.textCentred(words.roundPercent(t), gx, top + height + 10, regular, 7, PdfCanvas.MUTED);
        }
        for (double t : ay.ticks()) {
            float gy = top + height - (float) ay.position(t) * height;
            c.line(left, gy, left + width, gy, PdfCanvas.RULE, 0.5f);
            c.textRight(words.roundPercent(t), left - 4, gy + 2.5f, regular, 7, PdfCanvas.MUTED);
        }
        c.strokeRect(left, top, width, height, PdfCanvas.MUTED, 0.6f);
        c.textCentred(words.render(ax.title()), left + width / 2, top + height + 22, regular, 8, PdfCanvas.TEXT);
        c.text(words.render(ay.title()), left + width + 8, top + 8, regular, 8, PdfCanvas.TEXT);
        boolean means = !Double.isNaN(chart.meanPerformance()) && !Double.isNaN(chart.meanImportance());
        if (means) {
            float mx = left + (float) ax.position(chart.meanPerformance()) * width;
            float my = top + height - (float) ay.position(chart.meanImportance()) * height;
            c.dashedLine(mx, top, mx, top + height, PdfCanvas.MUTED, 0.8f);
            c.dashedLine(left, my, left + width, my, PdfCanvas.MUTED, 0.8f);
            if (chart.judged()) {
                var bold = c.fonts().bold();
                c.text(quadrant(Quadrant.FIX_FIRST), left + 5, top + 11, bold, 8, PdfCanvas.MUTED);
                c.textRight(quadrant(Quadrant.KEEP_UP), left + width - 5, top + 11, bold, 8, PdfCanvas.MUTED);
                c.text(quadrant(Quadrant.LOW_PRIORITY), left + 5, top + height - 5, bold, 8, PdfCanvas.MUTED);
                c.textRight(quadrant(Quadrant.POSSIBLE_OVERKILL), left + width - 5, top + height - 5, bold, 8,
                        PdfCanvas.MUTED);
            }
        }
        int rgb = ClassColours.rgb("delighted");
        for (DriverPoint p : chart.points()) {
            if (!p.placed()) {
                continue;
            }
            float px = left + (float) ax.position(p.performance()) * width;
            float py = top + height - (float) ay.position(p.importance()) * height;
            c.dot(px, py, 3.5f, rgb, p.lowBase());
            boolean rightHalf = px > left + width * 0.75f;
            String label = p.label();
            if (rightHalf) {
                c.textRight(label, px - 6, py + 2.5f, regular, 7.5f, PdfCanvas.TEXT);
            } else {
                c.text(label, px + 6, py + 2.5f, regular, 7.5f, PdfCanvas.TEXT);
            }
        }
    }

    private String quadrant(Quadrant q) {
        return words.render(DriverChartDescription.quadrantName(q));
    }
}
