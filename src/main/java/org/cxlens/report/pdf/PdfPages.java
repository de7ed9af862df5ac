package org.cxlens.report.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The pages of a PDF as they are filled from top to bottom: the current page, where the next
 * thing goes on it, and new pages with their heading when something no longer fits. Every page
 * gets a footer with its number once the count is known.
 */
final class PdfPages implements AutoCloseable {

    private static final float TITLE = 18;

    private final PDDocument document;
    private final PdfFonts fonts;
    private PdfCanvas canvas;
    private float y;

    PdfPages(PDDocument document, PdfFonts fonts) {
        this.document = document;
        this.fonts = fonts;
    }

    PdfCanvas canvas() {
        return canvas;
    }

    PdfFonts fonts() {
        return fonts;
    }

    float y() {
        return y;
    }

    void moveTo(float next) {
        y = next;
    }

    static float left() {
        return PdfCanvas.MARGIN;
    }

    static float contentWidth() {
        return PdfCanvas.width() - 2 * PdfCanvas.MARGIN;
    }

    /** A blank page with nothing on it yet, such as the title page. */
    PdfCanvas blankPage() throws IOException {
        if (canvas != null) {
            canvas.close();
        }
        canvas = new PdfCanvas(document, fonts);
        y = PdfCanvas.MARGIN;
        return canvas;
    }

    /** A new page headed by the title, with a rule beneath it. */
    PdfCanvas newPage(String title) throws IOException {
        blankPage();
        canvas.text(title, left(), PdfCanvas.MARGIN + TITLE, fonts.bold(), TITLE, PdfCanvas.TEXT);
        canvas.line(left(), PdfCanvas.MARGIN + TITLE + 8, left() + contentWidth(), PdfCanvas.MARGIN + TITLE + 8,
                PdfCanvas.RULE, 0.8f);
        y = PdfCanvas.MARGIN + TITLE + 22;
        return canvas;
    }

    /** Whether something this high still fits on the page. */
    boolean fits(float height) {
        return y + height <= PdfCanvas.bottom();
    }

    /** Writes the wrapped sentences and moves below them, going on on a new page under {@code continued}. */
    void notes(Iterable<String> sentences, float size, int rgb, String continued) throws IOException {
        for (String sentence : sentences) {
            int lines = canvas.wrap(sentence, fonts.regular(), size, contentWidth()).size();
            if (!fits(lines * size * 1.3f)) {
                newPage(continued);
            }
            y = canvas.paragraph(sentence, left(), y + size, contentWidth(), fonts.regular(), size, rgb) - size + 3;
        }
    }

    /** "Project · page 3 of 12" at the foot of every page. */
    void footers(String left, PdfWords words) throws IOException {
        if (canvas != null) {
            canvas.close();
            canvas = null;
        }
        int count = document.getNumberOfPages();
        int number = 0;
        for (PDPage page : document.getPages()) {
            number++;
            try (PdfCanvas foot = new PdfCanvas(document, page, fonts)) {
                float baseline = PdfCanvas.height() - PdfCanvas.MARGIN + 12;
                foot.line(left(), baseline - 10, left() + contentWidth(), baseline - 10, PdfCanvas.RULE, 0.5f);
                foot.text(left, left(), baseline, fonts.regular(), 7.5f, PdfCanvas.MUTED);
                foot.textRight(words.text("report.pdf.page", number, count), left() + contentWidth(), baseline,
                        fonts.regular(), 7.5f, PdfCanvas.MUTED);
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (canvas != null) {
            canvas.close();
            canvas = null;
        }
    }
}
