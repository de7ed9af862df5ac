package org.cxlens.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickMark;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.ScatterStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChart;
import org.apache.poi.xddf.usermodel.chart.XDDFChartAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.Message;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLegend;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTValAx;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTMarker;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;

/**
 * Draws a chart description as a native, editable Office chart (DrawingML, the same in a slide
 * and in a worksheet): the class bars as 100 % stacked horizontal bars in the class colours, the
 * journey and the trend as lines, the drivers as a scatter of labelled points with the quadrant
 * lines at the means. A heatmap has no Office chart type; the writers draw it as a coloured table.
 */
final class OfficeCharts {

    /** Segments below this share get no label: it would not fit. */
    private static final String SEGMENT_LABEL = "[<0.05]\"\";0%";
    private static final String PERCENT = "0%";
    private static final double AXIS_FONT = 10;
    private static final double LABEL_FONT = 9;

    private OfficeCharts() {
    }

    /** Draws the chart into an empty Office chart, writing the numbers it plots into {@code cells}. */
    static void draw(XDDFChart chart, ReportChart description, ChartCells cells, Locale locale) {
        chart.setAutoTitleDeleted(true);
        if (description instanceof ClassBarChartDescription bars) {
            classBars(chart, bars, cells, locale);
        } else if (description instanceof DepartmentChartDescription departments) {
            classBars(chart, departments.departments(), cells, locale);
        } else if (description instanceof JourneyChartDescription journey) {
            journey(chart, journey, cells, locale);
        } else if (description instanceof TrendChartDescription trend) {
            trend(chart, trend, cells, locale);
        } else if (description instanceof DriverChartDescription drivers) {
            drivers(chart, drivers, cells, locale);
        } else {
            throw new IllegalArgumentException("a heatmap is drawn as a table, not as an Office chart");
        }
    }

    private static void classBars(XDDFChart chart, ClassBarChartDescription d, ChartCells cells, Locale locale) {
        List<String> headings = new ArrayList<>(List.of(""));
        for (ClassSeries s : d.series()) {
            headings.add(className(s.experienceClass(), locale));
        }
        double[][] values = new double[d.categories().size()][d.series().size()];
        for (int r = 0; r < values.length; r++) {
            for (int c = 0; c < d.series().size(); c++) {
                values[r][c] = d.series().get(c).segments().get(r).share();
            }
        }
        cells.write(headings, d.categories().stream().map(c -> label(c.label(), c.lowBase(), c.base(), locale)).toList(),
                values);

        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
        XDDFValueAxis shares = chart.createValueAxis(AxisPosition.BOTTOM);
        // Office draws the first category at the bottom; reversed, the first bar is on top as on screen,
        // and the share axis then crosses at the last category to stay at the bottom.
        categories.setOrientation(AxisOrientation.MAX_MIN);
        shares.setCrosses(AxisCrosses.MAX);
        shareAxis(shares, 0, 1, 0.25);
        style(categories);
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, shares);
        bars.setBarDirection(BarDirection.BAR);
        bars.setBarGrouping(BarGrouping.PERCENT_STACKED);
        bars.setGapWidth(50);
        bars.setVaryColors(false);
        for (int c = 0; c < d.series().size(); c++) {
            ClassSeries s = d.series().get(c);
            XDDFBarChartData.Series series = (XDDFBarChartData.Series) bars.addSeries(cells.labels(), cells.column(c));
            series.setTitle(headings.get(c + 1), cells.headingCell(c));
            String colour = ClassColours.of(s.colourId());
            series.setFillProperties(solid(colour));
            series.setLineProperties(line("ffffff", 0.75));
            labels(series.getCTBarSer().addNewDLbls(), SEGMENT_LABEL, STDLblPos.CTR,
                    s.experienceClass() == ExperienceClass.DELIGHTED ? "ffffff" : ClassColours.TEXT);
        }
        chart.plot(bars);
        fullOverlap(chart);
        legend(chart);
    }

    /**
     * Stacked segments must overlap fully, or Office draws them side by side. Set as text: the
     * percentage type of the overlap is missing from the slim schema jar POI ships (poi-ooxml-lite).
     */
    private static void fullOverlap(XDDFChart chart) {
        CTBarChart bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
        value(bar.isSetOverlap() ? bar.getOverlap() : bar.addNewOverlap(), "100");
    }

    /** Marker size as text, for the same reason as the overlap. */
    private static void markerSize(CTMarker marker, int points) {
        value(marker.isSetSize() ? marker.getSize() : marker.addNewSize(), Integer.toString(points));
    }

    private static void value(XmlObject element, String value) {
        try (XmlCursor cursor = element.newCursor()) {
            cursor.setAttributeText(new QName("val"), value);
        }
    }

    private static void journey(XDDFChart chart, JourneyChartDescription d, ChartCells cells, Locale locale) {
        double[][] values = new double[d.steps().size()][];
        for (int r = 0; r < values.length; r++) {
            JourneyStep step = d.steps().get(r);
            values[r] = new double[] {step.delighted().share(), step.recovery().share()};
        }
        List<String> names = List.of(Message.of("journey.delighted").render(locale),
                Message.of("journey.recovery").render(locale));
        cells.write(List.of("", names.get(0), names.get(1)), d.steps().stream()
                .map(s -> label(s.label(), s.lowBase() && s.base() > 0, s.base(), locale)).toList(), values);
        XDDFLineChartData lines = lineChart(chart, 0, 1, 0.2, PERCENT);
        line(lines, cells, 0, names.get(0), ClassColours.DELIGHTED, STDLblPos.T, PERCENT);
        line(lines, cells, 1, names.get(1), ClassColours.RECOVERY, STDLblPos.T, PERCENT);
        chart.plot(lines);
        legend(chart);
    }

    private static void trend(XDDFChart chart, TrendChartDescription d, ChartCells cells, Locale locale) {
        String name = Message.of("measure." + d.measure().name()).render(locale);
        double[][] values = d.periods().stream().map(p -> new double[] {p.value()}).toArray(double[][]::new);
        cells.write(List.of("", name), d.periods().stream()
                .map(p -> label(p.label(), p.lowBase() && !p.empty(), p.n(), locale)).toList(), values);
        boolean share = d.measure().isShare();
        String format = share ? PERCENT : "0";
        XDDFLineChartData lines = share ? lineChart(chart, 0, 1, 0.2, format) : lineChart(chart, -100, 100, 50, format);
        line(lines, cells, 0, name, ClassColours.of(d.measure().colourId()), STDLblPos.T, format);
        chart.plot(lines);
        legend(chart);
    }

    private static void drivers(XDDFChart chart, DriverChartDescription d, ChartCells cells, Locale locale) {
        List<DriverPoint> placed = d.points().stream().filter(DriverPoint::placed).toList();
        String performance = d.x().title().render(locale);
        String importance = d.y().title().render(locale);
        cells.write(List.of("", performance, importance), placed.stream().map(DriverPoint::label).toList(),
                placed.stream().map(p -> new double[] {p.performance(), p.importance()}).toArray(double[][]::new));

        XDDFValueAxis x = chart.createValueAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        shareAxis(x, d.x().min(), d.x().max(), d.x().step());
        shareAxis(y, d.y().min(), d.y().max(), d.y().step());
        x.setTitle(performance);
        y.setTitle(importance);
        XDDFScatterChartData scatter = (XDDFScatterChartData) chart.createData(ChartTypes.SCATTER, x, y);
        scatter.setStyle(ScatterStyle.LINE_MARKER);
        scatter.setVaryColors(false);
        XDDFScatterChartData.Series points = (XDDFScatterChartData.Series) scatter.addSeries(cells.column(0),
                cells.column(1));
        points.setTitle(d.title().render(locale));
        points.setSmooth(false);
        points.setMarkerStyle(MarkerStyle.CIRCLE);
        markerSize(points.getCTScatterSer().getMarker(), 9);
        points.setLineProperties(new XDDFLineProperties(new XDDFNoFillProperties()));
        XDDFShapeProperties marker = new XDDFShapeProperties();
        marker.setFillProperties(solid(ClassColours.DELIGHTED));
        marker.setLineProperties(line("ffffff", 0.75));
        points.getCTScatterSer().getMarker().setSpPr(marker.getXmlObject());
        CTDLbls labels = points.getCTScatterSer().addNewDLbls();
        labels(labels, null, STDLblPos.R, ClassColours.TEXT);
        PointLabels.name(labels, placed.stream().map(p -> label(p.label(), p.lowBase(), p.n(), locale)).toList(),
                LABEL_FONT);
        chart.plot(scatter);
        // The axes cross at the means, so they are the quadrant lines, their labels kept at the edges.
        crossAt(chart, x, d.meanImportance());
        crossAt(chart, y, d.meanPerformance());
        chart.deleteLegend();
    }

    /** Draws the axis across the other one at {@code value} (a dashed line), unless there is no value. */
    private static void crossAt(XDDFChart chart, XDDFValueAxis axis, double value) {
        if (Double.isNaN(value)) {
            return;
        }
        CTValAx ct = valAx(chart, axis);
        if (ct.isSetCrosses()) {
            ct.unsetCrosses();
        }
        ct.addNewCrossesAt().setVal(value);
        axis.setTickLabelPosition(AxisTickLabelPosition.LOW);
        XDDFLineProperties dashed = line(ClassColours.TEXT_MUTED, 1);
        dashed.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
        axis.getOrAddShapeProperties().setLineProperties(dashed);
    }

    private static CTValAx valAx(XDDFChart chart, XDDFValueAxis axis) {
        for (CTValAx ct : chart.getCTChart().getPlotArea().getValAxArray()) {
            if (ct.getAxId().getVal() == axis.getId()) {
                return ct;
            }
        }
        throw new IllegalStateException("axis " + axis.getId() + " is not in its chart");
    }

    private static XDDFLineChartData lineChart(XDDFChart chart, double min, double max, double step, String format) {
        XDDFCategoryAxis periods = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        style(periods);
        shareAxis(values, min, max, step);
        values.setNumberFormat(format);
        XDDFLineChartData lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, periods, values);
        lines.setVaryColors(false);
        chart.displayBlanksAs(DisplayBlanks.GAP);
        return lines;
    }

    private static void line(XDDFLineChartData lines, ChartCells cells, int column, String name, String colour,
                             STDLblPos.Enum position, String format) {
        XDDFLineChartData.Series series = (XDDFLineChartData.Series) lines.addSeries(cells.labels(), cells.column(column));
        series.setTitle(name, cells.headingCell(column));
        series.setSmooth(false);
        series.setMarkerStyle(MarkerStyle.CIRCLE);
        markerSize(series.getCTLineSer().getMarker(), 7);
        series.setLineProperties(line(colour, 2.25));
        XDDFShapeProperties marker = new XDDFShapeProperties();
        marker.setFillProperties(solid(colour));
        marker.setLineProperties(line(colour, 0.75));
        series.getCTLineSer().getMarker().setSpPr(marker.getXmlObject());
        labels(series.getCTLineSer().addNewDLbls(), format, position, colour);
    }

    /** A value axis from min to max in steps, with light grid lines; "0%" unless set otherwise. */
    private static void shareAxis(XDDFValueAxis axis, double min, double max, double step) {
        axis.setMinimum(min);
        axis.setMaximum(max);
        axis.setMajorUnit(step);
        axis.setNumberFormat(PERCENT);
        axis.getOrAddMajorGridProperties().setLineProperties(line(ClassColours.BORDER, 0.75));
        style(axis);
    }

    private static void style(XDDFChartAxis axis) {
        axis.setMajorTickMark(AxisTickMark.NONE);
        axis.getOrAddTextProperties().setFontSize(AXIS_FONT);
        axis.getOrAddTextProperties().setFillProperties(solid(ClassColours.TEXT));
        axis.getOrAddShapeProperties().setLineProperties(line(ClassColours.BORDER, 0.75));
    }

    private static void legend(XDDFChart chart) {
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        chart.getOrAddLegend().setOverlay(false);
        CTLegend legend = chart.getCTChart().getLegend();
        font(legend.isSetTxPr() ? legend.getTxPr() : legend.addNewTxPr(), AXIS_FONT, ClassColours.TEXT);
    }

    /** Value labels in the given number format (null: as the cells), position and colour. */
    private static void labels(CTDLbls labels, String format, STDLblPos.Enum position, String colour) {
        if (format != null) {
            labels.addNewNumFmt().setFormatCode(format);
            labels.getNumFmt().setSourceLinked(false);
        }
        font(labels.addNewTxPr(), LABEL_FONT, colour);
        labels.addNewDLblPos().setVal(position);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(true);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }

    /** Text of the given size and colour throughout a chart element. */
    private static void font(CTTextBody text, double size, String colour) {
        text.addNewBodyPr();
        text.addNewLstStyle();
        CTTextCharacterProperties run = text.addNewP().addNewPPr().addNewDefRPr();
        run.setSz((int) (size * 100));
        run.addNewSolidFill().addNewSrgbClr().setVal(ClassColours.bytes(colour));
    }

    static XDDFSolidFillProperties solid(String hex) {
        return new XDDFSolidFillProperties(XDDFColor.from(ClassColours.bytes(hex)));
    }

    private static XDDFLineProperties line(String hex, double width) {
        XDDFLineProperties line = new XDDFLineProperties(solid(hex));
        line.setWidth(width);
        return line;
    }

    /** A bar's, step's or point's name, saying so when its base is low (the screen draws those differently). */
    private static String label(String name, boolean lowBase, int base, Locale locale) {
        return lowBase ? Message.of("report.office.lowBase", name, base).render(locale) : name;
    }

    private static String className(ExperienceClass c, Locale locale) {
        return Message.of("class." + ChartDescriptions.colourId(c)).render(locale);
    }
}
