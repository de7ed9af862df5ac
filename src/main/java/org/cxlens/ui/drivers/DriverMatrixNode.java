package org.cxlens.ui.drivers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import org.cxlens.analysis.Quadrant;
import org.cxlens.report.ChartAxis;
import org.cxlens.report.DriverChartDescription;
import org.cxlens.report.DriverPoint;
import org.cxlens.report.PageTexts;
import org.cxlens.ui.LazyTooltip;

/**
 * The importance–performance matrix of a chart description: performance across, importance up,
 * dashed lines at the means, the quadrant names in the corners (only when the verdicts are
 * judged), and a clickable point per touchpoint with its name beside it, placed clear of the
 * other names and points where the room allows.
 */
final class DriverMatrixNode extends Region {

    private static final double RADIUS = 6;
    private static final double TOP = 12;
    private static final double RIGHT = 18;
    private static final double GAP = 6;

    private final DriverChartDescription chart;
    private final Region plot = new Region();
    private final List<Line> xGrid = new ArrayList<>();
    private final List<Line> yGrid = new ArrayList<>();
    private final List<Label> xTicks = new ArrayList<>();
    private final List<Label> yTicks = new ArrayList<>();
    private final Label xTitle;
    private final Label yTitle;
    private final Line meanPerformance = new Line();
    private final Line meanImportance = new Line();
    private final Map<Quadrant, Label> quadrantNames = new EnumMap<>(Quadrant.class);
    private final List<DriverPoint> placed;
    private final List<Circle> points = new ArrayList<>();
    private final List<Label> names = new ArrayList<>();
    private final List<Line> leaders = new ArrayList<>();

    DriverMatrixNode(DriverChartDescription chart, PageTexts texts, Consumer<DriverPoint> onClick) {
        this.chart = chart;
        getStyleClass().add("driver-matrix");
        plot.getStyleClass().add("matrix-plot");
        getChildren().add(plot);
        axis(chart.x(), xGrid, xTicks, texts);
        axis(chart.y(), yGrid, yTicks, texts);
        xTitle = title(texts.render(chart.x().title()));
        yTitle = title(texts.render(chart.y().title()));
        yTitle.setRotate(-90);
        for (Line mean : List.of(meanPerformance, meanImportance)) {
            mean.getStyleClass().add("matrix-mean");
            mean.setVisible(!Double.isNaN(chart.meanPerformance()) && !Double.isNaN(chart.meanImportance()));
            getChildren().add(mean);
        }
        if (chart.judged()) {
            for (Quadrant q : Quadrant.values()) {
                Label name = new Label(texts.quadrant(q, true));
                name.getStyleClass().addAll("quadrant-name", "quadrant-" + q.name());
                name.setMouseTransparent(true);
                quadrantNames.put(q, name);
                getChildren().add(name);
            }
        }
        // The most important points are labelled first, so they get the nearest spots.
        placed = chart.points().stream().filter(DriverPoint::placed)
                .sorted(Comparator.comparingDouble(DriverPoint::importance).reversed()).toList();
        for (DriverPoint p : placed) {
            Line leader = new Line();
            leader.getStyleClass().add("point-leader");
            leader.setMouseTransparent(true);
            leaders.add(leader);
        }
        getChildren().addAll(leaders);
        for (DriverPoint p : placed) {
            Circle point = new Circle(RADIUS);
            point.getStyleClass().addAll("driver-point", "drillable",
                    p.quadrant() == null ? "no-quadrant" : "quadrant-" + p.quadrant().name());
            if (p.lowBase()) {
                point.getStyleClass().add("low-base");
            }
            String tip = texts.tooltip(chart, p);
            LazyTooltip.install(point, () -> tip);
            point.setOnMouseClicked(e -> onClick.accept(p));
            points.add(point);
            Label name = new Label(p.label());
            name.getStyleClass().add("point-label");
            name.setMnemonicParsing(false);
            name.setMouseTransparent(true);
            names.add(name);
        }
        getChildren().addAll(points);
        getChildren().addAll(names);
        setMinSize(360, 260);
        setPrefSize(760, 420);
    }

    private void axis(ChartAxis axis, List<Line> grid, List<Label> ticks, PageTexts texts) {
        for (double value : axis.ticks()) {
            Line line = new Line();
            line.getStyleClass().add("matrix-grid");
            grid.add(line);
            Label tick = new Label(texts.roundPercent(value));
            tick.getStyleClass().add("matrix-tick");
            ticks.add(tick);
        }
        getChildren().addAll(grid);
        getChildren().addAll(ticks);
    }

    private Label title(String text) {
        Label title = new Label(text);
        title.getStyleClass().add("matrix-axis-title");
        getChildren().add(title);
        return title;
    }

    @Override
    protected void layoutChildren() {
        double tickWidth = yTicks.stream().mapToDouble(l -> l.prefWidth(-1)).max().orElse(0);
        double tickHeight = xTicks.isEmpty() ? 0 : xTicks.get(0).prefHeight(-1);
        double yTitleHeight = yTitle.prefHeight(-1);
        double xTitleHeight = xTitle.prefHeight(-1);
        double left = snapPositionX(yTitleHeight + GAP + tickWidth + GAP);
        double bottom = snapPositionY(tickHeight + GAP + xTitleHeight + GAP);
        double width = Math.max(10, getWidth() - left - RIGHT);
        double height = Math.max(10, getHeight() - TOP - bottom);
        plot.resizeRelocate(left, TOP, width, height);

        double[] xValues = chart.x().ticks();
        for (int i = 0; i < xValues.length; i++) {
            double x = snap(left + width * chart.x().position(xValues[i]));
            set(xGrid.get(i), x, TOP, x, TOP + height);
            Label tick = xTicks.get(i);
            double w = tick.prefWidth(-1);
            tick.resizeRelocate(x - w / 2, TOP + height + GAP / 2, w, tickHeight);
        }
        double[] yValues = chart.y().ticks();
        for (int i = 0; i < yValues.length; i++) {
            double y = snap(TOP + height * (1 - chart.y().position(yValues[i])));
            set(yGrid.get(i), left, y, left + width, y);
            Label tick = yTicks.get(i);
            double w = tick.prefWidth(-1);
            double h = tick.prefHeight(-1);
            tick.resizeRelocate(left - GAP - w, y - h / 2, w, h);
        }
        double xTitleWidth = Math.min(xTitle.prefWidth(-1), width);
        xTitle.resizeRelocate(left + (width - xTitleWidth) / 2, getHeight() - xTitleHeight - GAP / 2, xTitleWidth,
                xTitleHeight);
        double yTitleWidth = Math.min(yTitle.prefWidth(-1), height);
        // Laid out unrotated, centred where the rotated title belongs; the rotation turns it about its centre.
        yTitle.resizeRelocate(yTitleHeight / 2 - yTitleWidth / 2, TOP + height / 2 - yTitleHeight / 2, yTitleWidth,
                yTitleHeight);

        double meanX = snap(left + width * chart.x().position(chart.meanPerformance()));
        double meanY = snap(TOP + height * (1 - chart.y().position(chart.meanImportance())));
        set(meanPerformance, meanX, TOP, meanX, TOP + height);
        set(meanImportance, left, meanY, left + width, meanY);

        List<LabelPlacement.Box> obstacles = new ArrayList<>();
        for (Map.Entry<Quadrant, Label> entry : quadrantNames.entrySet()) {
            Label name = entry.getValue();
            double w = name.prefWidth(-1);
            double h = name.prefHeight(-1);
            boolean rightSide = entry.getKey() == Quadrant.KEEP_UP || entry.getKey() == Quadrant.POSSIBLE_OVERKILL;
            boolean top = entry.getKey() == Quadrant.FIX_FIRST || entry.getKey() == Quadrant.KEEP_UP;
            double x = rightSide ? width - w - GAP : GAP;
            double y = top ? GAP / 2 : height - h - GAP / 2;
            name.resizeRelocate(left + x, TOP + y, w, h);
            obstacles.add(new LabelPlacement.Box(x, y, w, h));
        }

        // Names should not sit on the mean lines either, though that hurts less than covering a name or point.
        obstacles.add(new LabelPlacement.Box(meanX - left - 1, 0, 2, height));
        obstacles.add(new LabelPlacement.Box(0, meanY - TOP - 1, width, 2));
        List<LabelPlacement.Label> toPlace = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            DriverPoint p = placed.get(i);
            double x = width * chart.x().position(p.performance());
            double y = height * (1 - chart.y().position(p.importance()));
            points.get(i).setCenterX(left + x);
            points.get(i).setCenterY(TOP + y);
            Label name = names.get(i);
            toPlace.add(new LabelPlacement.Label(x, y, name.prefWidth(-1), name.prefHeight(-1)));
        }
        List<LabelPlacement.Spot> spots = LabelPlacement.place(width, height, toPlace, RADIUS, obstacles);
        for (int i = 0; i < spots.size(); i++) {
            LabelPlacement.Spot spot = spots.get(i);
            LabelPlacement.Label label = toPlace.get(i);
            names.get(i).resizeRelocate(left + spot.x(), TOP + spot.y(), label.width(), label.height());
            Line leader = leaders.get(i);
            leader.setVisible(spot.leader());
            if (spot.leader()) {
                double toX = Math.max(spot.x(), Math.min(label.x(), spot.x() + label.width()));
                double toY = Math.max(spot.y(), Math.min(label.y(), spot.y() + label.height()));
                set(leader, left + label.x(), TOP + label.y(), left + toX, TOP + toY);
            }
        }
    }

    private static void set(Line line, double startX, double startY, double endX, double endY) {
        line.setStartX(startX);
        line.setStartY(startY);
        line.setEndX(endX);
        line.setEndY(endY);
    }

    /** Half-pixel positions keep one-pixel lines sharp. */
    private double snap(double position) {
        return Math.floor(position) + 0.5;
    }
}
