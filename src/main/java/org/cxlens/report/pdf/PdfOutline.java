package org.cxlens.report.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/** The bookmarks a PDF reader lists beside the pages: one per view, scorecard or method page. */
final class PdfOutline {

    private final PDDocument document;
    private final PDDocumentOutline outline = new PDDocumentOutline();

    PdfOutline(PDDocument document) {
        this.document = document;
    }

    void add(String title, PDPage page) {
        PDPageFitWidthDestination destination = new PDPageFitWidthDestination();
        destination.setPage(page);
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(destination);
        outline.addLast(item);
    }

    void finish() {
        document.getDocumentCatalog().setDocumentOutline(outline);
        outline.openNode();
    }
}
