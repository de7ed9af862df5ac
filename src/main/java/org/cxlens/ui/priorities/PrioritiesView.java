package org.cxlens.ui.priorities;

import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.cxlens.domain.MomentType;
import org.cxlens.ui.DrawnWhileShown;
import org.cxlens.report.ModelSummary;
import org.cxlens.ui.RowCellsByPulse;
import org.cxlens.ui.drivers.OutcomeSwitch;
import org.cxlens.ui.drivers.PageTables;
import org.cxlens.report.PageTexts;
import org.cxlens.workspace.Mark;

/**
 * The priorities page: the ranked action list as a sortable table (rank, touchpoint, moment
 * type, what it is judged on, actual, target, gap, importance, the reason), the outcome its
 * importance explains, and what the driver model rests on. A click on a row, or Enter, drills
 * down into that touchpoint's experiences.
 */
public final class PrioritiesView {

    /** The rows that make their cells in the pulse after the table first has rows; as many more or fewer after. */
    private static final int FIRST_ROWS = 4;
    /** However quick the pulses, no more rows than this make their cells in one: 8 rows of wrapped text took 90 ms. */
    private static final int MOST_ROWS = 4;

    private final PrioritiesViewModel model;
    private final PageTexts texts;
    private final Consumer<Mark> drillDown;
    private final VBox root = new VBox(8);
    private final OutcomeSwitch outcomeSwitch;
    private final Label intro = new Label();
    private final Label modelLine = new Label();
    private final VBox caution = new VBox(2);
    private final TableView<PriorityRow> table = new TableView<>();
    // Held here, registered weakly: the model outlives a page rebuilt by a language switch.

    public PrioritiesView(PrioritiesViewModel model, ResourceBundle bundle, Consumer<Mark> drillDown) {
        this.model = model;
        this.texts = new PageTexts(bundle);
        this.drillDown = drillDown;
        this.outcomeSwitch = new OutcomeSwitch(model.outcomeProperty(), texts);
        root.getStyleClass().addAll("priorities-page", "page");
        intro.getStyleClass().add("priorities-intro");
        intro.setWrapText(true);
        modelLine.getStyleClass().add("model-line");
        modelLine.setWrapText(true);
        caution.getStyleClass().add("caution-banner");
        buildTable();
        table.setPlaceholder(new Label(texts.text("priorities.empty")));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox body = new VBox(8, intro, modelLine, caution, table);
        body.getStyleClass().add("page-body");
        VBox.setVgrow(body, Priority.ALWAYS);
        root.getChildren().addAll(header(bundle), body);
        DrawnWhileShown.on(root, model.figuresProperty(), this::show);
    }

    public Node node() {
        return root;
    }

    private Node header(ResourceBundle bundle) {
        Label title = new Label(bundle.getString("page.priorities"));
        title.getStyleClass().add("title");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox line = new HBox(12, title, grow, outcomeSwitch.node());
        line.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(line);
        header.getStyleClass().add("header");
        return header;
    }

    private void buildTable() {
        table.getStyleClass().add("priorities-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<PriorityRow, Integer> rank = new TableColumn<>(texts.text("priorities.column.rank"));
        rank.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rank()));
        rank.setPrefWidth(36);
        rank.setCellFactory(c -> text(r -> texts.count(r.rank()), "number-cell"));
        TableColumn<PriorityRow, String> touchpoint = new TableColumn<>(texts.text("priorities.column.touchpoint"));
        touchpoint.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().touchpoint().name()));
        touchpoint.setCellFactory(c -> touchpointCell());
        touchpoint.setPrefWidth(140);
        TableColumn<PriorityRow, MomentType> moment = new TableColumn<>(texts.text("priorities.column.moment"));
        moment.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().momentType()));
        moment.setCellFactory(c -> badgeCell());
        moment.setPrefWidth(130);
        moment.setMinWidth(130);
        TableColumn<PriorityRow, String> judgedOn = new TableColumn<>(texts.text("priorities.column.judgedOn"));
        judgedOn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().judgedOn()));
        judgedOn.setPrefWidth(120);
        judgedOn.setCellFactory(c -> wrapping(judgedOn));
        TableColumn<PriorityRow, Double> actual = number("priorities.column.actual", PriorityRow::actual,
                r -> texts.percent(r.actual()));
        TableColumn<PriorityRow, Double> target = number("priorities.column.target", PriorityRow::target,
                r -> (r.atMost() ? "≤ " : "≥ ") + texts.percent(r.target()));
        TableColumn<PriorityRow, Double> gap = number("priorities.column.gap", PriorityRow::gap,
                r -> r.onTarget() ? "✓ " + texts.text("priorities.gap.met")
                        : texts.text("priorities.gap.points", texts.points(r.gap())));
        gap.setPrefWidth(115);
        Label gapHeading = new Label(gap.getText());
        gapHeading.setTooltip(new Tooltip(texts.text("priorities.gap.tip")));
        gap.setText(null);
        gap.setGraphic(gapHeading);
        TableColumn<PriorityRow, Double> importance = number("priorities.column.importance", PriorityRow::importance,
                r -> Double.isNaN(r.importance()) ? texts.text("priorities.importance.unknown")
                        : texts.percent(r.importance()));
        TableColumn<PriorityRow, String> reason = new TableColumn<>(texts.text("priorities.column.reason"));
        reason.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().reason()));
        reason.setCellFactory(c -> wrapping(reason));
        reason.setPrefWidth(300);
        reason.setMinWidth(240);
        reason.setSortable(false);
        table.getColumns().addAll(List.of(rank, touchpoint, moment, judgedOn, actual, target, gap,
                importance, reason));
        // The rows make their cells a few a pulse: the table fills the page's height with rows at once.
        RowCellsByPulse<PriorityRow> rows = new RowCellsByPulse<>(FIRST_ROWS, MOST_ROWS, row -> {
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
            PriorityRow selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                drillDown.accept(model.drillDown(selected));
                e.consume();
            }
        });
    }

    private TableColumn<PriorityRow, Double> number(String key, Function<PriorityRow, Double> value,
                                                    Function<PriorityRow, String> format) {
        TableColumn<PriorityRow, Double> column = new TableColumn<>(texts.text(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setComparator(PageTables.unknownLast());
        column.setCellFactory(c -> text(format, "number-cell"));
        // Wide enough for the longer Dutch headings ("Werkelijk") beside their sort arrow.
        column.setPrefWidth(key.endsWith("importance") ? 100 : 90);
        return column;
    }

    /** A cell showing a text made from its whole row. */
    private static <T> TableCell<PriorityRow, T> text(Function<PriorityRow, String> format, String styleClass) {
        TableCell<PriorityRow, T> cell = new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                PriorityRow row = empty ? null : getTableRow().getItem();
                setText(row == null ? null : format.apply(row));
            }
        };
        cell.getStyleClass().add(styleClass);
        return cell;
    }

    private TableCell<PriorityRow, String> touchpointCell() {
        return new TableCell<>() {
            {
                setWrapText(true);
            }

            @Override
            protected void updateItem(String name, boolean empty) {
                super.updateItem(name, empty);
                PriorityRow row = empty ? null : getTableRow().getItem();
                getStyleClass().remove("low-base");
                setTooltip(null);
                if (row == null) {
                    setText(null);
                    return;
                }
                setText(row.lowBase() ? name + " " + texts.text("chart.lowBase") : name);
                if (row.lowBase()) {
                    getStyleClass().add("low-base");
                    setTooltip(new Tooltip(texts.text("priorities.lowBase.tip", texts.count(row.n()))));
                }
            }
        };
    }

    private TableCell<PriorityRow, MomentType> badgeCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(MomentType type, boolean empty) {
                super.updateItem(type, empty);
                if (empty || type == null) {
                    setGraphic(null);
                    return;
                }
                Label badge = new Label(texts.text("moment." + type.name()));
                badge.getStyleClass().addAll("moment-badge", "moment-" + type.name());
                setGraphic(badge);
            }
        };
    }

    /** Text wrapped to the column's width, so a row is as tall as its reason. */
    private static TableCell<PriorityRow, String> wrapping(TableColumn<PriorityRow, String> column) {
        Text text = new Text();
        text.getStyleClass().add("reason-text");
        TableCell<PriorityRow, String> cell = new TableCell<>() {
            @Override
            protected void updateItem(String reason, boolean empty) {
                super.updateItem(reason, empty);
                text.setText(empty || reason == null ? "" : reason);
                setGraphic(empty ? null : text);
            }
        };
        text.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
        cell.setPrefHeight(Region.USE_COMPUTED_SIZE);
        return cell;
    }

    private void show(PrioritiesFigures figures) {
        caution.getChildren().clear();
        if (figures == null) {
            table.getItems().clear();
            intro.setText("");
            modelLine.setText("");
            return;
        }
        outcomeSwitch.setRecommendAvailable(figures.recommendAvailable());
        ModelSummary summary = figures.summary();
        intro.setText(figures.intro());
        modelLine.setText(summary.line());
        if (!summary.judged()) {
            Label heading = new Label(texts.text("priorities.gapOnly"));
            heading.getStyleClass().add("caution-heading");
            heading.setWrapText(true);
            caution.getChildren().add(heading);
        }
        for (String warning : summary.cautions()) {
            Label line = new Label(warning);
            line.setWrapText(true);
            caution.getChildren().add(line);
        }
        for (String note : summary.notes()) {
            Label line = new Label(note);
            line.setWrapText(true);
            line.getStyleClass().add("model-note");
            caution.getChildren().add(line);
        }
        caution.setVisible(!caution.getChildren().isEmpty());
        caution.setManaged(caution.isVisible());
        table.getItems().setAll(figures.rows());
        table.getSortOrder().clear();
    }
}
