package org.cxlens.report.pdf;

import java.io.IOException;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.report.ClassColours;

/** The legends above the charts: what each colour and mark means. */
final class PdfLegend {

    private static final float SWATCH = 8;
    private static final float SIZE = 7.5f;

    private PdfLegend() {
    }

    /** The three classes in their order, then the target line and the low-base hatch when the chart has them. */
    static void classes(PdfCanvas c, PdfWords words, float x, float baseline, boolean target, boolean lowBase)
            throws IOException {
        float at = x;
        for (ExperienceClass k : ExperienceClass.values()) {
            at = swatch(c, at, baseline, ClassColours.rgb(k.name().toLowerCase(java.util.Locale.ROOT)),
                    words.className(k), false);
        }
        if (target) {
            c.line(at + SWATCH / 2, baseline - SWATCH, at + SWATCH / 2, baseline + 1, PdfCanvas.TEXT, 1.6f);
            c.text(words.text("report.pdf.legend.target"), at + SWATCH + 4, baseline, c.fonts().regular(), SIZE,
                    PdfCanvas.TEXT);
            at += SWATCH + 12 + c.width(words.text("report.pdf.legend.target"), c.fonts().regular(), SIZE);
        }
        if (lowBase) {
            swatch(c, at, baseline, ClassColours.rgb("satisfied"), words.text("report.pdf.legend.lowBase"), true);
        }
    }

    /** A coloured square and its name; returns where the next one starts. */
    static float swatch(PdfCanvas c, float x, float baseline, int rgb, String name, boolean hatched)
            throws IOException {
        c.fillRect(x, baseline - SWATCH + 1, SWATCH, SWATCH, rgb);
        if (hatched) {
            c.hatch(x, baseline - SWATCH + 1, SWATCH, SWATCH, 0xffffff);
        }
        c.text(name, x + SWATCH + 4, baseline, c.fonts().regular(), SIZE, PdfCanvas.TEXT);
        return x + SWATCH + 12 + c.width(name, c.fonts().regular(), SIZE);
    }

    /** A line with a dot in a series colour and its name; returns where the next one starts. */
    static float series(PdfCanvas c, float x, float baseline, int rgb, String name, boolean hollow) throws IOException {
        c.line(x, baseline - 3, x + 14, baseline - 3, rgb, 1.5f);
        c.dot(x + 7, baseline - 3, 2.8f, rgb, hollow);
        c.text(name, x + 18, baseline, c.fonts().regular(), SIZE, PdfCanvas.TEXT);
        return x + 26 + c.width(name, c.fonts().regular(), SIZE);
    }
}
