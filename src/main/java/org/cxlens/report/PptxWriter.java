package org.cxlens.report;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.util.Units;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.cxlens.domain.Message;
import org.cxlens.domain.Progress;

/**
 * The report as a 16:9 slide deck: a title slide, one slide per view with its chart as a native,
 * editable Office chart (the numbers in the chart's own worksheet) and its table beside it, and
 * the method. A table too long to sit beside its chart continues on slides of its own.
 */
public final class PptxWriter implements DeliverableWriter {

    private static final double WIDTH = 960;
    private static final double HEIGHT = 540;
    private static final double MARGIN = 36;
    private static final double TITLE_TOP = 22;
    private static final double BODY_TOP = 78;
    private static final double FOOTER = 22;
    private static final double GAP = 18;

    @Override
    public void write(ReportBook book, ClassifiedRespondents respondents, OutputStream out, Progress progress)
            throws IOException {
        try (XMLSlideShow deck = new XMLSlideShow()) {
            deck.setPageSize(new Dimension((int) WIDTH, (int) HEIGHT));
            Deck slides = new Deck(deck, book);
            slides.cover();
            int done = 0;
            for (ReportView view : book.views()) {
                Cancellation.check(progress);
                slides.view(view);
                progress.update(++done, book.views().size() + 1L);
            }
            for (MethodSection section : book.method()) {
                slides.method(section);
            }
            deck.write(out);
            progress.update(book.views().size() + 1L, book.views().size() + 1L);
        }
    }

    /** The slides of one deck, each with the report's footer. */
    private static final class Deck {

        private final XMLSlideShow deck;
        private final ReportBook book;
        private final Locale locale;

        Deck(XMLSlideShow deck, ReportBook book) {
            this.deck = deck;
            this.book = book;
            this.locale = book.locale();
        }

        void cover() {
            XSLFSlide slide = deck.createSlide();
            ReportCover cover = book.cover();
            XSLFAutoShape band = slide.createAutoShape();
            band.setShapeType(ShapeType.RECT);
            band.setAnchor(new Rectangle2D.Double(0, 0, 18, HEIGHT));
            band.setFillColor(SlideTables.colour(ClassColours.DELIGHTED));
            band.setLineColor(null);
            XSLFTextBox title = box(slide, MARGIN + 24, 130, WIDTH - 2 * MARGIN - 24, 70);
            run(title, cover.project(), 36, true, ClassColours.TEXT);
            XSLFTextBox lines = box(slide, MARGIN + 24, 205, WIDTH - 2 * MARGIN - 24, 160);
            if (!cover.client().isBlank()) {
                run(lines, cover.client(), 22, false, ClassColours.TEXT);
            }
            for (String line : List.of(cover.dateRange(), cover.base(), cover.filter(), cover.created())) {
                if (!line.isBlank()) {
                    run(lines, line, 16, false, ClassColours.TEXT_MUTED);
                }
            }
            if (!cover.assumptions().isEmpty()) {
                XSLFTextBox assumptions = box(slide, MARGIN + 24, 380, WIDTH - 2 * MARGIN - 24, 130);
                for (String a : cover.assumptions()) {
                    run(assumptions, a, 12, false, ClassColours.TEXT_MUTED);
                }
            }
        }

        void view(ReportView view) throws IOException {
            XSLFSlide slide = titled(view.title());
            double notesTop = HEIGHT - FOOTER - notesHeight(view.notes());
            Rectangle2D body = new Rectangle2D.Double(MARGIN, BODY_TOP, WIDTH - 2 * MARGIN, notesTop - BODY_TOP - 6);
            ReportTable table = view.table();
            boolean beside = view.chart() != null && !table.isEmpty() && table.rows().size() <= SlideTables.ROWS_BESIDE_CHART
                    && table.headers().size() <= 6 && !(view.chart() instanceof HeatmapDescription);
            int tableFrom = 0;
            if (view.chart() == null) {
                tableFrom = table.isEmpty() ? 0 : tableSlices(slide, table, 0, body);
            } else if (beside) {
                double chartWidth = body.getWidth() * 0.56;
                chart(slide, view.chart(), new Rectangle2D.Double(body.getX(), body.getY(), chartWidth,
                        chartHeight(view.chart(), body.getHeight())));
                SlideTables.table(slide, table, 0, table.rows().size(), new Rectangle2D.Double(
                        body.getX() + chartWidth + GAP, body.getY(), body.getWidth() - chartWidth - GAP, body.getHeight()));
                tableFrom = table.rows().size();
            } else {
                chart(slide, view.chart(), new Rectangle2D.Double(body.getX(), body.getY(), body.getWidth(),
                        chartHeight(view.chart(), body.getHeight())));
            }
            notes(slide, view.notes(), notesTop);
            while (tableFrom < table.rows().size()) {
                XSLFSlide more = titled(Message.of("report.office.tableOf", view.title()).render(locale));
                tableFrom = tableSlices(more, table, tableFrom, new Rectangle2D.Double(MARGIN, BODY_TOP,
                        WIDTH - 2 * MARGIN, HEIGHT - FOOTER - BODY_TOP - 6));
            }
        }

        void method(MethodSection section) {
            XSLFSlide slide = titled(section.heading());
            double textHeight = notesHeight(section.paragraphs()) * 1.2;
            XSLFTextBox text = box(slide, MARGIN, BODY_TOP, WIDTH - 2 * MARGIN, textHeight);
            for (String p : section.paragraphs()) {
                run(text, p, 13, false, ClassColours.TEXT);
            }
            ReportTable table = section.table();
            int from = 0;
            double top = BODY_TOP + textHeight + 8;
            XSLFSlide on = slide;
            while (from < table.rows().size()) {
                from = tableSlices(on, table, from, new Rectangle2D.Double(MARGIN, top, WIDTH - 2 * MARGIN,
                        HEIGHT - FOOTER - top - 6));
                if (from < table.rows().size()) {
                    on = titled(Message.of("report.office.tableOf", section.heading()).render(locale));
                    top = BODY_TOP;
                }
            }
        }

        /** As many rows from {@code from} as fit the box; returns the next row. */
        private int tableSlices(XSLFSlide slide, ReportTable table, int from, Rectangle2D box) {
            int fit = Math.max(3, Math.min(SlideTables.ROWS_PER_SLIDE, (int) (box.getHeight() / 22) - 1));
            int to = Math.min(table.rows().size(), from + fit);
            SlideTables.table(slide, table, from, to, box);
            return to;
        }

        private void chart(XSLFSlide slide, ReportChart description, Rectangle2D box) throws IOException {
            if (description instanceof HeatmapDescription heatmap) {
                double legend = 20;
                Rectangle2D grid = SlideTables.heatmap(slide, heatmap, locale, new Rectangle2D.Double(box.getX(),
                        box.getY(), box.getWidth(), box.getHeight() - legend)).getAnchor();
                XSLFTextBox scale = box(slide, box.getX(), grid.getMaxY() + 6, box.getWidth(), legend);
                run(scale, heatLegend(heatmap) + "  " + Message.of("heatmap.legend.marks").render(locale), 10, false,
                        ClassColours.TEXT_MUTED);
                return;
            }
            XSLFChart chart = deck.createChart();
            // Unlike every other shape's anchor, a chart's is in EMU.
            slide.addChart(chart, new Rectangle2D.Double(Units.toEMU(box.getX()), Units.toEMU(box.getY()),
                    Units.toEMU(box.getWidth()), Units.toEMU(box.getHeight())));
            try {
                OfficeCharts.draw(chart, description, new ChartCells(chart.getWorkbook().getSheetAt(0), 0, 0, null), locale);
            } catch (InvalidFormatException e) {
                throw new IOException(e);
            }
        }

        private String heatLegend(HeatmapDescription heatmap) {
            return Message.of("report.office.heatScale", Message.of("measure." + heatmap.measure().name()),
                    Math.round(heatmap.scaleLow() * 100), Math.round(heatmap.scaleHigh() * 100)).render(locale);
        }

        private XSLFSlide titled(String heading) {
            XSLFSlide slide = deck.createSlide();
            XSLFTextBox title = box(slide, MARGIN, TITLE_TOP, WIDTH - 2 * MARGIN, 44);
            run(title, heading, 26, true, ClassColours.TEXT);
            XSLFTextBox footer = box(slide, MARGIN, HEIGHT - FOOTER, WIDTH - 2 * MARGIN - 60, FOOTER - 4);
            run(footer, book.cover().project() + " · " + book.cover().filter(), 9, false, ClassColours.TEXT_MUTED);
            XSLFTextBox number = box(slide, WIDTH - MARGIN - 60, HEIGHT - FOOTER, 60, FOOTER - 4);
            run(number, Integer.toString(deck.getSlides().size()), 9, false, ClassColours.TEXT_MUTED)
                    .getParagraph().setTextAlign(TextAlign.RIGHT);
            return slide;
        }

        private void notes(XSLFSlide slide, List<String> notes, double top) {
            if (notes.isEmpty()) {
                return;
            }
            XSLFTextBox box = box(slide, MARGIN, top, WIDTH - 2 * MARGIN, HEIGHT - FOOTER - top);
            for (String note : notes) {
                run(box, note, 11, false, ClassColours.TEXT_MUTED);
            }
        }
    }

    /** A bar chart as tall as its bars need (a single bar is no banner), any other chart as tall as there is room. */
    private static double chartHeight(ReportChart chart, double room) {
        int bars = chart instanceof ClassBarChartDescription c ? c.categories().size()
                : chart instanceof DepartmentChartDescription d ? d.departments().categories().size() : -1;
        return bars < 0 ? room : Math.min(room, 70 + 44.0 * bars);
    }

    /** Room for the sentences at 11 pt across the slide: about 150 characters a line. */
    private static double notesHeight(List<String> notes) {
        int lines = 0;
        for (String note : notes) {
            lines += Math.max(1, (note.length() + 149) / 150);
        }
        return lines == 0 ? 0 : lines * 15 + 8;
    }

    private static XSLFTextBox box(XSLFSlide slide, double x, double y, double width, double height) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(new Rectangle2D.Double(x, y, width, height));
        box.setWordWrap(true);
        box.clearText();
        box.setLeftInset(0);
        box.setRightInset(0);
        return box;
    }

    /** A paragraph of one run at the end of the box. */
    private static XSLFTextRun run(XSLFTextBox box, String text, double size, boolean bold, String ink) {
        XSLFTextParagraph paragraph = box.addNewTextParagraph();
        XSLFTextRun run = paragraph.addNewTextRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontColor(SlideTables.colour(ink));
        return run;
    }
}
