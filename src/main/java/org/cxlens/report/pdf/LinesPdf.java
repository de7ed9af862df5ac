package org.cxlens.report.pdf;

import java.io.IOException;
import java.util.List;
import org.cxlens.report.ChartMeasure;
import org.cxlens.report.ClassColours;
import org.cxlens.report.JourneyChartDescription;
import org.cxlens.report.JourneyPoint;
import org.cxlens.report.JourneyStep;
import org.cxlens.report.TargetMarker;
import org.cxlens.report.TargetMeasure;
import org.cxlens.report.TrendChange;
import org.cxlens.report.TrendChartDescription;
import org.cxlens.report.TrendPeriod;

/**
 * The two line charts: the journey (share delighted and share needing recovery per step, with
 * the step's target on the line it is judged on) and the trend (one measure per period, with
 * ▲ ▼ where a period differs significantly from the one before). Points carry their 95 %
 * interval; a low base is a hollow point; a period without cases is a gap.
 */
final class LinesPdf {

    static final float HEIGHT = 250;
    private static final float LEFT = 34;
    private static final float BOTTOM = 36;
    private static final float LEGEND = 20;

    private final PdfWords words;

    LinesPdf(PdfWords words) {
        this.words = words;
    }

    void journey(PdfCanvas c, JourneyChartDescription chart, float x, float y, float w) throws IOException {
        List<JourneyStep> steps = chart.steps();
        double top = 0;
        for (JourneyStep s : steps) {
            top = Math.max(top, Math.max(high(s.delighted()), high(s.recovery())));
            if (s.target() != null) {
                top = Math.max(top, s.target().target());
            }
        }
        Plot plot = new Plot(x + LEFT, y + LEGEND, w - LEFT - 8, HEIGHT - LEGEND - BOTTOM, 0, axisTop(top),
                steps.size());
        float at = PdfLegend.series(c, x + LEFT, y + 10, ClassColours.rgb("delighted"), words.text("journey.delighted"),
                false);
        at = PdfLegend.series(c, at, y + 10, ClassColours.rgb("recovery"), words.text("journey.recovery"), false);
        c.line(at + 2, y + 7, at + 12, y + 7, PdfCanvas.TEXT, 1.8f);
        c.text(words.text("journey.target"), at + 16, y + 10, c.fonts().regular(), 7.5f, PdfCanvas.TEXT);
        grid(c, plot, true);
        for (int i = 0; i < steps.size(); i++) {
            label(c, plot, i, steps.get(i).label());
        }
        line(c, plot, steps.stream().map(JourneyStep::delighted).toList(),
                steps.stream().map(JourneyStep::lowBase).toList(), ClassColours.rgb("delighted"));
        line(c, plot, steps.stream().map(JourneyStep::recovery).toList(),
                steps.stream().map(JourneyStep::lowBase).toList(), ClassColours.rgb("recovery"));
        for (int i = 0; i < steps.size(); i++) {
            TargetMarker target = steps.get(i).target();
            if (target != null && target.measure() != TargetMeasure.SATISFIED_OR_DELIGHTED_AT_LEAST) {
                float ty = plot.y(target.target());
                float tx = plot.x(i);
                c.line(tx - 7, ty, tx + 7, ty, PdfCanvas.TEXT, 1.8f);
            }
        }
    }

    void trend(PdfCanvas c, TrendChartDescription chart, float x, float y, float w) throws IOException {
        List<TrendPeriod> periods = chart.periods();
        boolean nps = chart.measure() == ChartMeasure.NPS;
        double top = nps ? 100 : 0;
        for (TrendPeriod p : periods) {
            if (!p.empty() && !nps) {
                top = Math.max(top, p.high());
            }
        }
        Plot plot = new Plot(x + LEFT, y + LEGEND, w - LEFT - 8, HEIGHT - LEGEND - BOTTOM, nps ? -100 : 0,
                nps ? 100 : axisTop(top), periods.size());
        int rgb = ClassColours.rgb(chart.measure());
        float at = PdfLegend.series(c, x + LEFT, y + 10, rgb, words.text("measure." + chart.measure().name()), false);
        at = PdfLegend.series(c, at, y + 10, rgb, words.text("trend.legend.lowBase"), true);
        c.line(at + 6, y + 4, at + 6, y + 10, rgb, 0.8f);
        c.text(words.text("trend.legend.interval"), at + 12, y + 10, c.fonts().regular(), 7.5f, PdfCanvas.TEXT);
        grid(c, plot, !nps);
        Float lastX = null;
        Float lastY = null;
        boolean gap = false;
        for (int i = 0; i < periods.size(); i++) {
            TrendPeriod p = periods.get(i);
            label(c, plot, i, p.label());
            if (p.empty()) {
                gap = true;
                continue;
            }
            float px = plot.x(i);
            float py = plot.y(p.value());
            if (lastX != null) {
                if (gap) {
                    c.dashedLine(lastX, lastY, px, py, rgb, 1.2f);
                } else {
                    c.line(lastX, lastY, px, py, rgb, 1.8f);
                }
            }
            gap = false;
            lastX = px;
            lastY = py;
        }
        for (int i = 0; i < periods.size(); i++) {
            TrendPeriod p = periods.get(i);
            if (p.empty()) {
                continue;
            }
            float px = plot.x(i);
            whisker(c, px, plot.y(p.low()), plot.y(p.high()), rgb);
            c.dot(px, plot.y(p.value()), 3.2f, rgb, p.lowBase());
            String value = nps ? String.format(words.locale(), "%+.0f", p.value()) : words.roundPercent(p.value());
            c.textCentred(value, px, plot.y(p.high()) - 5, c.fonts().bold(), 7.5f, PdfCanvas.TEXT);
            if (p.changeVsPrevious() != TrendChange.NONE && !p.lowBase()) {
                c.triangle(px + c.width(value, c.fonts().bold(), 7.5f) / 2 + 6, plot.y(p.high()) - 7.5f, 5,
                        p.changeVsPrevious() == TrendChange.UP, PdfCanvas.TEXT);
            }
            c.textCentred("n = " + words.count(p.n()), px, plot.bottom() + 22, c.fonts().regular(), 6.5f,
                    PdfCanvas.MUTED);
        }
    }

    private void line(PdfCanvas c, Plot plot, List<JourneyPoint> points, List<Boolean> lowBase, int rgb)
            throws IOException {
        Float lastX = null;
        Float lastY = null;
        for (int i = 0; i < points.size(); i++) {
            JourneyPoint p = points.get(i);
            if (!p.present()) {
                lastX = null;
                continue;
            }
            float px = plot.x(i);
            float py = plot.y(p.share());
            if (lastX != null) {
                c.line(lastX, lastY, px, py, rgb, 1.8f);
            }
            lastX = px;
            lastY = py;
        }
        for (int i = 0; i < points.size(); i++) {
            JourneyPoint p = points.get(i);
            if (p.present()) {
                float px = plot.x(i);
                whisker(c, px, plot.y(p.low()), plot.y(p.high()), rgb);
                c.dot(px, plot.y(p.share()), 3.2f, rgb, lowBase.get(i));
                c.text(words.roundPercent(p.share()), px + 5, plot.y(p.share()) - 4, c.fonts().regular(), 7, rgb);
            }
        }
    }

    private static void whisker(PdfCanvas c, float x, float low, float high, int rgb) throws IOException {
        c.line(x, low, x, high, rgb, 0.8f);
        c.line(x - 2.5f, low, x + 2.5f, low, rgb, 0.8f);
        c.line(x - 2.5f, high, x + 2.5f, high, rgb, 0.8f);
    }

    private void grid(PdfCanvas c, Plot plot, boolean percent) throws IOException {
        double step = (plot.max - plot.min) / 4;
        for (int t = 0; t <= 4; t++) {
            double value = plot.min + t * step;
            float gy = plot.y(value);
            c.line(plot.left, gy, plot.left + plot.width, gy, t == 0 ? PdfCanvas.MUTED : PdfCanvas.RULE, 0.5f);
            String tick = percent ? words.roundPercent(value) : String.format(words.locale(), "%+.0f", value);
            c.textRight(tick, plot.left - 4, gy + 2.5f, c.fonts().regular(), 7, PdfCanvas.MUTED);
        }
    }

    private static void label(PdfCanvas c, Plot plot, int i, String text) throws IOException {
        float slot = plot.width / plot.count;
        c.textCentred(c.fitted(text, c.fonts().regular(), 7.5f, slot - 4), plot.x(i), plot.bottom() + 10,
                c.fonts().regular(), 7.5f, PdfCanvas.TEXT);
    }

    /** A tenth above the highest value, at least 20 %, at most 100 %. */
    private static double axisTop(double high) {
        return Math.min(1, Math.max(0.2, Math.ceil((high + 0.02) * 10 - 1e-9) / 10));
    }

    private static double high(JourneyPoint p) {
        return p.present() ? p.high() : 0;
    }

    /** The plot area and its scales: steps evenly spread left to right, values bottom to top. */
    private record Plot(float left, float top, float width, float height, double min, double max, int count) {

        float x(int i) {
            return left + width * (i + 0.5f) / count;
        }

        float y(double value) {
            return (float) (top + height - (value - min) / (max - min) * height);
        }

        float bottom() {
            return top + height;
        }
    }
}
