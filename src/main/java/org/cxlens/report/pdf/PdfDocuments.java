package org.cxlens.report.pdf;

import java.util.Calendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.cxlens.report.ReportBook;

/** A new PDF with what its reader's file properties show: title, subject, creator, language. */
final class PdfDocuments {

    private PdfDocuments() {
    }

    static PDDocument create(ReportBook book, String title) {
        PDDocument document = new PDDocument();
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title + " – " + book.cover().project());
        info.setSubject(book.cover().filter());
        info.setCreator("CX Lens");
        info.setProducer("CX Lens (Apache PDFBox)");
        info.setCreationDate(Calendar.getInstance());
        document.getDocumentCatalog().setLanguage(book.locale().toLanguageTag());
        return document;
    }
}
