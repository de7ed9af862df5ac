package org.cxlens.report.pdf;

import java.io.IOException;
import java.util.List;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.report.ClassColours;
import org.cxlens.report.ReportCell;
import org.cxlens.report.ReportTable;

/**
 * The overview's headline as tiles, one per row of its table (measure, value, 95 % interval, n):
 * the class shares in their colours, NPS, and recovery, large enough to be the first thing read.
 */
final class PdfHeadline {

    static final float HEIGHT = 74;
    private static final float GAP = 10;

    private PdfHeadline() {
    }

    static void draw(PdfCanvas c, ReportTable table, PdfWords words, float x, float y, float w) throws IOException {
        List<List<ReportCell>> rows = table.rows();
        if (rows.isEmpty()) {
            return;
        }
        float tile = (w - GAP * (rows.size() - 1)) / rows.size();
        for (int i = 0; i < rows.size(); i++) {
            List<ReportCell> row = rows.get(i);
            float tx = x + i * (tile + GAP);
            c.fillRect(tx, y, tile, HEIGHT, 0xf6f8fa);
            c.fillRect(tx, y, 5, HEIGHT, colour(row.get(0).text(), words));
            float left = tx + 14;
            c.text(row.get(0).text(), left, y + 16, c.fonts().regular(), 9, PdfCanvas.TEXT);
            c.text(row.get(1).text(), left, y + 42, c.fonts().bold(), 22, PdfCanvas.TEXT);
            if (!row.get(2).text().isEmpty()) {
                c.text(c.fitted("95 %: " + row.get(2).text(), c.fonts().regular(), 7.5f, tile - 20), left, y + 56,
                        c.fonts().regular(), 7.5f, PdfCanvas.MUTED);
            }
            c.text("n = " + row.get(3).text(), left, y + 67, c.fonts().regular(), 7.5f, PdfCanvas.MUTED);
        }
    }

    /** A class's colour for its tile, the recovery colour for recovery, grey for NPS. */
    private static int colour(String measure, PdfWords words) {
        for (ExperienceClass k : ExperienceClass.values()) {
            if (words.className(k).equals(measure)) {
                return ClassColours.rgb(k.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return words.text("overview.recovery").equals(measure) ? ClassColours.rgb("recovery") : PdfCanvas.MUTED;
    }
}
