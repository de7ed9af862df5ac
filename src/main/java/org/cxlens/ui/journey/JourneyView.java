package org.cxlens.ui.journey;

import java.text.MessageFormat;
import java.util.OptionalInt;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.cxlens.domain.MomentType;
import org.cxlens.report.JourneyChartDescription;
import org.cxlens.ui.BuiltWhileHidden;
import org.cxlens.ui.ChartPicture;
import org.cxlens.ui.DrawnWhileShown;
import org.cxlens.workspace.Mark;

/**
 * The journey page: where the journey wins and loses customers. The curve of the touchpoints in
 * journey order (see {@link JourneyChart}) with its legend above and, under it, the step that
 * delights most and the one most in need of recovery. A click on a point drills down.
 */
public final class JourneyView {

    private final JourneyViewModel model;
    private final ResourceBundle bundle;
    private final JourneyTexts texts;
    private final Consumer<Mark> drillDown;
    private final BorderPane root = new BorderPane();
    private final ScrollPane scroll = new ScrollPane();
    /** The scroll pane's content: the chart, or the sentence saying there is none. */
    private final StackPane drawn = new StackPane();
    private final BuiltWhileHidden drawings = new BuiltWhileHidden(drawn);
    private final VBox highlights = new VBox(2);
    /** The moment-type symbols' legend: shown only while the badges under the axis are symbols. */
    private final FlowPane symbols = new FlowPane(14, 4);

    public JourneyView(JourneyViewModel model, ResourceBundle bundle, Consumer<Mark> drillDown) {
        this.model = model;
        this.bundle = bundle;
        this.texts = new JourneyTexts(bundle);
        this.drillDown = drillDown;
        root.getStyleClass().add("journey-page");
        root.setTop(header());
        scroll.setContent(drawn);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("journey-scroll");
        root.setCenter(scroll);
        highlights.getStyleClass().add("journey-highlights");
        root.setBottom(highlights);
        DrawnWhileShown.on(root, model.chartProperty(), this::show);
        ChartPicture.offer(scroll, bundle.getString("page.journey"), bundle, () -> {
            JourneyChartDescription shown = model.chartProperty().get();
            return shown == null || shown.steps().isEmpty() ? null : JourneyChart.complete(shown, texts, i -> { }, i -> { });
        });
    }

    public Node node() {
        return root;
    }

    private Node header() {
        Label title = new Label(bundle.getString("page.journey"));
        title.getStyleClass().add("title");
        Label lead = new Label(bundle.getString("journey.lead"));
        lead.getStyleClass().add("summary");
        lead.setWrapText(true);
        FlowPane legend = new FlowPane(14, 4);
        legend.getStyleClass().addAll("class-legend", "journey-legend");
        legend.getChildren().addAll(
                item(lineSample("line-delighted", new Circle(5), "point-delighted"), "journey.delighted"),
                item(lineSample("line-recovery", new Rectangle(9, 9), "point-recovery"), "journey.recovery"),
                item(targetSample(), "journey.target"),
                item(glyph("✗", "target-missed"), "journey.targetMissed"),
                item(lowBaseSample(), "journey.lowBase"));
        for (MomentType type : MomentType.values()) {
            Label symbol = glyph(JourneyChart.symbol(type), "journey-legend-moment");
            symbols.getChildren().add(new Label(texts.momentName(type), symbol));
        }
        symbols.getStyleClass().addAll("class-legend", "journey-symbols");
        symbols.setVisible(false);
        symbols.managedProperty().bind(symbols.visibleProperty());
        VBox header = new VBox(8, title, lead, legend, symbols);
        header.getStyleClass().add("header");
        return header;
    }

    private Label item(Node graphic, String key) {
        return new Label(bundle.getString(key), graphic);
    }

    private static Node lineSample(String lineClass, javafx.scene.shape.Shape point, String pointClass) {
        Line line = new Line(0, 7, 24, 7);
        line.getStyleClass().addAll("journey-line", lineClass);
        point.getStyleClass().addAll("journey-point", pointClass);
        if (point instanceof Circle c) {
            c.setCenterX(12);
            c.setCenterY(7);
        } else if (point instanceof Rectangle r) {
            r.setX(12 - r.getWidth() / 2);
            r.setY(7 - r.getHeight() / 2);
        }
        Pane sample = new Pane(line, point);
        sample.setMinSize(24, 14);
        sample.setPrefSize(24, 14);
        return sample;
    }

    private static Node targetSample() {
        Line line = new Line(0, 7, 20, 7);
        line.getStyleClass().addAll("journey-target", "target-met");
        Pane sample = new Pane(line);
        sample.setPrefSize(20, 14);
        return sample;
    }

    private static Label glyph(String text, String styleClass) {
        Label glyph = new Label(text);
        glyph.getStyleClass().addAll("journey-target-glyph", styleClass);
        return glyph;
    }

    private static Node lowBaseSample() {
        Region box = new Region();
        box.getStyleClass().addAll("journey-low-base", "legend-swatch");
        return box;
    }

    private void show(JourneyChartDescription chart) {
        if (chart == null || chart.steps().isEmpty()) {
            clearHighlights();
        }
        if (chart == null) {
            drawings.showNow(null);
            return;
        }
        if (chart.steps().isEmpty()) {
            Label empty = new Label(bundle.getString("journey.empty"));
            empty.getStyleClass().add("summary");
            drawings.showNow(empty);
            return;
        }
        JourneyChart drawing = new JourneyChart(chart, texts, step -> drillDown.accept(model.delightedMark(step)),
                step -> drillDown.accept(model.recoveryMark(step)));
        drawings.show(drawing, drawing.parts(), () -> showHighlights(chart, drawing));
    }

    /** The legend of the badges' symbols when they are symbols, and where the journey wins and loses most. */
    private void showHighlights(JourneyChartDescription chart, JourneyChart drawing) {
        clearHighlights();
        symbols.visibleProperty().bind(drawing.symbolBadgesProperty());
        OptionalInt wins = chart.mostDelighted();
        OptionalInt loses = chart.mostRecovery();
        if (wins.isEmpty() && loses.isEmpty()) {
            highlights.getChildren().add(highlight(bundle.getString("journey.none"), "journey-none"));
        }
        wins.ifPresent(i -> highlights.getChildren().add(highlight(format("journey.wins",
                chart.steps().get(i).label(), texts.percent(chart.steps().get(i).delighted().share())), "journey-wins")));
        loses.ifPresent(i -> highlights.getChildren().add(highlight(format("journey.loses",
                chart.steps().get(i).label(), texts.percent(chart.steps().get(i).recovery().share())), "journey-loses")));
    }

    private void clearHighlights() {
        highlights.getChildren().clear();
        symbols.visibleProperty().unbind();
        symbols.setVisible(false);
    }

    private static Label highlight(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().addAll("journey-highlight", styleClass);
        label.setMnemonicParsing(false);
        return label;
    }

    private String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }
}
