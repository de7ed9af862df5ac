package org.cxlens.ui.heatmap;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.StringConverter;
import org.cxlens.analysis.Grouping;
import org.cxlens.report.ChartMeasure;
import org.cxlens.report.HeatCell;
import org.cxlens.report.HeatmapDescription;
import org.cxlens.report.VsRest;
import org.cxlens.ui.ChartPicture;
import org.cxlens.ui.DrawnWhileShown;
import org.cxlens.ui.Drillable;
import org.cxlens.report.SegmentTexts;
import org.cxlens.ui.LazyTooltip;
import org.cxlens.ui.PartsByPulse;
import org.cxlens.workspace.Dimensions;
import org.cxlens.workspace.Mark;

/**
 * The heatmap page: the touchpoints down, the chosen dimension's groups across, each cell the
 * chosen share on one sequential colour scale with its n; the touchpoint names stay put while
 * many columns scroll sideways. A click on a cell drills down.
 */
public final class HeatmapView {

    /** Steps of the colour scale; each has its CSS class {@code heat-<step>}. */
    static final int STEPS = 8;
    private static final double CELL_WIDTH = 86;
    private static final double CELL_HEIGHT = 46;
    private static final double HEADING_HEIGHT = 40;
    /** Rows of cells put in a pulse: a whole heatmap's cells, made, styled and laid out in one, held the FX thread 60 ms. */
    private static final int ROWS_A_PULSE = 3;
    private static final Insets MARK_MARGIN = new Insets(2, 4, 0, 0);

    private final HeatmapViewModel model;
    private final ResourceBundle bundle;
    private final SegmentTexts texts;
    private final Consumer<Mark> drillDown;
    private final BorderPane root = new BorderPane();
    private final VBox names = new VBox(2);
    /** The column headings, then a row of cells per touchpoint. */
    private final VBox grid = new VBox(2);
    private final PartsByPulse gridRows = new PartsByPulse(grid, ROWS_A_PULSE);
    private final HBox body;
    /** The legend's items, wrapping onto a second line where the window or the language leaves no room for one. */
    private final FlowPane legend = new FlowPane(6, 4);
    private final Label note = new Label();

    public HeatmapView(HeatmapViewModel model, ResourceBundle bundle, Consumer<Mark> drillDown) {
        this.model = model;
        this.bundle = bundle;
        this.texts = new SegmentTexts(bundle);
        this.drillDown = drillDown;
        root.getStyleClass().add("heatmap-page");
        root.setTop(header());
        names.getStyleClass().add("heatmap-names");
        grid.getStyleClass().add("heatmap-grid");
        ScrollPane across = new ScrollPane(grid);
        across.getStyleClass().add("heatmap-columns");
        across.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        across.setFitToHeight(true);
        HBox.setHgrow(across, Priority.ALWAYS);
        body = new HBox(names, across);
        body.getStyleClass().add("heatmap-body");
        ScrollPane down = new ScrollPane(body);
        down.setFitToWidth(true);
        down.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        down.getStyleClass().add("heatmap-scroll");
        root.setCenter(down);
        DrawnWhileShown.on(root, model.figuresProperty(), this::show);
        ChartPicture.offer(body, bundle.getString("page.heatmap"), bundle, () -> {
            HeatmapFigures shown = model.figuresProperty().get();
            if (shown == null || shown.chart() == null) {
                return null;
            }
            VBox pictureNames = new VBox(2);
            pictureNames.getStyleClass().add("heatmap-names");
            fillNames(pictureNames, shown);
            VBox pictureGrid = new VBox(2);
            pictureGrid.getStyleClass().add("heatmap-grid");
            rows(shown).forEach(row -> pictureGrid.getChildren().add(row.get()));
            HBox picture = new HBox(pictureNames, pictureGrid);
            picture.getStyleClass().add("heatmap-body");
            return picture;
        });
    }

    public Node node() {
        return root;
    }

    private Node header() {
        Label title = new Label(bundle.getString("page.heatmap"));
        title.getStyleClass().add("title");
        ComboBox<Grouping> dimension = new ComboBox<>(model.dimensions());
        dimension.getStyleClass().add("heatmap-dimension");
        dimension.setCellFactory(list -> dimensionCell());
        dimension.setButtonCell(dimensionCell());
        // The button cell shows a value through the converter while the items do not hold it.
        dimension.setConverter(new StringConverter<>() {
            @Override
            public String toString(Grouping item) {
                return item == null ? "" : Dimensions.name(item, bundle);
            }

            @Override
            public Grouping fromString(String text) {
                throw new UnsupportedOperationException("the choice is not editable");
            }
        });
        dimension.valueProperty().bindBidirectional(model.dimensionProperty());
        dimension.setTooltip(new Tooltip(bundle.getString("heatmap.columns.tip")));
        Label dimensionLabel = new Label(bundle.getString("heatmap.columns"));
        dimensionLabel.setLabelFor(dimension);
        ComboBox<ChartMeasure> measure = new ComboBox<>();
        measure.getItems().setAll(HeatmapViewModel.MEASURES);
        measure.getStyleClass().add("heatmap-measure");
        measure.setCellFactory(list -> measureCell());
        measure.setButtonCell(measureCell());
        measure.valueProperty().bindBidirectional(model.measureProperty());
        measure.setTooltip(new Tooltip(bundle.getString("heatmap.measure.tip")));
        Label measureLabel = new Label(bundle.getString("heatmap.measure"));
        measureLabel.setLabelFor(measure);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox line = new HBox(10, title, grow, measureLabel, measure, dimensionLabel, dimension);
        line.setAlignment(Pos.CENTER_LEFT);
        legend.getStyleClass().add("heat-legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        note.getStyleClass().add("heatmap-note");
        note.setWrapText(true);
        note.managedProperty().bind(note.visibleProperty());
        VBox header = new VBox(8, line, legend, note);
        header.getStyleClass().add("header");
        return header;
    }

    private ListCell<Grouping> dimensionCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Grouping item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Dimensions.name(item, bundle));
            }
        };
    }

    private ListCell<ChartMeasure> measureCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(ChartMeasure item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : bundle.getString("measure." + item.name()));
            }
        };
    }

    private void show(HeatmapFigures figures) {
        names.getChildren().clear();
        legend.getChildren().clear();
        note.setVisible(false);
        HeatmapDescription chart = figures == null ? null : figures.chart();
        if (chart == null) {
            gridRows.show(List.of());
            if (figures != null) {
                note.setText(bundle.getString("heatmap.noDimension"));
                note.setVisible(true);
            }
            return;
        }
        fillLegend(chart);
        if (!chart.emptyColumns().isEmpty()) {
            note.setText(format("heatmap.emptyColumns", String.join(", ", chart.emptyColumns())));
            note.setVisible(true);
        }
        fillNames(names, figures);
        gridRows.show(rows(figures));
    }

    /** The dimension's name above, then the touchpoints' names down {@code rowNames}, one beside each row of cells. */
    private void fillNames(VBox rowNames, HeatmapFigures figures) {
        HeatmapDescription chart = figures.chart();
        Label corner = new Label(Dimensions.name(figures.dimension(), bundle));
        corner.getStyleClass().add("heatmap-corner");
        corner.setMinHeight(HEADING_HEIGHT);
        corner.setPrefHeight(HEADING_HEIGHT);
        corner.setAlignment(Pos.BOTTOM_RIGHT);
        corner.setMaxWidth(Double.MAX_VALUE);
        rowNames.getChildren().add(corner);
        for (String touchpoint : chart.rowLabels()) {
            Label name = new Label(touchpoint);
            name.setMnemonicParsing(false);
            name.getStyleClass().add("heatmap-row-name");
            name.setMinHeight(CELL_HEIGHT);
            name.setPrefHeight(CELL_HEIGHT);
            rowNames.getChildren().add(name);
        }
    }

    /** The row of column headings, then each touchpoint's row of cells, each made when asked for. */
    private List<Supplier<Node>> rows(HeatmapFigures figures) {
        HeatmapDescription chart = figures.chart();
        List<Supplier<Node>> rows = new ArrayList<>();
        rows.add(() -> {
            HBox headings = new HBox(2);
            for (String label : chart.columnLabels()) {
                Label heading = new Label(label);
                heading.setMnemonicParsing(false);
                heading.getStyleClass().add("heatmap-column-heading");
                heading.setWrapText(true);
                heading.setAlignment(Pos.BOTTOM_CENTER);
                heading.setMinSize(CELL_WIDTH, HEADING_HEIGHT);
                heading.setPrefSize(CELL_WIDTH, HEADING_HEIGHT);
                heading.setMaxSize(CELL_WIDTH, HEADING_HEIGHT);
                LazyTooltip.install(heading, () -> label);
                headings.getChildren().add(heading);
            }
            return headings;
        });
        for (int row = 0; row < chart.rowLabels().size(); row++) {
            int r = row;
            rows.add(() -> {
                HBox cells = new HBox(2);
                for (int col = 0; col < chart.columnLabels().size(); col++) {
                    cells.getChildren().add(cell(figures, r, col));
                }
                return cells;
            });
        }
        return rows;
    }

    private Node cell(HeatmapFigures figures, int row, int col) {
        HeatmapDescription chart = figures.chart();
        HeatCell cell = chart.cell(row, col);
        StackPane pane = new StackPane();
        pane.getStyleClass().add("heat-cell");
        pane.setMinSize(CELL_WIDTH, CELL_HEIGHT);
        pane.setPrefSize(CELL_WIDTH, CELL_HEIGHT);
        pane.setMaxSize(CELL_WIDTH, CELL_HEIGHT);
        String where = format("heatmap.tooltip.where", chart.rowLabels().get(row), chart.columnLabels().get(col));
        if (cell.empty()) {
            pane.getStyleClass().add("empty");
            pane.getChildren().add(text("–", "heat-empty"));
            install(pane, where + "\n" + bundle.getString("heatmap.tooltip.noCases"));
            return pane;
        }
        pane.getStyleClass().addAll(cell.lowBase() ? "low-base" : "heat-" + step(chart, cell.share()), "drillable");
        VBox numbers = new VBox(0, text(texts.roundPercent(cell.share()), "heat-share"),
                text(format("heatmap.cell.base", texts.count(cell.base())), "heat-base"));
        numbers.setAlignment(Pos.CENTER);
        numbers.setMouseTransparent(true);
        pane.getChildren().add(numbers);
        if (cell.vsRest() != VsRest.NONE) {
            Text mark = text(cell.vsRest() == VsRest.HIGHER ? "▲" : "▼", "heat-mark");
            mark.setMouseTransparent(true);
            StackPane.setAlignment(mark, Pos.TOP_RIGHT);
            StackPane.setMargin(mark, MARK_MARGIN);
            pane.getChildren().add(mark);
        }
        String text = tooltip(chart, cell, where, model.markCount(row, col));
        install(pane, text);
        pane.setOnMouseClicked(e -> drillDown.accept(model.mark(row, col)));
        Drillable.byKeyboard(pane, () -> text, () -> drillDown.accept(model.mark(row, col)));
        return pane;
    }

    /**
     * A cell's text: a text node, not a label, since a heatmap has a cell per touchpoint and group,
     * and a label is a control with a skin and a text of its own to style.
     */
    private static Text text(String content, String styleClass) {
        Text text = new Text(content);
        text.getStyleClass().addAll("heat-text", styleClass);
        return text;
    }

    /** The step of the colour scale a share falls on. */
    static int step(HeatmapDescription chart, double share) {
        return Math.min(STEPS - 1, (int) Math.floor(chart.scalePosition(share) * STEPS));
    }

    private String tooltip(HeatmapDescription chart, HeatCell cell, String where, int opens) {
        StringBuilder text = new StringBuilder(where).append('\n')
                .append(format("heatmap.tooltip.share", bundle.getString("measure." + chart.measure().name()),
                        texts.percent(cell.share()), texts.count(cell.n()), texts.count(cell.base())))
                .append('\n').append(format("chart.tooltip.interval", texts.percent(cell.low()), texts.percent(cell.high())))
                .append('\n');
        if (cell.lowBase()) {
            text.append(bundle.getString("chart.tooltip.lowBase"));
        } else {
            text.append(format("heatmap.tooltip.vsRest." + cell.vsRest().name()));
        }
        if (chart.weighted()) {
            text.append('\n').append(bundle.getString("chart.tooltip.weighted"));
        }
        text.append('\n').append(format("heatmap.tooltip.click", opens));
        return text.toString();
    }

    private static void install(Node node, String text) {
        LazyTooltip.install(node, () -> text);
    }

    /** The measure's name, the scale's steps from its light to its dark end, the low-base look and the marks. */
    private void fillLegend(HeatmapDescription chart) {
        Label measure = new Label(bundle.getString("measure." + chart.measure().name()));
        measure.getStyleClass().add("heat-legend-measure");
        legend.getChildren().addAll(measure, new Label(texts.roundPercent(chart.scaleLow())));
        HBox steps = new HBox(0);
        steps.getStyleClass().add("heat-legend-steps");
        for (int k = 0; k < STEPS; k++) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("heat-legend-step", "heat-" + k);
            steps.getChildren().add(swatch);
        }
        Region lowBase = new Region();
        lowBase.getStyleClass().addAll("heat-legend-step", "low-base");
        Label lowBaseLabel = new Label(bundle.getString("heatmap.legend.lowBase"), lowBase);
        Label marks = new Label(bundle.getString("heatmap.legend.marks"));
        marks.setWrapText(true);
        marks.maxWidthProperty().bind(legend.widthProperty());
        Region gap = new Region();
        gap.setMinWidth(16);
        legend.getChildren().addAll(steps, new Label(texts.roundPercent(chart.scaleHigh())), gap, lowBaseLabel, marks);
        legend.getChildren().stream().filter(n -> n instanceof Label).forEach(n -> n.getStyleClass().add("legend-text"));
    }

    private String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }
}
