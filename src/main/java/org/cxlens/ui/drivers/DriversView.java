package org.cxlens.ui.drivers;

import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.cxlens.analysis.PerformanceMeasure;
import org.cxlens.report.DriverChartDescription;
import org.cxlens.report.DriverPoint;
import org.cxlens.report.ModelSummary;
import org.cxlens.report.PageTexts;
import org.cxlens.ui.ChartPicture;
import org.cxlens.ui.DrawnWhileShown;
import org.cxlens.ui.PartsByPulse;
import org.cxlens.ui.RowCellsByPulse;
import org.cxlens.workspace.Mark;

/**
 * The drivers page: outcome and performance choices, what the model rests on and its warnings,
 * the importance–performance matrix and, below it, the table of every driver figure. A click on
 * a point or a row (or Enter on a row) drills down into that touchpoint's experiences.
 */
public final class DriversView {

    /** The rows that make their cells in the pulse after the table first has rows; as many more or fewer after. */
    private static final int FIRST_ROWS = 4;
    /**
     * However quick the pulses, no more rows than this make their cells in one: doubling without
     * a bound, Priorities reached 16 rows in one 85 ms pulse.
     */
    private static final int MOST_ROWS = 8;

    private static final double ROW_HEIGHT = 26;
    private static final int MAX_ROWS_SHOWN = 12;

    private final DriversViewModel model;
    private final PageTexts texts;
    private final Consumer<Mark> drillDown;
    private final VBox root = new VBox(8);
    private final OutcomeSwitch outcomeSwitch;
    private final Label modelLine = new Label();
    private final VBox caution = new VBox(2);
    private final Label notes = new Label();
    private final Label notPlaced = new Label();
    private final StackPane matrix = new StackPane();
    private final TableView<DriverPoint> table = new TableView<>();
    // Held here, registered weakly: the model outlives a page rebuilt by a language switch.
    private final DrawnWhileShown<DriversFigures> drawing;

    public DriversView(DriversViewModel model, ResourceBundle bundle, Consumer<Mark> drillDown) {
        this.model = model;
        this.texts = new PageTexts(bundle);
        this.drillDown = drillDown;
        this.outcomeSwitch = new OutcomeSwitch(model.outcomeProperty(), texts);
        root.getStyleClass().addAll("drivers-page", "page");
        modelLine.getStyleClass().add("model-line");
        modelLine.setWrapText(true);
        caution.getStyleClass().add("caution-banner");
        notes.getStyleClass().add("model-note");
        notes.setWrapText(true);
        notPlaced.getStyleClass().add("model-note");
        notPlaced.setWrapText(true);
        matrix.getStyleClass().add("matrix-holder");
        VBox.setVgrow(matrix, Priority.ALWAYS);
        buildTable();
        Label hint = new Label(texts.text("drivers.table.hint"));
        hint.getStyleClass().add("model-note");
        for (Region text : List.of(modelLine, caution, notes, notPlaced, hint)) {
            text.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox body = new VBox(8);
        body.getStyleClass().add("page-body");
        // The table joins a pulse after the rest: the first table a window styles (its header, columns and
        // flow) and the page's frame, styled and laid out in one pulse, held the FX thread 55–66 ms.
        List<Region> parts = List.of(modelLine, caution, notes, matrix, notPlaced, hint, table);
        new PartsByPulse(body, parts.size() - 1).show(parts.stream().<Supplier<Node>>map(part -> () -> part).toList());
        // Below the minimum of matrix and table (a small window, large type) the page scrolls instead of clipping.
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("page-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(header(bundle), scroll);
        drawing = DrawnWhileShown.on(root, model.figuresProperty(), this::show);
        ChartPicture.offer(matrix, bundle.getString("page.drivers"), bundle, () -> {
            DriversFigures shown = model.figuresProperty().get();
            return shown == null || shown.chart() == null ? null : new DriverMatrixNode(shown.chart(), texts, p -> { });
        });
    }

    public Node node() {
        return root;
    }

    private Node header(ResourceBundle bundle) {
        Label title = new Label(bundle.getString("page.drivers"));
        title.getStyleClass().add("title");
        Label performanceLabel = new Label(texts.text("drivers.performance"));
        ComboBox<PerformanceMeasure> performance = new ComboBox<>();
        performance.getStyleClass().add("performance-choice");
        performance.getItems().setAll(PerformanceMeasure.values());
        performance.setCellFactory(list -> performanceCell());
        performance.setButtonCell(performanceCell());
        performance.setValue(model.performanceProperty().get());
        performance.valueProperty().addListener((obs, old, p) -> model.performanceProperty().set(p));
        performance.setTooltip(new Tooltip(texts.text("drivers.performance.tip")));
        performanceLabel.setLabelFor(performance);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox line = new HBox(12, title, grow, outcomeSwitch.node(), performanceLabel, performance);
        line.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(line);
        header.getStyleClass().add("header");
        return header;
    }

    private ListCell<PerformanceMeasure> performanceCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(PerformanceMeasure item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : texts.text("drivers.performance." + item.name()));
            }
        };
    }

    private void buildTable() {
        table.getStyleClass().add("drivers-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(ROW_HEIGHT);
        TableColumn<DriverPoint, String> name = new TableColumn<>(texts.text("drivers.column.touchpoint"));
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().label()));
        name.setPrefWidth(160);
        table.getColumns().add(name);
        table.getColumns().add(number("drivers.column.performance", DriverPoint::performance, texts::percent));
        TableColumn<DriverPoint, Double> n = number("drivers.column.n", p -> (double) p.n(),
                v -> texts.count(v.longValue()));
        n.setCellFactory(c -> baseCell());
        table.getColumns().add(n);
        table.getColumns().add(number("drivers.column.importance", DriverPoint::importance, texts::percent));
        TableColumn<DriverPoint, Double> relativeWeight = number("drivers.column.relativeWeight",
                DriverPoint::relativeWeight, texts::decimal);
        relativeWeight.setPrefWidth(125);
        table.getColumns().add(relativeWeight);
        table.getColumns().add(number("drivers.column.correlation", DriverPoint::correlation, texts::decimal));
        table.getColumns().add(number("drivers.column.correlationBase", p -> (double) p.correlationBase(),
                v -> texts.count(v.longValue())));
        // Unranked drivers sort after the ranked ones.
        table.getColumns().add(number("drivers.column.rank", p -> p.rank() > 0 ? p.rank() : Double.NaN,
                v -> Double.isNaN(v) ? texts.rank(0) : texts.count(v.longValue())));
        TableColumn<DriverPoint, String> quadrant = new TableColumn<>(texts.text("drivers.column.quadrant"));
        quadrant.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                texts.quadrant(c.getValue().quadrant(), drawing.drawn() != null && drawing.drawn().chart().judged())));
        quadrant.setPrefWidth(130);
        table.getColumns().add(quadrant);
        // The rows make their cells a few a pulse: the table fills the page's height with rows at once.
        RowCellsByPulse<DriverPoint> rows = new RowCellsByPulse<>(FIRST_ROWS, MOST_ROWS, row -> {
            row.getStyleClass().add("drillable");
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && !row.isEmpty()) {
                    drillDown.accept(model.drillDown(row.getItem()));
                }
            });
        });
        table.setRowFactory(rows);
        rows.start();
        table.setOnKeyPressed(e -> {
            DriverPoint selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                drillDown.accept(model.drillDown(selected));
                e.consume();
            }
        });
    }

    /** The performance base, marked "(low base)" in italics with the low-base tooltip when below the minimum. */
    private TableCell<DriverPoint, Double> baseCell() {
        TableCell<DriverPoint, Double> cell = new TableCell<>() {
            @Override
            protected void updateItem(Double value, boolean empty) {
                super.updateItem(value, empty);
                DriverPoint point = empty ? null : getTableRow().getItem();
                getStyleClass().remove("low-base");
                setTooltip(null);
                if (point == null) {
                    setText(null);
                    return;
                }
                setText(point.lowBase() ? texts.count(point.n()) + " " + texts.text("chart.lowBase")
                        : texts.count(point.n()));
                if (point.lowBase()) {
                    getStyleClass().add("low-base");
                    setTooltip(new Tooltip(texts.text("chart.tooltip.lowBase")));
                }
            }
        };
        cell.getStyleClass().add("number-cell");
        return cell;
    }

    /** A right-aligned numeric column that sorts by the value and shows it formatted; unknown values sort last. */
    private TableColumn<DriverPoint, Double> number(String key, Function<DriverPoint, Double> value,
                                                    Function<Double, String> format) {
        TableColumn<DriverPoint, Double> column = new TableColumn<>(texts.text(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setComparator(PageTables.unknownLast());
        column.setCellFactory(c -> PageTables.formatted(format));
        column.setPrefWidth(95);
        String tipKey = key + ".tip";
        if (texts.has(tipKey)) {
            Label heading = new Label(column.getText());
            heading.setTooltip(new Tooltip(texts.text(tipKey)));
            column.setText(null);
            column.setGraphic(heading);
        }
        return column;
    }

    private void show(DriversFigures figures) {
        matrix.getChildren().clear();
        caution.getChildren().clear();
        if (figures == null) {
            table.getItems().clear();
            modelLine.setText("");
            return;
        }
        DriverChartDescription chart = figures.chart();
        outcomeSwitch.setRecommendAvailable(figures.recommendAvailable());
        ModelSummary summary = figures.summary();
        modelLine.setText(summary.line());
        if (!summary.cautions().isEmpty()) {
            Label heading = new Label(texts.text("drivers.caution"));
            heading.getStyleClass().add("caution-heading");
            caution.getChildren().add(heading);
            for (String warning : summary.cautions()) {
                Label line = new Label(warning);
                line.setWrapText(true);
                caution.getChildren().add(line);
            }
        }
        show(caution, !summary.cautions().isEmpty());
        notes.setText(String.join("\n", summary.notes()));
        show(notes, !summary.notes().isEmpty());
        String unplaced = String.join(", ", chart.unplaced().stream().map(DriverPoint::label).toList());
        notPlaced.setText(texts.text("drivers.notPlaced", unplaced));
        show(notPlaced, !chart.unplaced().isEmpty());
        matrix.getChildren().add(new DriverMatrixNode(chart, texts, p -> drillDown.accept(model.drillDown(p))));
        table.getItems().setAll(chart.points());
        // Every row shown up to a dozen touchpoints; beyond that the table scrolls.
        table.setMinHeight(ROW_HEIGHT * (Math.min(chart.points().size(), MAX_ROWS_SHOWN) + 1) + 4);
        table.setPrefHeight(table.getMinHeight());
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
