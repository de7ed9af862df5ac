package org.cxlens.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The report's two faces, Liberation Sans regular and bold (SIL Open Font License, bundled with
 * its licence), embedded as subsets so any reader shows the same letters, accents included.
 */
final class PdfFonts {

    private final PDType0Font regular;
    private final PDType0Font bold;
    private final Map<Integer, Boolean> known = new HashMap<>();

    PdfFonts(PDDocument document) throws IOException {
        this.regular = load(document, "LiberationSans-Regular.ttf");
        this.bold = load(document, "LiberationSans-Bold.ttf");
    }

    private static PDType0Font load(PDDocument document, String name) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/org/cxlens/report/fonts/" + name)) {
            if (in == null) {
                throw new IOException("the font " + name + " is missing from the program");
            }
            return PDType0Font.load(document, in, true);
        }
    }

    PDType0Font regular() {
        return regular;
    }

    PDType0Font bold() {
        return bold;
    }

    /** The text with any character the font cannot show replaced by "?", so one odd letter in a comment cannot stop a report. */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n' || c == '\t' || c == '\r') {
                out.append(' ');
            } else if (known.computeIfAbsent(c, this::hasGlyph)) {
                out.appendCodePoint(c);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(int codePoint) {
        try {
            regular.encode(new String(Character.toChars(codePoint)));
            bold.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
