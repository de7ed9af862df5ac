package org.cxlens.ui.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.transform.Rotate;
import org.cxlens.domain.MomentType;
import org.cxlens.ui.Drillable;
import org.cxlens.report.JourneyChartDescription;
import org.cxlens.report.JourneyPoint;
import org.cxlens.report.JourneyStep;
import org.cxlens.report.TargetMarker;
import org.cxlens.ui.LazyTooltip;

/**
 * The journey curve drawn from its description: a column per step, the share delighted (solid
 * line, round points) and the share needing recovery (dashed line, square points) on one
 * 0–100 % axis with their 95 % intervals as whiskers, the target of each step's moment type as
 * a short bar, low-base steps on a hatched band, the delighted share written over its point
 * where the column is wide enough. Under the axis each step's moment-type badge (its
 * name when it fits, a symbol otherwise), its base, and its name: level when every name fits its
 * column, slanted or upright when not, cut short beyond {@link #MAX_NAME} with the full name in
 * its tooltip. Every point is clickable and keyboard-operable (Tab, then Enter or Space). The
 * target glyphs and the bases are texts, not labels: a label is a control with a skin and a text of
 * its own, and the chart's labels, all styled in the pulse that shows it, were most of its cost.
 */
final class JourneyChart extends Region {

    private static final double TOP = 14;
    private static final double RIGHT = 18;
    private static final double MIN_AXIS = 48;
    private static final double MAX_NAME = 170;
    private static final double MIN_PLOT = 140;
    private static final double POINT = 5.5;
    private static final int GRID_STEPS = 5;

    private final JourneyChartDescription chart;
    private final List<Label> gridLabels = new ArrayList<>();
    private final List<Line> gridLines = new ArrayList<>();
    private final List<Region> bands = new ArrayList<>();
    private final Path delightedLine = new Path();
    private final Path recoveryLine = new Path();
    private final List<Line> whiskers = new ArrayList<>();
    private final List<Shape> delighted = new ArrayList<>();
    private final List<Shape> recovery = new ArrayList<>();
    private final List<Line> targets = new ArrayList<>();
    private final List<Text> targetGlyphs = new ArrayList<>();
    private final List<Label> badges = new ArrayList<>();
    private final List<String> badgeNames = new ArrayList<>();
    private final List<Text> bases = new ArrayList<>();
    private final List<String[]> baseTexts = new ArrayList<>();
    private final List<Label> names = new ArrayList<>();
    private final List<Label> values = new ArrayList<>();
    /** The delighted and recovery points, in the order they are drawn. */
    private final List<Node> points = new ArrayList<>();
    private final ReadOnlyBooleanWrapper symbolBadges = new ReadOnlyBooleanWrapper(false);
    /** The plot's bottom (share 0), set by the last layout. */
    private double bottom;

    JourneyChart(JourneyChartDescription chart, JourneyTexts texts, IntConsumer onDelighted, IntConsumer onRecovery) {
        this.chart = chart;
        getStyleClass().add("journey-chart");
        for (int k = 0; k <= GRID_STEPS; k++) {
            Line grid = new Line();
            grid.getStyleClass().add(k == 0 ? "journey-axis" : "journey-grid");
            gridLines.add(grid);
            Label label = new Label(texts.roundPercent((double) k / GRID_STEPS));
            label.getStyleClass().add("journey-axis-label");
            gridLabels.add(label);
        }
        delightedLine.getStyleClass().addAll("journey-line", "line-delighted");
        recoveryLine.getStyleClass().addAll("journey-line", "line-recovery");
        delightedLine.setMouseTransparent(true);
        recoveryLine.setMouseTransparent(true);
        for (int i = 0; i < chart.steps().size(); i++) {
            JourneyStep step = chart.steps().get(i);
            Region band = new Region();
            band.getStyleClass().add("journey-low-base");
            band.setVisible(step.lowBase());
            band.setMouseTransparent(true);
            bands.add(band);

            int index = i;
            Shape d = point(new Circle(POINT), "point-delighted", step, texts.delightedTooltip(chart, i),
                    () -> onDelighted.accept(index));
            Rectangle square = new Rectangle(POINT * 1.7, POINT * 1.7);
            Shape r = point(square, "point-recovery", step, texts.recoveryTooltip(chart, i),
                    () -> onRecovery.accept(index));
            delighted.add(d);
            recovery.add(r);
            points.add(d);
            points.add(r);
            whiskers.add(whisker("whisker-delighted"));
            whiskers.add(whisker("whisker-recovery"));

            Line target = new Line();
            Text glyph = new Text();
            TargetMarker marker = step.target();
            target.getStyleClass().add("journey-target");
            glyph.getStyleClass().add("journey-target-glyph");
            if (marker != null) {
                target.getStyleClass().add(marker.met() ? "target-met" : "target-missed");
                glyph.getStyleClass().add(marker.met() ? "target-met" : "target-missed");
                glyph.setText(marker.met() ? "✓" : "✗");
                String tip = texts.targetTooltip(step);
                LazyTooltip.install(target, () -> tip);
                LazyTooltip.install(glyph, () -> tip);
            }
            target.setVisible(marker != null);
            glyph.setVisible(marker != null);
            targets.add(target);
            targetGlyphs.add(glyph);

            Label badge = new Label();
            badge.getStyleClass().addAll("moment-badge", "journey-badge", "moment-" + step.momentType().name());
            LazyTooltip.install(badge, () -> texts.momentName(step.momentType()));
            badges.add(badge);
            badgeNames.add(texts.momentName(step.momentType()));

            Text base = new Text(texts.count(step.base()));
            base.getStyleClass().add("journey-base");
            if (step.lowBase()) {
                base.getStyleClass().add("low-base");
            }
            LazyTooltip.install(base, () -> texts.baseTooltip(step));
            bases.add(base);
            baseTexts.add(new String[] {texts.count(step.base()), texts.compactCount(step.base())});

            Label value = new Label(step.delighted().present() ? texts.roundPercent(step.delighted().share()) : "");
            value.getStyleClass().add("journey-value");
            value.setMouseTransparent(true);
            values.add(value);

            Label name = new Label(step.label());
            name.getStyleClass().add("journey-step-name");
            if (step.lowBase()) {
                name.getStyleClass().add("low-base");
            }
            name.setMnemonicParsing(false);
            LazyTooltip.install(name, () -> texts.stepTitle(step));
            names.add(name);
        }
        setMinHeight(320);
        setPrefHeight(460);
    }

    /** A chart with all its parts in, for a picture or a test. */
    static JourneyChart complete(JourneyChartDescription chart, JourneyTexts texts, IntConsumer onDelighted,
                                 IntConsumer onRecovery) {
        JourneyChart drawing = new JourneyChart(chart, texts, onDelighted, onRecovery);
        drawing.parts().forEach(Runnable::run);
        return drawing;
    }

    /**
     * What puts the chart's nodes into it, in three parts of about equal styling cost, back to
     * front: the grid, bands, targets, whiskers and lines; the glyphs, figures and points; the
     * badges, bases and names under the axis ({@link org.cxlens.ui.BuiltWhileHidden}).
     */
    List<Runnable> parts() {
        return List.of(
                () -> {
                    getChildren().addAll(gridLines);
                    getChildren().addAll(gridLabels);
                    getChildren().addAll(bands);
                    getChildren().addAll(targets);
                    getChildren().addAll(whiskers);
                    getChildren().addAll(delightedLine, recoveryLine);
                },
                () -> {
                    getChildren().addAll(targetGlyphs);
                    getChildren().addAll(values);
                    getChildren().addAll(points);
                },
                () -> {
                    getChildren().addAll(badges);
                    getChildren().addAll(bases);
                    getChildren().addAll(names);
                });
    }

    /** Whether the badges show symbols (the legend then explains them) rather than the moment types' names. */
    ReadOnlyBooleanProperty symbolBadgesProperty() {
        return symbolBadges.getReadOnlyProperty();
    }

    /** The point of a step's delighted share, for tests. */
    Shape delightedPoint(int step) {
        return delighted.get(step);
    }

    /** The point of a step's share needing recovery, for tests. */
    Shape recoveryPoint(int step) {
        return recovery.get(step);
    }

    /** Where a share sits on the plot: 0 at its bottom, 1 at its top. */
    double plotY(double share) {
        return bottom - share * (bottom - TOP);
    }

    private static Shape point(Shape shape, String styleClass, JourneyStep step, String tooltip, Runnable action) {
        shape.getStyleClass().addAll("journey-point", styleClass, "drillable");
        if (step.lowBase()) {
            shape.getStyleClass().add("low-base");
        }
        LazyTooltip.install(shape, () -> tooltip);
        shape.setOnMouseClicked(e -> action.run());
        Drillable.byKeyboard(shape, () -> tooltip, action);
        return shape;
    }

    private static Line whisker(String styleClass) {
        Line line = new Line();
        line.getStyleClass().addAll("journey-whisker", styleClass);
        line.setMouseTransparent(true);
        return line;
    }

    @Override
    protected void layoutChildren() {
        int n = chart.steps().size();
        if (n == 0) {
            return;
        }
        double w = getWidth();
        double h = getHeight();
        double lineHeight = names.get(0).prefHeight(-1);
        double[] nameWidths = new double[n];
        double widest = 0;
        for (int i = 0; i < n; i++) {
            nameWidths[i] = Math.min(MAX_NAME, names.get(i).prefWidth(-1));
            widest = Math.max(widest, nameWidths[i]);
        }
        double axis = Math.max(MIN_AXIS, gridLabels.get(GRID_STEPS).prefWidth(-1) + 14);
        double step = (w - axis - RIGHT) / n;
        double angle = widest <= step - 8 ? 0 : step * Math.sin(Math.toRadians(45)) >= lineHeight + 2 ? 45 : 90;
        if (angle > 0) {
            // A slanted name runs down to the left of its step: the first ones need room left of the axis.
            double cos = Math.cos(Math.toRadians(angle));
            double sin = Math.sin(Math.toRadians(angle));
            double left = axis;
            for (int i = 0; i < n; i++) {
                left = Math.max(left, nameWidths[i] * cos + lineHeight / 2 * sin - (i + 0.5) * step + 4);
            }
            axis = left;
            step = (w - axis - RIGHT) / n;
        }
        double namesHeight = angle == 0 ? lineHeight
                : widest * Math.sin(Math.toRadians(angle)) + lineHeight * Math.cos(Math.toRadians(angle)) + 4;
        double badgeHeight = badges.get(0).prefHeight(-1);
        double baseHeight = bases.get(0).prefHeight(-1);
        double below = 8 + badgeHeight + 4 + baseHeight + 6 + namesHeight;
        bottom = Math.max(TOP + MIN_PLOT, h - below);
        double plot = bottom - TOP;

        for (int k = 0; k <= GRID_STEPS; k++) {
            double y = snapPositionY(bottom - plot * k / GRID_STEPS) + 0.5;
            Line grid = gridLines.get(k);
            grid.setStartX(axis);
            grid.setEndX(w - RIGHT);
            grid.setStartY(y);
            grid.setEndY(y);
            Label label = gridLabels.get(k);
            double lw = label.prefWidth(-1);
            double lh = label.prefHeight(-1);
            label.resizeRelocate(axis - 8 - lw, y - lh / 2, lw, lh);
        }

        boolean fullBadges = true;
        for (int i = 0; i < n; i++) {
            fullBadges &= textWidth(badgeNames.get(i), badges.get(i).getFont()) + 18 <= step - 4;
        }
        boolean fullBases = true;
        for (int i = 0; i < n; i++) {
            fullBases &= textWidth(baseTexts.get(i)[0], bases.get(i).getFont()) <= step - 4;
        }

        symbolBadges.set(!fullBadges);
        delightedLine.getElements().clear();
        recoveryLine.getElements().clear();
        for (int i = 0; i < n; i++) {
            JourneyStep s = chart.steps().get(i);
            double x = axis + (i + 0.5) * step;
            bands.get(i).resizeRelocate(snapPositionX(x - step / 2) + 1, TOP, Math.max(0, snapSizeX(step) - 2), plot);
            place(delighted.get(i), whiskers.get(2 * i), delightedLine, s.delighted(), x, i);
            place(recovery.get(i), whiskers.get(2 * i + 1), recoveryLine, s.recovery(), x, i);
            placeValue(values.get(i), s, x, step);

            TargetMarker marker = s.target();
            if (marker != null) {
                double half = Math.min(step * 0.32, 14);
                double y = plotY(marker.target());
                Line target = targets.get(i);
                target.setStartX(x - half);
                target.setEndX(x + half);
                target.setStartY(y);
                target.setEndY(y);
                Text glyph = targetGlyphs.get(i);
                double gw = glyph.prefWidth(-1);
                double gh = glyph.prefHeight(-1);
                glyph.resizeRelocate(x + half + 1, y - gh / 2, gw, gh);
                glyph.setVisible(step >= 2 * half + 2 * gw + 4);
            }

            double y = bottom + 8;
            Label badge = badges.get(i);
            String badgeText = fullBadges ? badgeNames.get(i) : symbol(s.momentType());
            if (!badgeText.equals(badge.getText())) {
                badge.setText(badgeText);
            }
            double bw = Math.min(badge.prefWidth(-1), Math.max(step - 2, 16));
            badge.resizeRelocate(x - bw / 2, y, bw, badgeHeight);
            y += badgeHeight + 4;

            Text base = bases.get(i);
            String baseText = fullBases ? baseTexts.get(i)[0] : baseTexts.get(i)[1];
            if (!baseText.equals(base.getText())) {
                base.setText(baseText);
            }
            double nw = base.prefWidth(-1);
            base.resizeRelocate(x - nw / 2, y, nw, baseHeight);
            y += baseHeight + 6;

            Label name = names.get(i);
            double width = nameWidths[i];
            if (angle == 0) {
                name.getTransforms().clear();
                name.resizeRelocate(x - width / 2, y, width, lineHeight);
            } else {
                double cos = Math.cos(Math.toRadians(angle));
                double top = y + lineHeight / 2 * cos;
                name.getTransforms().setAll(new Rotate(-angle, width, lineHeight / 2));
                name.resizeRelocate(x - width, top - lineHeight / 2, width, lineHeight);
            }
        }
    }

    /**
     * Writes the delighted share over its point, or under it, or over the target bar, whichever
     * first clears the target bar and the recovery point; left out (the tooltip has it) when none
     * does or the column is too narrow.
     */
    private void placeValue(Label value, JourneyStep s, double x, double step) {
        double vw = value.prefWidth(-1);
        double vh = value.prefHeight(-1);
        value.setVisible(false);
        if (!s.delighted().present() || vw + 6 > step) {
            return;
        }
        double y = plotY(s.delighted().share());
        double targetY = s.target() == null ? Double.NaN : plotY(s.target().target());
        double recoveryY = s.recovery().present() ? plotY(s.recovery().share()) : Double.NaN;
        double[] tops = {y - POINT - 2 - vh, y + POINT + 2, targetY - 3 - vh};
        for (double top : tops) {
            if (top >= TOP && top + vh <= bottom && clear(top, vh, targetY, 3) && clear(top, vh, recoveryY, POINT)) {
                value.resizeRelocate(x - vw / 2, top, vw, vh);
                value.setVisible(true);
                return;
            }
        }
    }

    /** Whether a label from top to top + height keeps clear of a mark reaching half above and below y. */
    private static boolean clear(double top, double height, double y, double half) {
        return Double.isNaN(y) || top > y + half || top + height < y - half;
    }

    /** Puts a point and its interval whisker at a share, and extends its line; a step without base gets neither. */
    private void place(Shape point, Line whisker, Path line, JourneyPoint value, double x, int i) {
        point.setVisible(value.present());
        whisker.setVisible(value.present() && !Double.isNaN(value.low()));
        if (!value.present()) {
            return;
        }
        double y = plotY(value.share());
        if (point instanceof Circle circle) {
            circle.setCenterX(x);
            circle.setCenterY(y);
        } else if (point instanceof Rectangle square) {
            square.setX(x - square.getWidth() / 2);
            square.setY(y - square.getHeight() / 2);
        }
        whisker.setStartX(x);
        whisker.setEndX(x);
        whisker.setStartY(plotY(value.low()));
        whisker.setEndY(plotY(value.high()));
        boolean follows = i > 0 && line.getElements().size() > 0 && previousPresent(line == delightedLine, i);
        line.getElements().add(follows ? new LineTo(x, y) : new MoveTo(x, y));
    }

    private boolean previousPresent(boolean delightedSeries, int i) {
        JourneyStep previous = chart.steps().get(i - 1);
        return (delightedSeries ? previous.delighted() : previous.recovery()).present();
    }

    /** The badge when names do not fit: a symbol per moment type, explained by the legend and the tooltip. */
    static String symbol(MomentType type) {
        return switch (type) {
            case STANDARD -> "○";
            case MOMENT_OF_TRUTH -> "◆";
            case EXCEL -> "★";
        };
    }

    private static double textWidth(String text, Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }
}
