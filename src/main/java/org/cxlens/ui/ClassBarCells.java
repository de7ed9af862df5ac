package org.cxlens.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.domain.MomentType;
import org.cxlens.report.BarCategory;
import org.cxlens.report.BarSegment;
import org.cxlens.report.ClassBarChartDescription;
import org.cxlens.report.SegmentTexts;
import org.cxlens.report.TargetMarker;
import org.cxlens.report.TargetMeasure;
import org.cxlens.report.VsRest;

/**
 * The cells beside a class bar that every class-bar page shows the same way: the legend, the
 * moment-type badge, the base (low base marked), the target and the "vs rest" marks.
 */
public final class ClassBarCells {

    private final ResourceBundle bundle;
    private final SegmentTexts texts;

    public ClassBarCells(ResourceBundle bundle, SegmentTexts texts) {
        this.bundle = bundle;
        this.texts = texts;
    }

    /** A swatch per class in class order, then the target marker's meaning. */
    public Node legend() {
        HBox legend = new HBox(14);
        legend.getStyleClass().add("class-legend");
        for (ExperienceClass c : ExperienceClass.values()) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("legend-swatch", "segment-" + c.name().toLowerCase(Locale.ROOT));
            legend.getChildren().add(new Label(texts.className(c), swatch));
        }
        Label marker = new Label(bundle.getString("touchpoints.legend.target"), new Region());
        marker.getGraphic().getStyleClass().add("legend-target");
        legend.getChildren().add(marker);
        return legend;
    }

    /** The moment type's name in a badge; an empty badge for a bar that is no touchpoint. */
    public Label badge(MomentType type) {
        Label badge = new Label(type == null ? "" : bundle.getString("moment." + type.name()));
        badge.getStyleClass().addAll("moment-badge", type == null ? "no-moment" : "moment-" + type.name());
        return badge;
    }

    /** "412", or "12 (low base)" with the low base explained in a tooltip. */
    public Label base(BarCategory bar) {
        Label base = new Label(texts.count(bar.base()));
        base.getStyleClass().add("touchpoint-base");
        if (bar.lowBase()) {
            base.setText(base.getText() + " " + bundle.getString("chart.lowBase"));
            base.getStyleClass().add("low-base");
            LazyTooltip.install(base, () -> bundle.getString("chart.tooltip.lowBase"));
        }
        return base;
    }

    /** "✓ 83 %  ≥ 80 %" with the target in words in a tooltip; empty without target. */
    public Node target(TargetMarker target) {
        if (target == null) {
            return new Label("");
        }
        String atMost = target.measure() == TargetMeasure.RECOVERY_AT_MOST ? "≤" : "≥";
        Label label = new Label((target.met() ? "✓ " : "✗ ") + texts.roundPercent(target.actual()) + "  "
                + atMost + " " + texts.roundPercent(target.target()));
        label.getStyleClass().addAll("touchpoint-target", target.met() ? "target-met" : "target-missed");
        LazyTooltip.install(label, () -> targetSentence(target));
        return label;
    }

    /** "83.2 % satisfied or delighted; target at least 80.0 %". */
    public String targetSentence(TargetMarker target) {
        return new MessageFormat(bundle.getString("touchpoints.target." + target.measure().name()), bundle.getLocale())
                .format(new Object[] {texts.percent(target.actual()), texts.percent(target.target())});
    }

    /**
     * An arrow per class whose share differs significantly from the rest of the chart, in the
     * class colour; the tooltip keys take the class name and say what the rest is.
     */
    public Node vsRest(ClassBarChartDescription chart, int i, String higherKey, String lowerKey) {
        HBox marks = new HBox(4);
        marks.getStyleClass().add("vs-rest");
        marks.setAlignment(Pos.CENTER_LEFT);
        for (ExperienceClass c : ExperienceClass.values()) {
            BarSegment segment = chart.segment(i, c);
            if (segment.vsRest() == VsRest.NONE) {
                continue;
            }
            boolean higher = segment.vsRest() == VsRest.HIGHER;
            Label mark = new Label(higher ? "▲" : "▼");
            mark.getStyleClass().addAll("vs-rest-mark", "mark-" + chart.series().get(c.ordinal()).colourId());
            LazyTooltip.install(mark, () -> new MessageFormat(bundle.getString(higher ? higherKey : lowerKey),
                    bundle.getLocale()).format(new Object[] {texts.className(c)}));
            marks.getChildren().add(mark);
        }
        return marks;
    }

    /**
     * One line of a class-bar table, a grid of its own (so its lines can come a few a pulse) with
     * the same fixed columns in every line, so bars line up across them: the third column, the
     * bar's, takes the room left; the fourth, the base, is right-aligned.
     */
    public static GridPane line(double... widths) {
        GridPane line = new GridPane();
        for (int col = 0; col < widths.length; col++) {
            boolean grow = col == 2;
            ColumnConstraints column = new ColumnConstraints();
            column.setMinWidth(grow ? widths[col] : Region.USE_PREF_SIZE);
            column.setPrefWidth(widths[col]);
            column.setMaxWidth(grow ? Double.MAX_VALUE : widths[col]);
            if (grow) {
                column.setHgrow(Priority.ALWAYS);
            }
            if (col == 3) {
                column.setHalignment(HPos.RIGHT);
            }
            line.getColumnConstraints().add(column);
        }
        return line;
    }
}
