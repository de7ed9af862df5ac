package org.cxlens.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.cxlens.domain.Progress;
import org.cxlens.report.ClassifiedRespondents;
import org.cxlens.report.DeliverableWriter;
import org.cxlens.report.ReportBook;
import org.cxlens.report.Scorecard;

/**
 * Department scorecards as one PDF, a page per department (running on when its tables are long):
 * its touchpoints' class bars against their targets, the table of targets met, its recovery
 * cases and its comments. A book holding one scorecard gives a department its own file.
 */
public final class PdfScorecardWriter implements DeliverableWriter {

    @Override
    public void write(ReportBook book, ClassifiedRespondents respondents, OutputStream out, Progress progress)
            throws IOException {
        PdfWords words = new PdfWords(book.locale());
        String title = words.text("report.cover.scorecards");
        try (PDDocument document = PdfDocuments.create(book, title)) {
            PdfFonts fonts = new PdfFonts(document);
            PdfOutline outline = new PdfOutline(document);
            List<Scorecard> scorecards = book.scorecards();
            try (PdfPages pages = new PdfPages(document, fonts)) {
                int done = 0;
                for (Scorecard scorecard : scorecards) {
                    if (progress.isCancelled()) {
                        throw new CancellationException();
                    }
                    int first = document.getNumberOfPages();
                    scorecard(pages, scorecard, book, words);
                    outline.add(scorecard.department(), document.getPage(first));
                    progress.update(++done, scorecards.size());
                }
                if (scorecards.isEmpty()) {
                    pages.newPage(title);
                    pages.notes(List.of(words.text("departments.empty")), 10, PdfCanvas.TEXT, title);
                }
                pages.footers(PdfCover.footer(book.cover()), words);
            }
            outline.finish();
            document.save(out);
        }
    }

    private static void scorecard(PdfPages pages, Scorecard scorecard, ReportBook book, PdfWords words)
            throws IOException {
        String title = words.text("report.scorecard.heading", scorecard.department());
        String continued = words.text("report.pdf.continued", scorecard.department());
        PdfCanvas c = pages.newPage(title);
        c.text(book.cover().project() + "  ·  " + book.cover().base() + "  ·  " + book.cover().filter(),
                PdfPages.left(), pages.y(), pages.fonts().regular(), 8, PdfCanvas.MUTED);
        pages.moveTo(pages.y() + 10);
        new ClassBarsPdf(words).draw(c, scorecard.touchpoints(), PdfPages.left(), pages.y(), PdfPages.contentWidth());
        pages.moveTo(pages.y() + ClassBarsPdf.height(scorecard.touchpoints()) + 6);
        heading(pages, words.text("report.scorecard.targets"), continued);
        PdfTable.draw(pages, scorecard.table(), continued);
        heading(pages, words.text("report.scorecard.recoveryHeading"), continued);
        pages.notes(scorecard.notes(), 8, PdfCanvas.TEXT, continued);
        pages.moveTo(pages.y() + 4);
        PdfTable.draw(pages, scorecard.recovery(), continued);
        heading(pages, words.text("report.scorecard.comments"), continued);
        pages.notes(scorecard.comments().isEmpty() ? List.of(words.text("report.scorecard.noComments"))
                : scorecard.comments(), 8.5f, PdfCanvas.TEXT, continued);
    }

    private static void heading(PdfPages pages, String text, String continued) throws IOException {
        if (!pages.fits(36)) {
            pages.newPage(continued);
        }
        pages.canvas().text(text, PdfPages.left(), pages.y() + 10, pages.fonts().bold(), 10, PdfCanvas.TEXT);
        pages.moveTo(pages.y() + 16);
    }
}
