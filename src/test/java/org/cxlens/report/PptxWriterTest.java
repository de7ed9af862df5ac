package org.cxlens.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import javax.xml.namespace.QName;
import org.apache.poi.xddf.usermodel.XDDFColorRgbBinary;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.xmlbeans.XmlCursor;
import org.cxlens.domain.ExperienceClass;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTSerTx;
import org.cxlens.domain.Progress;
import org.junit.jupiter.api.Test;

/**
 * The slides of {@link OfficeBooks}: a cover, one slide per view in the book's order and the
 * method; every chart native, with the description's numbers and the screen's class colours.
 */
class PptxWriterTest {

    private static final ReportBook BOOK = OfficeBooks.book(Locale.ENGLISH);

    @Test
    void writesACoverASlidePerViewAndTheMethod() throws Exception {
        try (XMLSlideShow deck = deck(BOOK)) {
            assertThat(deck.getSlides()).hasSize(1 + BOOK.views().size() + BOOK.method().size());
            assertThat(texts(deck.getSlides().get(0))).contains("Webshop 2025", "Acme", "240 of 240 respondents",
                    "Low base: fewer than 30.");
            for (int v = 0; v < BOOK.views().size(); v++) {
                assertThat(texts(deck.getSlides().get(1 + v))).contains(BOOK.views().get(v).title())
                        .containsAll(BOOK.views().get(v).notes());
            }
            assertThat(texts(deck.getSlides().get(9))).contains("Method", "Delighted 9–10, satisfied 7–8 on 0–10.");
            // Native charts on six slides: the heatmap is a table, priorities has none.
            assertThat(deck.getCharts()).hasSize(6);
        }
    }

    @Test
    void drawsClassBarsAsPercentStackedHorizontalBarsWithTheDescriptionsSharesAndClassColours() throws Exception {
        ClassBarChartDescription touchpoints = (ClassBarChartDescription) BOOK.views().get(1).chart();
        try (XMLSlideShow deck = deck(BOOK)) {
            XSLFChart chart = chart(deck.getSlides().get(2));
            XDDFBarChartData bars = (XDDFBarChartData) only(chart);
            assertThat(bars.getBarDirection()).isEqualTo(BarDirection.BAR);
            assertThat(bars.getBarGrouping()).isEqualTo(BarGrouping.PERCENT_STACKED);
            assertThat(attribute(chart.getCTChart().getPlotArea().getBarChartArray(0).getOverlap())).isEqualTo("100");
            assertThat(bars.getSeriesCount()).isEqualTo(3);
            // First bar on top, as on screen.
            assertThat(chart.getAxes().get(0).getOrientation()).isEqualTo(AxisOrientation.MAX_MIN);
            for (ExperienceClass c : ExperienceClass.values()) {
                XDDFChartData.Series series = bars.getSeries(c.ordinal());
                assertThat(title(series)).isEqualTo(List.of("Indifferent", "Satisfied", "Delighted").get(c.ordinal()));
                assertThat(categories(series)).containsExactly("Website", "Ordering", "Delivery", "Returns");
                assertThat(values(series)).containsExactly(IntStream.range(0, 4)
                        .mapToObj(i -> touchpoints.segment(i, c).share()).toArray(Double[]::new));
                assertThat(fill(((XDDFBarChartData.Series) series).getShapeProperties().getFillProperties()))
                        .isEqualTo(ClassColours.of(c));
            }
            // Website scores 7i + wave mod 11: 9 or 10 for 11, 12, 11 and 11 of each wave's 60 respondents.
            assertThat(touchpoints.segment(0, ExperienceClass.DELIGHTED).share()).isCloseTo(45 / 240.0, offset(1e-12));
        }
    }

    @Test
    void drawsTheJourneyAndTheTrendAsLinesAndTheDriversAsALabelledScatter() throws Exception {
        JourneyChartDescription journey = (JourneyChartDescription) BOOK.views().get(3).chart();
        DriverChartDescription drivers = (DriverChartDescription) BOOK.views().get(4).chart();
        TrendChartDescription trend = (TrendChartDescription) BOOK.views().get(7).chart();
        try (XMLSlideShow deck = deck(BOOK)) {
            XDDFLineChartData lines = (XDDFLineChartData) only(chart(deck.getSlides().get(4)));
            assertThat(lines.getSeriesCount()).isEqualTo(2);
            assertThat(title(lines.getSeries(0))).isEqualTo("Delighted");
            assertThat(title(lines.getSeries(1))).isEqualTo("Recovery needed");
            assertThat(values(lines.getSeries(0))).containsExactly(
                    journey.steps().stream().map(s -> s.delighted().share()).toArray(Double[]::new));
            assertThat(values(lines.getSeries(1))).containsExactly(
                    journey.steps().stream().map(s -> s.recovery().share()).toArray(Double[]::new));

            XSLFChart matrix = chart(deck.getSlides().get(5));
            XDDFScatterChartData scatter = (XDDFScatterChartData) only(matrix);
            List<DriverPoint> placed = drivers.points().stream().filter(DriverPoint::placed).toList();
            assertThat(placed).hasSize(4);
            assertThat(scatter.getSeriesCount()).isEqualTo(1);
            assertThat(values(scatter.getSeries(0))).containsExactly(
                    placed.stream().map(DriverPoint::importance).toArray(Double[]::new));
            assertThat(categories(scatter.getSeries(0))).containsExactly(
                    placed.stream().map(p -> String.valueOf(p.performance())).toArray(String[]::new));
            String xml = matrix.getCTChart().xmlText();
            placed.forEach(p -> assertThat(xml).contains("<a:t>" + p.label() + "</a:t>"));
            assertThat(matrix.getCTChart().getPlotArea().getValAxArray(0).getCrossesAt().getVal())
                    .isEqualTo(drivers.meanImportance());

            XDDFLineChartData trendLine = (XDDFLineChartData) only(chart(deck.getSlides().get(8)));
            assertThat(trendLine.getSeriesCount()).isEqualTo(1);
            assertThat(categories(trendLine.getSeries(0))).containsExactlyElementsOf(OfficeBooks.WAVES);
            assertThat(values(trendLine.getSeries(0))).containsExactly(
                    trend.periods().stream().map(TrendPeriod::value).toArray(Double[]::new));
        }
    }

    @Test
    void drawsTheHeatmapAsATableInTheScreensColourSteps() throws Exception {
        HeatmapDescription heatmap = (HeatmapDescription) BOOK.views().get(6).chart();
        try (XMLSlideShow deck = deck(BOOK)) {
            XSLFTable table = (XSLFTable) deck.getSlides().get(7).getShapes().stream()
                    .filter(XSLFTable.class::isInstance).findFirst().orElseThrow();
            assertThat(table.getNumberOfRows()).isEqualTo(1 + heatmap.rowLabels().size());
            assertThat(table.getNumberOfColumns()).isEqualTo(1 + heatmap.columnLabels().size());
            assertThat(table.getCell(0, 1).getText()).isEqualTo("2025-Q1");
            for (int r = 0; r < heatmap.rowLabels().size(); r++) {
                for (int c = 0; c < heatmap.columnLabels().size(); c++) {
                    HeatCell cell = heatmap.cell(r, c);
                    String expected = cell.lowBase() ? "eeeeee" : ClassColours.heat(ClassColours.heatStep(heatmap, cell.share()));
                    assertThat(table.getCell(r + 1, c + 1).getFillColor()).isEqualTo(SlideTables.colour(expected));
                    assertThat(table.getCell(r + 1, c + 1).getText()).startsWith(Math.round(cell.share() * 100) + " %");
                }
            }
            // Returns is scored by every third respondent: 20 a wave, under the minimum base of 30.
            assertThat(heatmap.cell(3, 0).lowBase()).isTrue();
        }
    }

    @Test
    void speaksTheReportsLanguage() throws Exception {
        try (XMLSlideShow deck = deck(OfficeBooks.book(Locale.forLanguageTag("nl")))) {
            XDDFChartData bars = only(chart(deck.getSlides().get(2)));
            assertThat(title(bars.getSeries(0))).isEqualTo("Onverschillig");
            XDDFChartData lines = only(chart(deck.getSlides().get(4)));
            assertThat(title(lines.getSeries(1))).isEqualTo("Herstel nodig");
        }
    }

    @Test
    void continuesALongTableOnSlidesOfItsOwn() throws Exception {
        List<List<ReportCell>> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(List.of(ReportCell.text("Touchpoint " + i), ReportCell.number(Integer.toString(i), i, CellFormat.COUNT)));
        }
        ReportView view = new ReportView("touchpoints", "Touchpoints", BOOK.views().get(1).chart(),
                new ReportTable(List.of("Touchpoint", "n"), rows), List.of());
        ReportBook book = new ReportBook(Locale.ENGLISH, BOOK.cover(), List.of(view), List.of(), List.of());
        try (XMLSlideShow deck = deck(book)) {
            // 40 rows at 16 a slide: the chart's slide, then three of table.
            assertThat(deck.getSlides()).hasSize(1 + 1 + 3);
            assertThat(texts(deck.getSlides().get(2))).contains("Touchpoints: table", "Touchpoint 0", "Touchpoint 15");
            assertThat(texts(deck.getSlides().get(4))).contains("Touchpoint 39").doesNotContain("Touchpoint 31");
        }
    }

    @Test
    void namesALowBaseBarAsLowBase() throws Exception {
        BarSegment half = new BarSegment(0.5, 6, Double.NaN, Double.NaN, VsRest.NONE);
        BarSegment none = new BarSegment(0, 0, Double.NaN, Double.NaN, VsRest.NONE);
        ClassBarChartDescription chart = new ClassBarChartDescription("Touchpoints", false, List.of(
                new BarCategory("Website", "Website", "", null, 240, false, null),
                new BarCategory("Repair", "Repair", "", null, 12, true, null)), List.of(
                new ClassSeries(ExperienceClass.INDIFFERENT, "indifferent", List.of(half, half)),
                new ClassSeries(ExperienceClass.SATISFIED, "satisfied", List.of(half, none)),
                new ClassSeries(ExperienceClass.DELIGHTED, "delighted", List.of(none, half))));
        ReportBook book = new ReportBook(Locale.ENGLISH, BOOK.cover(),
                List.of(new ReportView("touchpoints", "Touchpoints", chart, ReportTable.empty(), List.of())), List.of(),
                List.of());
        try (XMLSlideShow deck = deck(book)) {
            XDDFChartData bars = only(chart(deck.getSlides().get(1)));
            assertThat(categories(bars.getSeries(0))).containsExactly("Website", "Repair (low base: n = 12)");
            assertThat(values(bars.getSeries(2))).containsExactly(0.0, 0.5);
        }
    }

    @Test
    void stopsWhenCancelled() {
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PptxWriter().write(BOOK, null,
                new ByteArrayOutputStream(), cancelled)).isInstanceOf(CancellationException.class);
    }

    static XMLSlideShow deck(ReportBook book) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PptxWriter().write(book, null, out, Progress.NONE);
        return new XMLSlideShow(new ByteArrayInputStream(out.toByteArray()));
    }

    private static XSLFChart chart(XSLFSlide slide) {
        return slide.getRelations().stream().filter(XSLFChart.class::isInstance).map(XSLFChart.class::cast)
                .findFirst().orElseThrow();
    }

    static XDDFChartData only(org.apache.poi.xddf.usermodel.chart.XDDFChart chart) {
        assertThat(chart.getChartSeries()).hasSize(1);
        return chart.getChartSeries().get(0);
    }

    static List<String> categories(XDDFChartData.Series series) {
        return IntStream.range(0, series.getCategoryData().getPointCount())
                .mapToObj(i -> String.valueOf(series.getCategoryData().getPointAt(i))).toList();
    }

    /** The plotted values, NaN where the chart has a gap. */
    static Double[] values(XDDFChartData.Series series) {
        return IntStream.range(0, series.getValuesData().getPointCount()).mapToObj(i -> {
            Number value = series.getValuesData().getPointAt(i);
            return value == null ? Double.NaN : value.doubleValue();
        }).toArray(Double[]::new);
    }

    static String title(XDDFChartData.Series s) {
        CTSerTx tx = s instanceof XDDFBarChartData.Series b ? b.getCTBarSer().getTx()
                : s instanceof XDDFLineChartData.Series l ? l.getCTLineSer().getTx()
                : ((XDDFScatterChartData.Series) s).getCTScatterSer().getTx();
        return tx.isSetStrRef() ? tx.getStrRef().getStrCache().getPtArray(0).getV() : tx.getV();
    }

    static String fill(Object fill) {
        byte[] rgb = ((XDDFColorRgbBinary) ((XDDFSolidFillProperties) fill).getColor()).getValue();
        return String.format("%02x%02x%02x", rgb[0] & 0xff, rgb[1] & 0xff, rgb[2] & 0xff);
    }

    private static String attribute(org.apache.xmlbeans.XmlObject element) {
        try (XmlCursor cursor = element.newCursor()) {
            return cursor.getAttributeText(new QName("val"));
        }
    }

    private static List<String> texts(XSLFSlide slide) {
        List<String> texts = new ArrayList<>();
        for (XSLFShape shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape text) {
                text.getTextParagraphs().forEach(p -> texts.add(p.getText()));
            } else if (shape instanceof XSLFTable table) {
                table.getRows().forEach(r -> r.getCells().forEach(c -> texts.add(c.getText())));
            }
        }
        return texts;
    }
}
