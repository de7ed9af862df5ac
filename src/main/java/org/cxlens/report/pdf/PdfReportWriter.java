package org.cxlens.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.cxlens.domain.Progress;
import org.cxlens.report.ClassBarChartDescription;
import org.cxlens.report.ClassifiedRespondents;
import org.cxlens.report.DeliverableWriter;
import org.cxlens.report.DepartmentChartDescription;
import org.cxlens.report.DriverChartDescription;
import org.cxlens.report.HeatmapDescription;
import org.cxlens.report.JourneyChartDescription;
import org.cxlens.report.MethodSection;
import org.cxlens.report.ReportBook;
import org.cxlens.report.ReportChart;
import org.cxlens.report.ReportView;
import org.cxlens.report.TrendChartDescription;

/**
 * The PDF report: a title page, a page per view with its chart drawn from the chart description
 * and its table (running onto further pages when long), and the method page. Text is real text
 * in an embedded font; charts are vector graphics; the outline lists every view.
 */
public final class PdfReportWriter implements DeliverableWriter {

    private static final float NOTE = 8;

    @Override
    public void write(ReportBook book, ClassifiedRespondents respondents, OutputStream out, Progress progress)
            throws IOException {
        PdfWords words = new PdfWords(book.locale());
        try (PDDocument document = PdfDocuments.create(book, words.text("report.cover.title"))) {
            PdfFonts fonts = new PdfFonts(document);
            PdfOutline outline = new PdfOutline(document);
            int steps = book.views().size() + 2;
            try (PdfPages pages = new PdfPages(document, fonts)) {
                PdfCover.draw(pages, book.cover(), words.text("report.cover.title"), words,
                        book.views().stream().map(ReportView::title).toList());
                int done = 1;
                progress.update(done, steps);
                for (ReportView view : book.views()) {
                    if (progress.isCancelled()) {
                        throw new CancellationException();
                    }
                    int first = document.getNumberOfPages();
                    view(pages, view, words);
                    outline.add(view.title(), document.getPage(first));
                    progress.update(++done, steps);
                }
                int first = document.getNumberOfPages();
                method(pages, book.method(), words);
                outline.add(words.text("report.pdf.method"), document.getPage(first));
                pages.footers(PdfCover.footer(book.cover()), words);
            }
            outline.finish();
            document.save(out);
            progress.update(steps, steps);
        }
    }

    private static void view(PdfPages pages, ReportView view, PdfWords words) throws IOException {
        PdfCanvas c = pages.newPage(view.title());
        String continued = words.text("report.pdf.continued", view.title());
        ReportChart chart = view.chart();
        float x = PdfPages.left();
        float w = PdfPages.contentWidth();
        boolean headline = "overview".equals(view.key());
        if (headline) {
            PdfHeadline.draw(c, view.table(), words, x, pages.y(), w);
            pages.moveTo(pages.y() + PdfHeadline.HEIGHT + 14);
        }
        float y = pages.y();
        if (chart instanceof ClassBarChartDescription bars) {
            new ClassBarsPdf(words).draw(c, bars, x, y, w);
            pages.moveTo(y + ClassBarsPdf.height(bars) + 8);
        } else if (chart instanceof DepartmentChartDescription departments) {
            new ClassBarsPdf(words).draw(c, departments, x, y, w);
            pages.moveTo(y + ClassBarsPdf.height(departments) + 8);
        } else if (chart instanceof JourneyChartDescription journey) {
            new LinesPdf(words).journey(c, journey, x, y, w);
            pages.moveTo(y + LinesPdf.HEIGHT + 8);
        } else if (chart instanceof TrendChartDescription trend) {
            new LinesPdf(words).trend(c, trend, x, y, w);
            pages.moveTo(y + LinesPdf.HEIGHT + 8);
        } else if (chart instanceof DriverChartDescription drivers) {
            new DriverPdf(words).draw(c, drivers, x, y, w);
            pages.moveTo(y + DriverPdf.HEIGHT + 8);
        } else if (chart instanceof HeatmapDescription heatmap) {
            new HeatmapPdf(words).draw(c, heatmap, x, y, w);
            pages.moveTo(y + HeatmapPdf.height(heatmap) + 8);
        }
        pages.notes(view.notes(), NOTE, PdfCanvas.TEXT, continued);
        pages.moveTo(pages.y() + 6);
        // A heatmap prints every cell's share and n itself, the headline its table: a table would repeat them.
        if (!(chart instanceof HeatmapDescription) && !headline) {
            PdfTable.draw(pages, view.table(), continued);
        }
    }

    private static void method(PdfPages pages, List<MethodSection> sections, PdfWords words) throws IOException {
        String title = words.text("report.pdf.method");
        pages.newPage(title);
        String continued = words.text("report.pdf.continued", title);
        for (MethodSection section : sections) {
            if (!pages.fits(40)) {
                pages.newPage(continued);
            }
            pages.canvas().text(section.heading(), PdfPages.left(), pages.y() + 11, pages.fonts().bold(), 11,
                    PdfCanvas.TEXT);
            pages.moveTo(pages.y() + 17);
            pages.notes(section.paragraphs(), 9, PdfCanvas.TEXT, continued);
            pages.moveTo(pages.y() + 4);
            PdfTable.draw(pages, section.table(), continued);
            pages.moveTo(pages.y() + 8);
        }
    }
}
