package org.cxlens.report.pdf;

import java.io.IOException;
import java.util.List;
import org.cxlens.report.ClassColours;
import org.cxlens.report.ReportCover;

/** The title page: what the deliverable is about, for whom, on which respondents, and what its figures rest on. */
final class PdfCover {

    private PdfCover() {
    }

    static void draw(PdfPages pages, ReportCover cover, String title, PdfWords words, List<String> contents)
            throws IOException {
        PdfCanvas c = pages.blankPage();
        var bold = pages.fonts().bold();
        var regular = pages.fonts().regular();
        float x = PdfPages.left() + 24;
        float width = PdfPages.contentWidth() - 24;
        c.fillRect(PdfPages.left(), PdfCanvas.MARGIN, 8, PdfCanvas.height() - 2 * PdfCanvas.MARGIN,
                ClassColours.rgb("delighted"));
        c.fillRect(PdfPages.left(), PdfCanvas.MARGIN, 8, 60, ClassColours.rgb("satisfied"));
        float y = PdfCanvas.MARGIN + 26;
        c.text(title, x, y, regular, 14, PdfCanvas.MUTED);
        y += 34;
        y = c.paragraph(cover.project(), x, y, width, bold, 28, PdfCanvas.TEXT) + 4;
        if (!cover.client().isEmpty()) {
            c.text(words.text("report.cover.client", cover.client()), x, y, regular, 14, PdfCanvas.TEXT);
            y += 22;
        }
        for (String line : List.of(cover.base(), cover.dateRange())) {
            if (!line.isEmpty()) {
                c.text(line, x, y, regular, 12, PdfCanvas.TEXT);
                y += 18;
            }
        }
        y += 6;
        c.text(words.text("report.cover.filter"), x, y, bold, 10, PdfCanvas.TEXT);
        y = c.paragraph(cover.filter(), x + 70, y, width - 70, regular, 10, PdfCanvas.TEXT) + 14;
        c.text(words.text("report.cover.assumptions"), x, y, bold, 10, PdfCanvas.TEXT);
        y += 15;
        for (String assumption : cover.assumptions()) {
            c.text("•", x, y, regular, 9, PdfCanvas.TEXT);
            y = c.paragraph(assumption, x + 12, y, width * 0.7f, regular, 9, PdfCanvas.TEXT) + 2;
        }
        if (!contents.isEmpty()) {
            y += 12;
            c.text(words.text("report.cover.contents"), x, y, bold, 10, PdfCanvas.TEXT);
            y += 15;
            c.paragraph(String.join("  ·  ", contents), x, y, width * 0.8f, regular, 9, PdfCanvas.MUTED);
        }
        c.text(cover.created(), x, PdfCanvas.height() - PdfCanvas.MARGIN - 24, regular, 8, PdfCanvas.MUTED);
    }

    /** "demo · Wave: 2025-Q2": which project and respondents every page is about. */
    static String footer(ReportCover cover) {
        return cover.project() + "  ·  " + cover.filter();
    }
}
