package org.cxlens.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.report.BarCategory;
import org.cxlens.report.BarSegment;
import org.cxlens.report.ClassBarChartDescription;
import org.cxlens.report.ClassColours;
import org.cxlens.report.DepartmentChartDescription;
import org.cxlens.report.TargetMarker;
import org.cxlens.report.VsRest;

/**
 * 100 % stacked class bars, as the screen draws them: classes indifferent → satisfied → delighted
 * left to right in the class colours, the share on a segment when it fits, ▲ ▼ beside a share
 * that differs significantly from the other bars, the target of the bar's moment type as a dark
 * line, n at the right, low bases hatched. A departments chart nests each department's
 * touchpoints under its bar.
 */
final class ClassBarsPdf {

    private static final float ROW = 17;
    private static final float SUB_ROW = 14;
    private static final float LEGEND = 20;
    private static final float AXIS = 16;
    private static final float N_WIDTH = 58;
    private static final float LABEL_MAX = 210;
    private static final int TARGET = 0x1f2328;
    private static final int HATCH = 0xffffff;

    private final PdfWords words;

    ClassBarsPdf(PdfWords words) {
        this.words = words;
    }

    /** One row of the drawing: a bar, or a department's touchpoint bar drawn smaller beneath it. */
    private record Row(ClassBarChartDescription chart, int index, boolean sub) {
    }

    static float height(ClassBarChartDescription chart) {
        return LEGEND + chart.categories().size() * ROW + AXIS;
    }

    static float height(DepartmentChartDescription chart) {
        int subs = chart.owned().stream().mapToInt(o -> o.categories().size()).sum();
        return LEGEND + chart.departments().categories().size() * ROW + subs * SUB_ROW + AXIS;
    }

    void draw(PdfCanvas c, ClassBarChartDescription chart, float x, float y, float w) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < chart.categories().size(); i++) {
            rows.add(new Row(chart, i, false));
        }
        draw(c, rows, x, y, w);
    }

    void draw(PdfCanvas c, DepartmentChartDescription chart, float x, float y, float w) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (int d = 0; d < chart.departments().categories().size(); d++) {
            rows.add(new Row(chart.departments(), d, false));
            ClassBarChartDescription owned = chart.owned().get(d);
            for (int t = 0; t < owned.categories().size(); t++) {
                rows.add(new Row(owned, t, true));
            }
        }
        draw(c, rows, x, y, w);
    }

    private void draw(PdfCanvas c, List<Row> rows, float x, float y, float w) throws IOException {
        var regular = c.fonts().regular();
        var bold = c.fonts().bold();
        float labelWidth = 0;
        for (Row row : rows) {
            labelWidth = Math.max(labelWidth, c.width(label(row), row.sub() ? regular : bold, row.sub() ? 8 : 9)
                    + (row.sub() ? 12 : 0));
        }
        labelWidth = Math.min(LABEL_MAX, labelWidth + 10);
        float barX = x + labelWidth;
        float barW = w - labelWidth - N_WIDTH;
        boolean targets = rows.stream().anyMatch(r -> r.chart().categories().get(r.index()).target() != null);
        boolean lowBase = rows.stream().anyMatch(r -> r.chart().categories().get(r.index()).lowBase());
        PdfLegend.classes(c, words, x + labelWidth, y + 10, targets, lowBase);

        float top = y + LEGEND;
        float rowY = top;
        for (Row row : rows) {
            float rowHeight = row.sub() ? SUB_ROW : ROW;
            drawRow(c, row, x, rowY, labelWidth, barX, barW, rowHeight);
            rowY += rowHeight;
        }
        for (int tick = 0; tick <= 4; tick++) {
            float tx = barX + barW * tick / 4f;
            c.line(tx, rowY, tx, rowY + 3, PdfCanvas.MUTED, 0.5f);
            c.textCentred(words.roundPercent(tick / 4.0), tx, rowY + 11, regular, 7, PdfCanvas.MUTED);
        }
    }

    private void drawRow(PdfCanvas c, Row row, float x, float y, float labelWidth, float barX, float barW,
                         float rowHeight) throws IOException {
        ClassBarChartDescription chart = row.chart();
        BarCategory bar = chart.categories().get(row.index());
        float barH = rowHeight - (row.sub() ? 4 : 5);
        float size = row.sub() ? 8 : 9;
        var font = row.sub() ? c.fonts().regular() : c.fonts().bold();
        float indent = row.sub() ? 12 : 0;
        c.text(c.fitted(label(row), font, size, labelWidth - indent - 8), x + indent, y + barH / 2 + size * 0.35f, font,
                size, row.sub() ? PdfCanvas.MUTED : PdfCanvas.TEXT);
        String n = "n = " + words.count(bar.base());
        c.textRight(n, barX + barW + N_WIDTH, y + barH / 2 + 3, c.fonts().regular(), 7.5f,
                bar.lowBase() ? PdfCanvas.MUTED : PdfCanvas.TEXT);
        if (bar.base() == 0) {
            c.strokeRect(barX, y, barW, barH, PdfCanvas.RULE, 0.5f);
            return;
        }
        float left = barX;
        for (ExperienceClass k : ExperienceClass.values()) {
            BarSegment segment = chart.segment(row.index(), k);
            float segW = (float) (segment.share() * barW);
            if (segW <= 0) {
                continue;
            }
            c.fillRect(left, y, segW, barH, ClassColours.rgb(chart.series().get(k.ordinal()).colourId()));
            if (bar.lowBase()) {
                c.hatch(left, y, segW, barH, HATCH);
            }
            String share = words.roundPercent(segment.share());
            float textSize = row.sub() ? 7 : 7.5f;
            float mark = segment.vsRest() == VsRest.NONE ? 0 : 7;
            float textW = c.width(share, c.fonts().regular(), textSize);
            if (textW + mark + 4 <= segW) {
                int ink = k == ExperienceClass.DELIGHTED ? 0xffffff : PdfCanvas.TEXT;
                float tx = left + (segW - textW - mark) / 2;
                c.text(share, tx, y + barH / 2 + textSize * 0.35f, c.fonts().regular(), textSize, ink);
                if (mark > 0) {
                    c.triangle(tx + textW + 4, y + barH / 2, 4.5f, segment.vsRest() == VsRest.HIGHER, ink);
                }
            }
            left += segW;
        }
        TargetMarker target = bar.target();
        if (target != null && !Double.isNaN(target.barPosition())) {
            float tx = (float) (barX + target.barPosition() * barW);
            c.line(tx, y - 1.5f, tx, y + barH + 1.5f, 0xffffff, 3.2f);
            c.line(tx, y - 1.5f, tx, y + barH + 1.5f, TARGET, 1.6f);
        }
    }

    private String label(Row row) {
        BarCategory bar = row.chart().categories().get(row.index());
        return bar.lowBase() ? bar.label() + " " + words.text("chart.lowBase") : bar.label();
    }
}
