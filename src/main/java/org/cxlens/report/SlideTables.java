package org.cxlens.report;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.apache.poi.sl.usermodel.TableCell.BorderEdge;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextRun;

/**
 * Tables on slides: a report table as printed (numbers right-aligned, a rule under the heading),
 * and a heatmap as a table whose cells carry the heatmap's colours, since Office has no heatmap chart.
 */
final class SlideTables {

    /** Rows a slide holds beside a chart; more rows go to slides of their own. */
    static final int ROWS_BESIDE_CHART = 12;
    /** Rows a slide holds when the table has it to itself. */
    static final int ROWS_PER_SLIDE = 16;

    /** Average width of a character in points per point of font size, a little generous for digits and capitals. */
    private static final double CHAR_WIDTH = 0.62;
    /** Smaller type than this is not read from a slide. */
    private static final double SMALLEST_FONT = 7;
    /** A cell's left and right insets together, in points. */
    private static final double INSETS = 9;

    /** A few short columns stay together rather than spread over the slide. */
    private static final double MAX_COLUMN_WIDTH = 180;

    private SlideTables() {
    }

    /** Rows {@code from}..{@code to - 1} of the table under its headings, inside the box; font shrinks with the rows. */
    static XSLFTable table(XSLFSlide slide, ReportTable table, int from, int to, Rectangle2D box) {
        XSLFTable shape = slide.createTable();
        int rows = to - from + 1;
        double height = Math.min(24, box.getHeight() / rows);
        double width = Math.min(box.getWidth(), table.headers().size() * MAX_COLUMN_WIDTH);
        double font = fitting(height >= 20 ? 11 : 9, table.headers(), table.rows().subList(from, to), width);
        XSLFTableRow heading = shape.addRow();
        heading.setHeight(height);
        for (String h : table.headers()) {
            XSLFTableCell cell = cell(heading, h, font, true, ClassColours.TEXT);
            cell.setBorderColor(BorderEdge.bottom, colour(ClassColours.TEXT));
            cell.setBorderWidth(BorderEdge.bottom, 1);
        }
        for (int r = from; r < to; r++) {
            XSLFTableRow row = shape.addRow();
            row.setHeight(height);
            for (ReportCell c : table.rows().get(r)) {
                XSLFTableCell cell = cell(row, c.text(), font, false, ClassColours.TEXT);
                if (c.numeric()) {
                    cell.getTextParagraphs().get(0).setTextAlign(TextAlign.RIGHT);
                }
                cell.setBorderColor(BorderEdge.bottom, colour(ClassColours.BORDER));
                cell.setBorderWidth(BorderEdge.bottom, 0.5);
            }
        }
        widths(shape, table.headers(), table.rows().subList(from, to), width, font);
        shape.setAnchor(new Rectangle2D.Double(box.getX(), box.getY(), width, height * rows));
        return shape;
    }

    /**
     * The heatmap as a table: a touchpoint per row, a group per column, each cell its share in
     * whole percent on the fill of its step; low-base cells grey, cells without cases a dash.
     */
    static XSLFTable heatmap(XSLFSlide slide, HeatmapDescription heatmap, Locale locale, Rectangle2D box) {
        XSLFTable shape = slide.createTable();
        int rows = heatmap.rowLabels().size() + 1;
        double height = Math.min(26, box.getHeight() / rows);
        double font = height >= 20 ? 11 : 9;
        NumberFormat whole = NumberFormat.getIntegerInstance(locale);
        XSLFTableRow heading = shape.addRow();
        heading.setHeight(height);
        cell(heading, "", font, true, ClassColours.TEXT);
        for (String column : heatmap.columnLabels()) {
            cell(heading, column, font, true, ClassColours.TEXT).getTextParagraphs().get(0).setTextAlign(TextAlign.CENTER);
        }
        for (int r = 0; r < heatmap.rowLabels().size(); r++) {
            XSLFTableRow row = shape.addRow();
            row.setHeight(height);
            cell(row, heatmap.rowLabels().get(r), font, false, ClassColours.TEXT);
            for (int c = 0; c < heatmap.columnLabels().size(); c++) {
                HeatCell h = heatmap.cell(r, c);
                String text = h.empty() ? "–" : whole.format(Math.round(h.share() * 100)) + " %" + mark(h.vsRest());
                int step = h.empty() || h.lowBase() ? -1 : ClassColours.heatStep(heatmap, h.share());
                String ink = step >= 0 && ClassColours.lightTextOnHeat(step) ? "ffffff"
                        : step < 0 ? ClassColours.TEXT_MUTED : ClassColours.TEXT;
                XSLFTableCell cell = cell(row, text, font, false, ink);
                cell.getTextParagraphs().get(0).setTextAlign(TextAlign.CENTER);
                cell.setFillColor(colour(step >= 0 ? ClassColours.heat(step) : h.empty() ? "ffffff" : "eeeeee"));
                for (BorderEdge edge : BorderEdge.values()) {
                    cell.setBorderColor(edge, Color.WHITE);
                    cell.setBorderWidth(edge, 1.5);
                }
            }
        }
        double first = Math.min(box.getWidth() * 0.3, 200);
        shape.setColumnWidth(0, first);
        for (int c = 0; c < heatmap.columnLabels().size(); c++) {
            shape.setColumnWidth(c + 1, Math.min(110, (box.getWidth() - first) / heatmap.columnLabels().size()));
        }
        shape.setAnchor(new Rectangle2D.Double(box.getX(), box.getY(), box.getWidth(), height * rows));
        return shape;
    }

    private static String mark(VsRest vsRest) {
        return switch (vsRest) {
            case HIGHER -> " ▲";
            case LOWER -> " ▼";
            case NONE -> "";
        };
    }

    private static XSLFTableCell cell(XSLFTableRow row, String text, double font, boolean bold, String ink) {
        XSLFTableCell cell = row.addCell();
        XSLFTextRun run = cell.setText(text);
        run.setFontSize(font);
        run.setBold(bold);
        run.setFontColor(colour(ink));
        cell.setVerticalAlignment(VerticalAlignment.MIDDLE);
        cell.setTopInset(1);
        cell.setBottomInset(1);
        cell.setLeftInset(4);
        cell.setRightInset(4);
        return cell;
    }

    /**
     * Column widths from the texts: no column narrower than its longest word (a number never
     * breaks), and the room left given to the columns whose text would otherwise wrap most, so a
     * long "why" sentence wraps rather than the figures beside it.
     */
    private static void widths(XSLFTable shape, List<String> headers, List<List<ReportCell>> rows, double width,
                               double font) {
        double perChar = font * CHAR_WIDTH;
        double[] least = new double[headers.size()];
        double[] natural = new double[headers.size()];
        for (int c = 0; c < headers.size(); c++) {
            int word = longestWord(headers.get(c));
            int whole = headers.get(c).length();
            for (List<ReportCell> row : rows) {
                ReportCell cell = row.get(c);
                word = Math.max(word, cell.numeric() ? cell.text().length() : longestWord(cell.text()));
                whole = Math.max(whole, cell.text().length());
            }
            least[c] = word * perChar + INSETS;
            natural[c] = Math.max(least[c], whole * perChar + INSETS);
        }
        double leastTotal = java.util.Arrays.stream(least).sum();
        double naturalTotal = java.util.Arrays.stream(natural).sum();
        for (int c = 0; c < headers.size(); c++) {
            double w;
            if (naturalTotal <= width) {
                w = natural[c] * width / naturalTotal;
            } else if (leastTotal <= width) {
                w = least[c] + (width - leastTotal) * (natural[c] - least[c]) / (naturalTotal - leastTotal);
            } else {
                w = least[c] * width / leastTotal;
            }
            shape.setColumnWidth(c, w);
        }
    }

    /** The font size, down to {@link #SMALLEST_FONT}, at which no word of any column has to break. */
    private static double fitting(double font, List<String> headers, List<List<ReportCell>> rows, double width) {
        int words = 0;
        for (int c = 0; c < headers.size(); c++) {
            int word = longestWord(headers.get(c));
            for (List<ReportCell> row : rows) {
                ReportCell cell = row.get(c);
                word = Math.max(word, cell.numeric() ? cell.text().length() : longestWord(cell.text()));
            }
            words += word;
        }
        double fits = (width - INSETS * headers.size()) / (words * CHAR_WIDTH);
        return Math.max(SMALLEST_FONT, Math.min(font, Math.floor(fits * 2) / 2));
    }

    private static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }

    static Color colour(String hex) {
        int[] rgb = ClassColours.channels(hex);
        return new Color(rgb[0], rgb[1], rgb[2]);
    }
}
