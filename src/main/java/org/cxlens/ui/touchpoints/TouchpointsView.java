package org.cxlens.ui.touchpoints;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.report.BarCategory;
import org.cxlens.report.ClassBarChartDescription;
import org.cxlens.ui.ChartPicture;
import org.cxlens.ui.ClassBarCells;
import org.cxlens.ui.ClassBarNode;
import org.cxlens.ui.DrawnWhileShown;
import org.cxlens.ui.PartsByPulse;
import org.cxlens.report.SegmentTexts;

/**
 * The touchpoints page: a row per touchpoint with its name and owning department, moment-type
 * badge, 100 % class bar with the target marker, base, target and "vs rest" marks; a sort choice
 * above. Draws what {@link TouchpointsViewModel} holds; a click on a segment drills down.
 */
public final class TouchpointsView {

    /** Measured on a 2-core machine: four rows styled and laid out in 17–28 ms a pulse. */
    private static final int ROWS_A_PULSE = 4;
    private static final double[] WIDTHS = {170, 120, 200, 70, 150, 80};
    private static final String[] HEADINGS = {"touchpoints.column.touchpoint", "touchpoints.column.moment",
        "touchpoints.column.shares", "touchpoints.column.base", "touchpoints.column.target",
        "touchpoints.column.vsRest"};

    private final TouchpointsViewModel model;
    private final ResourceBundle bundle;
    private final SegmentTexts texts;
    private final ClassBarCells cells;
    private final BorderPane root = new BorderPane();
    private final VBox rows = new VBox();
    private final PartsByPulse putRows = new PartsByPulse(rows, ROWS_A_PULSE);
    private BiConsumer<BarCategory, ExperienceClass> onSegment = (bar, c) -> { };

    public TouchpointsView(TouchpointsViewModel model, ResourceBundle bundle) {
        this.model = model;
        this.bundle = bundle;
        this.texts = new SegmentTexts(bundle);
        this.cells = new ClassBarCells(bundle, texts);
        root.getStyleClass().add("touchpoints-page");
        root.setTop(header());
        rows.getStyleClass().add("touchpoint-rows");
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("touchpoint-scroll");
        root.setCenter(scroll);
        DrawnWhileShown.on(root, model.chartProperty(), this::show);
        ChartPicture.offer(rows, bundle.getString("page.touchpoints"), bundle, () -> {
            ClassBarChartDescription shown = model.chartProperty().get();
            if (shown == null) {
                return null;
            }
            VBox picture = new VBox();
            picture.getStyleClass().add("touchpoint-rows");
            rows(shown, (bar, c) -> { }).forEach(row -> picture.getChildren().add(row.get()));
            return picture;
        });
    }

    public Node node() {
        return root;
    }

    /** What a click on a segment does: drill down into that touchpoint's experiences of that class. */
    public void setOnSegment(BiConsumer<BarCategory, ExperienceClass> action) {
        onSegment = action;
    }

    private Node header() {
        Label title = new Label(bundle.getString("page.touchpoints"));
        title.getStyleClass().add("title");
        Label sortLabel = new Label(bundle.getString("touchpoints.sort"));
        ComboBox<TouchpointSort> sort = new ComboBox<>();
        sort.getStyleClass().add("touchpoint-sort");
        sort.getItems().setAll(TouchpointSort.values());
        sort.setCellFactory(list -> sortCell());
        sort.setButtonCell(sortCell());
        sort.valueProperty().bindBidirectional(model.sortProperty());
        sortLabel.setLabelFor(sort);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox line = new HBox(10, title, grow, sortLabel, sort);
        line.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(8, line, cells.legend());
        header.getStyleClass().add("header");
        return header;
    }

    private ListCell<TouchpointSort> sortCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(TouchpointSort item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : bundle.getString(item.labelKey()));
            }
        };
    }

    private void show(ClassBarChartDescription chart) {
        putRows.show(chart == null ? List.of() : rows(chart, (bar, c) -> onSegment.accept(bar, c)));
    }

    /** The column headings, then a row per touchpoint of the chart; a click on a segment does {@code onClick}. */
    private List<Supplier<Node>> rows(ClassBarChartDescription chart, BiConsumer<BarCategory, ExperienceClass> onClick) {
        List<Supplier<Node>> made = new ArrayList<>();
        made.add(this::headings);
        for (int i = 0; i < chart.categories().size(); i++) {
            int bar = i;
            made.add(() -> row(chart, bar, onClick));
        }
        return made;
    }

    private Node headings() {
        GridPane line = line();
        for (int col = 0; col < HEADINGS.length; col++) {
            Label heading = new Label(bundle.getString(HEADINGS[col]));
            heading.getStyleClass().add("column-heading");
            line.add(heading, col, 0);
        }
        return line;
    }

    private Node row(ClassBarChartDescription chart, int i, BiConsumer<BarCategory, ExperienceClass> onClick) {
        BarCategory bar = chart.categories().get(i);
        Label name = new Label(bar.label());
        name.getStyleClass().add("touchpoint-name");
        name.setMnemonicParsing(false);
        name.setWrapText(true);
        Label department = new Label(bar.detail());
        department.getStyleClass().add("touchpoint-department");
        department.setWrapText(true);
        VBox names = new VBox(1, name, department);
        ClassBarNode barNode = new ClassBarNode(chart, i, texts, c -> onClick.accept(bar, c));
        GridPane line = line();
        line.addRow(0, names, cells.badge(bar.momentType()), barNode, cells.base(bar), cells.target(bar.target()),
                cells.vsRest(chart, i, "touchpoints.vsRest.higher", "touchpoints.vsRest.lower"));
        return line;
    }

    private static GridPane line() {
        GridPane line = ClassBarCells.line(WIDTHS);
        line.getStyleClass().add("touchpoint-row");
        return line;
    }
}
