package org.cxlens.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.cxlens.report.ReportCell;
import org.cxlens.report.ReportTable;

/**
 * A report table across the page: columns as wide as their content, the widest ones narrowed
 * and wrapped when the table is wider than the page, numbers right-aligned, and the heading
 * repeated on every page a long table runs onto.
 */
final class PdfTable {

    private static final float SIZE = 8;
    private static final float LEADING = 10;
    private static final float PAD = 4;
    private static final float HEADER = 16;
    private static final int STRIPE = 0xf3f5f7;

    private PdfTable() {
    }

    /** Draws the table from the pages' current position; a new page continues under {@code continued}. */
    static void draw(PdfPages pages, ReportTable table, String continued) throws IOException {
        if (table.headers().isEmpty()) {
            return;
        }
        PdfCanvas c = pages.canvas();
        PDFont regular = pages.fonts().regular();
        PDFont bold = pages.fonts().bold();
        float[] widths = widths(c, table, regular, bold, PdfPages.contentWidth());
        float tableWidth = 0;
        for (float w : widths) {
            tableWidth += w;
        }
        if (!pages.fits(HEADER + LEADING + 2 * PAD)) {
            pages.newPage(continued);
        }
        header(pages, table, widths);
        int index = 0;
        for (List<ReportCell> row : table.rows()) {
            c = pages.canvas();
            List<List<String>> lines = new ArrayList<>();
            int most = 1;
            for (int col = 0; col < row.size(); col++) {
                List<String> wrapped = c.wrap(row.get(col).text(), regular, SIZE, widths[col] - 2 * PAD);
                lines.add(wrapped);
                most = Math.max(most, wrapped.size());
            }
            float height = most * LEADING + 2 * PAD;
            if (!pages.fits(height)) {
                pages.newPage(continued);
                header(pages, table, widths);
                c = pages.canvas();
            }
            float y = pages.y();
            if (index++ % 2 == 1) {
                c.fillRect(PdfPages.left(), y, tableWidth, height, STRIPE);
            }
            float x = PdfPages.left();
            for (int col = 0; col < row.size(); col++) {
                float baseline = y + PAD + SIZE;
                for (String line : lines.get(col)) {
                    if (row.get(col).numeric()) {
                        c.textRight(line, x + widths[col] - PAD, baseline, regular, SIZE, PdfCanvas.TEXT);
                    } else {
                        c.text(line, x + PAD, baseline, regular, SIZE, PdfCanvas.TEXT);
                    }
                    baseline += LEADING;
                }
                x += widths[col];
            }
            pages.moveTo(y + height);
        }
        pages.canvas().line(PdfPages.left(), pages.y(), PdfPages.left() + tableWidth, pages.y(), PdfCanvas.RULE, 0.6f);
        pages.moveTo(pages.y() + 10);
    }

    private static void header(PdfPages pages, ReportTable table, float[] widths) throws IOException {
        PdfCanvas c = pages.canvas();
        float y = pages.y();
        float x = PdfPages.left();
        for (int col = 0; col < widths.length; col++) {
            String heading = c.fitted(table.headers().get(col), pages.fonts().bold(), SIZE, widths[col] - 2 * PAD);
            boolean numeric = !table.rows().isEmpty() && table.rows().get(0).get(col).numeric();
            if (numeric) {
                c.textRight(heading, x + widths[col] - PAD, y + PAD + SIZE, pages.fonts().bold(), SIZE, PdfCanvas.TEXT);
            } else {
                c.text(heading, x + PAD, y + PAD + SIZE, pages.fonts().bold(), SIZE, PdfCanvas.TEXT);
            }
            x += widths[col];
        }
        float width = 0;
        for (float w : widths) {
            width += w;
        }
        c.line(PdfPages.left(), y + HEADER, PdfPages.left() + width, y + HEADER, PdfCanvas.MUTED, 0.8f);
        pages.moveTo(y + HEADER + 1);
    }

    /**
     * Each column as wide as its widest cell; when they do not fit, the columns wider than an
     * even share give up room in proportion to their width (their text wraps).
     */
    static float[] widths(PdfCanvas c, ReportTable table, PDFont regular, PDFont bold, float available)
            throws IOException {
        int columns = table.headers().size();
        float[] natural = new float[columns];
        for (int col = 0; col < columns; col++) {
            // A point to spare: a cell measured to fit exactly must not wrap on rounding.
            natural[col] = Math.min(c.width(table.headers().get(col), bold, SIZE), 90) + 2 * PAD + 1;
            for (List<ReportCell> row : table.rows()) {
                natural[col] = Math.max(natural[col], c.width(row.get(col).text(), regular, SIZE) + 2 * PAD + 1);
            }
        }
        float total = 0;
        for (float w : natural) {
            total += w;
        }
        if (total <= available) {
            return natural;
        }
        float[] widths = natural.clone();
        for (int round = 0; round < columns && total > available; round++) {
            float even = available / columns;
            float narrow = 0;
            float wide = 0;
            for (float w : widths) {
                if (w <= even) {
                    narrow += w;
                } else {
                    wide += w;
                }
            }
            float room = available - narrow;
            total = 0;
            for (int col = 0; col < columns; col++) {
                if (widths[col] > even) {
                    widths[col] = Math.max(even, widths[col] * room / wide);
                }
                total += widths[col];
            }
        }
        return widths;
    }
}
