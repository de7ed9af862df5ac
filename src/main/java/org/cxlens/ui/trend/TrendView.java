package org.cxlens.ui.trend;

import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.util.StringConverter;
import org.cxlens.analysis.Grouping;
import org.cxlens.report.ChartMeasure;
import org.cxlens.report.TrendChartDescription;
import org.cxlens.ui.ChartPicture;
import org.cxlens.ui.DrawnWhileShown;
import org.cxlens.workspace.Dimensions;
import org.cxlens.workspace.Mark;

/**
 * The trend page: the chosen measure by wave or month, for all respondents or one touchpoint, with
 * 95 % intervals, bases under the periods and marks where a period differs significantly from
 * the one before. A click on a point drills down.
 */
public final class TrendView {

    private final TrendViewModel model;
    private final ResourceBundle bundle;
    private final TrendTexts texts;
    private final Consumer<Mark> drillDown;
    private final BorderPane root = new BorderPane();
    private final StackPane plot = new StackPane();
    private final HBox legend = new HBox(18);
    private final Label note = new Label();

    public TrendView(TrendViewModel model, ResourceBundle bundle, Consumer<Mark> drillDown) {
        this.model = model;
        this.bundle = bundle;
        this.texts = new TrendTexts(bundle);
        this.drillDown = drillDown;
        root.getStyleClass().add("trend-page");
        root.setTop(header());
        plot.getStyleClass().add("trend-plot");
        root.setCenter(plot);
        DrawnWhileShown.on(root, model.figuresProperty(), this::show);
        ChartPicture.offer(plot, bundle.getString("page.trend"), bundle, () -> {
            TrendFigures shown = model.figuresProperty().get();
            return shown == null || shown.chart() == null ? null : new TrendChartNode(shown.chart(), texts, i -> { });
        });
    }

    public Node node() {
        return root;
    }

    private Node header() {
        Label title = new Label(bundle.getString("page.trend"));
        title.getStyleClass().add("title");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox line = new HBox(10, title, grow);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getChildren().addAll(choice("trend.measure", "trend-measure", model.measures(), model.measureProperty(),
                m -> bundle.getString("measure." + m.name())));
        line.getChildren().addAll(choice("trend.period", "trend-period-choice", model.periods(), model.periodProperty(),
                g -> Dimensions.name(g, bundle)));
        line.getChildren().addAll(choice("trend.subject", "trend-subject", model.subjects(), model.subjectProperty(),
                s -> s.respondents() ? bundle.getString("trend.subject.respondents") : s.touchpoint().name()));
        legend.getStyleClass().add("trend-legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        note.getStyleClass().add("trend-note");
        note.setWrapText(true);
        note.managedProperty().bind(note.visibleProperty());
        VBox header = new VBox(8, line, legend, note);
        header.getStyleClass().add("header");
        return header;
    }

    /** A label and its combo box, bound to one of the model's choices, with the choice's tooltip. */
    private <T> Node[] choice(String key, String styleClass, ObservableList<T> items,
                              javafx.beans.property.ObjectProperty<T> value, Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>(items);
        box.getStyleClass().add(styleClass);
        box.setCellFactory(list -> cell(name));
        box.setButtonCell(cell(name));
        box.setConverter(converter(name));
        box.valueProperty().bindBidirectional(value);
        box.setTooltip(new Tooltip(bundle.getString(key + ".tip")));
        Label label = new Label(bundle.getString(key));
        label.setLabelFor(box);
        return new Node[] {label, box};
    }

    /** Also for the button cell, which shows a value through the converter while the items do not hold it. */
    static <T> StringConverter<T> converter(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : name.apply(item);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("the choice is not editable");
            }
        };
    }

    private static <T> ListCell<T> cell(Function<T, String> name) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : name.apply(item));
            }
        };
    }

    private void show(TrendFigures figures) {
        plot.getChildren().clear();
        legend.getChildren().clear();
        note.setVisible(false);
        if (figures == null) {
            return;
        }
        TrendChartDescription chart = figures.chart();
        if (chart == null) {
            note.setText(bundle.getString("trend.noPeriod"));
            note.setVisible(true);
            return;
        }
        fillLegend(chart.measure());
        if (chart.periods().stream().anyMatch(p -> p.empty())) {
            note.setText(bundle.getString("trend.emptyPeriods"));
            note.setVisible(true);
        }
        plot.getChildren().add(new TrendChartNode(chart, texts, i -> drillDown.accept(model.mark(i))));
    }

    private void fillLegend(ChartMeasure measure) {
        String colour = "measure-" + measure.colourId();
        Circle point = new Circle(5);
        point.getStyleClass().addAll("trend-point", colour);
        Line interval = new Line(0, 0, 0, 14);
        interval.getStyleClass().addAll("trend-interval", colour);
        Circle hollow = new Circle(5);
        hollow.getStyleClass().addAll("trend-point", colour, "low-base");
        legend.getChildren().addAll(
                legendItem(point, texts.measureName(measure)),
                legendItem(interval, bundle.getString("trend.legend.interval")),
                legendItem(null, bundle.getString("trend.legend.change")),
                legendItem(hollow, bundle.getString("trend.legend.lowBase")));
    }

    private static Label legendItem(Node graphic, String text) {
        Label label = new Label(text, graphic);
        label.getStyleClass().add("legend-text");
        label.setGraphicTextGap(6);
        return label;
    }
}
