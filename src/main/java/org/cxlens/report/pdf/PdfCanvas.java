package org.cxlens.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

/**
 * One page to draw on, measured from its top-left corner in points (y grows downwards, as on
 * screen), in A4 landscape. Everything is vector drawing and real text.
 */
final class PdfCanvas implements AutoCloseable {

    static final PDRectangle SIZE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final float MARGIN = 40;
    static final int TEXT = 0x1f2328;
    static final int MUTED = 0x57606a;
    static final int RULE = 0xd0d7de;

    private final PDPageContentStream stream;
    private final PdfFonts fonts;
    private final float height;

    /** A new page at the end of the document. */
    PdfCanvas(PDDocument document, PdfFonts fonts) throws IOException {
        this(document, addPage(document), fonts);
    }

    /** More drawing on a page already drawn on, such as its footer once the page count is known. */
    PdfCanvas(PDDocument document, PDPage page, PdfFonts fonts) throws IOException {
        this.stream = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true);
        this.fonts = fonts;
        this.height = page.getMediaBox().getHeight();
    }

    private static PDPage addPage(PDDocument document) {
        PDPage page = new PDPage(SIZE);
        document.addPage(page);
        return page;
    }

    static float width() {
        return SIZE.getWidth();
    }

    static float height() {
        return SIZE.getHeight();
    }

    /** The bottom of the area that content may fill, above the footer. */
    static float bottom() {
        return SIZE.getHeight() - MARGIN - 14;
    }

    PdfFonts fonts() {
        return fonts;
    }

    /** Text with its baseline at y. */
    void text(String text, float x, float y, PDFont font, float size, int rgb) throws IOException {
        String shown = fonts.printable(text);
        if (shown.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(font, size);
        colour(rgb, true);
        stream.newLineAtOffset(x, height - y);
        stream.showText(shown);
        stream.endText();
    }

    /** Text ending at x. */
    void textRight(String text, float x, float y, PDFont font, float size, int rgb) throws IOException {
        text(text, x - width(text, font, size), y, font, size, rgb);
    }

    /** Text centred on x. */
    void textCentred(String text, float x, float y, PDFont font, float size, int rgb) throws IOException {
        text(text, x - width(text, font, size) / 2, y, font, size, rgb);
    }

    float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(fonts.printable(text)) / 1000 * size;
    }

    /** The text broken into lines no wider than {@code width}; a word longer than a line is cut. */
    List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : fonts.printable(text).split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, size) <= width || line.isEmpty() && width(word, font, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, font, size) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut), font, size) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Writes wrapped text from baseline y down; returns the y below its last line. */
    float paragraph(String text, float x, float y, float width, PDFont font, float size, int rgb) throws IOException {
        float leading = size * 1.3f;
        float baseline = y;
        for (String line : wrap(text, font, size, width)) {
            text(line, x, baseline, font, size, rgb);
            baseline += leading;
        }
        return baseline;
    }

    /** The text shortened with "…" to fit the width. */
    String fitted(String text, PDFont font, float size, float width) throws IOException {
        String shown = fonts.printable(text);
        if (width(shown, font, size) <= width) {
            return shown;
        }
        int end = shown.length();
        while (end > 1 && width(shown.substring(0, end) + "…", font, size) > width) {
            end--;
        }
        return shown.substring(0, end).stripTrailing() + "…";
    }

    void fillRect(float x, float y, float w, float h, int rgb) throws IOException {
        colour(rgb, true);
        stream.addRect(x, height - y - h, w, h);
        stream.fill();
    }

    void strokeRect(float x, float y, float w, float h, int rgb, float lineWidth) throws IOException {
        colour(rgb, false);
        stream.setLineWidth(lineWidth);
        stream.addRect(x, height - y - h, w, h);
        stream.stroke();
    }

    void line(float x1, float y1, float x2, float y2, int rgb, float lineWidth) throws IOException {
        colour(rgb, false);
        stream.setLineWidth(lineWidth);
        stream.moveTo(x1, height - y1);
        stream.lineTo(x2, height - y2);
        stream.stroke();
    }

    void dashedLine(float x1, float y1, float x2, float y2, int rgb, float lineWidth) throws IOException {
        stream.setLineDashPattern(new float[] {3, 2}, 0);
        line(x1, y1, x2, y2, rgb, lineWidth);
        stream.setLineDashPattern(new float[] {}, 0);
    }

    /** Thin diagonal lines over a rectangle: a low base, visible in print without colour. */
    void hatch(float x, float y, float w, float h, int rgb) throws IOException {
        stream.saveGraphicsState();
        stream.addRect(x, height - y - h, w, h);
        stream.clip();
        colour(rgb, false);
        stream.setLineWidth(0.8f);
        for (float offset = -h; offset < w; offset += 4) {
            stream.moveTo(x + offset, height - y - h);
            stream.lineTo(x + offset + h, height - y);
        }
        stream.stroke();
        stream.restoreGraphicsState();
    }

    /** A filled circle, or a ring when hollow. */
    void dot(float cx, float cy, float r, int rgb, boolean hollow) throws IOException {
        float k = 0.5523f * r;
        float y = height - cy;
        stream.moveTo(cx + r, y);
        stream.curveTo(cx + r, y + k, cx + k, y + r, cx, y + r);
        stream.curveTo(cx - k, y + r, cx - r, y + k, cx - r, y);
        stream.curveTo(cx - r, y - k, cx - k, y - r, cx, y - r);
        stream.curveTo(cx + k, y - r, cx + r, y - k, cx + r, y);
        stream.closePath();
        if (hollow) {
            colour(0xffffff, true);
            colour(rgb, false);
            stream.setLineWidth(1.2f);
            stream.fillAndStroke();
        } else {
            colour(rgb, true);
            stream.fill();
        }
    }

    /** A small filled triangle pointing up or down, centred on x with its middle at y: a significance mark. */
    void triangle(float cx, float cy, float size, boolean up, int rgb) throws IOException {
        float half = size / 2;
        float y = height - cy;
        colour(rgb, true);
        if (up) {
            stream.moveTo(cx - half, y - half);
            stream.lineTo(cx + half, y - half);
            stream.lineTo(cx, y + half);
        } else {
            stream.moveTo(cx - half, y + half);
            stream.lineTo(cx + half, y + half);
            stream.lineTo(cx, y - half);
        }
        stream.closePath();
        stream.fill();
    }

    /** A polyline through the points (x, y pairs). */
    void polyline(float[] points, int rgb, float lineWidth) throws IOException {
        colour(rgb, false);
        stream.setLineWidth(lineWidth);
        stream.moveTo(points[0], height - points[1]);
        for (int i = 2; i < points.length; i += 2) {
            stream.lineTo(points[i], height - points[i + 1]);
        }
        stream.stroke();
    }

    /** Draws what follows half transparent until {@link #opaque()}. */
    void translucent(float alpha) throws IOException {
        PDExtendedGraphicsState state = new PDExtendedGraphicsState();
        state.setNonStrokingAlphaConstant(alpha);
        state.setStrokingAlphaConstant(alpha);
        stream.saveGraphicsState();
        stream.setGraphicsStateParameters(state);
    }

    void opaque() throws IOException {
        stream.restoreGraphicsState();
    }

    private void colour(int rgb, boolean fill) throws IOException {
        float r = ((rgb >> 16) & 0xff) / 255f;
        float g = ((rgb >> 8) & 0xff) / 255f;
        float b = (rgb & 0xff) / 255f;
        if (fill) {
            stream.setNonStrokingColor(r, g, b);
        } else {
            stream.setStrokingColor(r, g, b);
        }
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
