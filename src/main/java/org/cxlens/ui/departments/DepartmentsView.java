package org.cxlens.ui.departments;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
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
import org.cxlens.report.BarCategory;
import org.cxlens.report.ClassBarChartDescription;
import org.cxlens.report.DepartmentChartDescription;
import org.cxlens.ui.ChartPicture;
import org.cxlens.ui.ClassBarCells;
import org.cxlens.ui.ClassBarNode;
import org.cxlens.ui.DrawnWhileShown;
import org.cxlens.ui.LazyTooltip;
import org.cxlens.ui.PartsByPulse;
import org.cxlens.report.SegmentTexts;
import org.cxlens.workspace.Mark;

/**
 * The departments page: a row per owning department with its 100 % class bar, base and "vs rest"
 * marks; its name is a button (mouse, Space or Enter) that opens the rows of the touchpoints it
 * owns under it, drawn as on the touchpoints page. A click on any segment drills down.
 */
public final class DepartmentsView {

    private static final double[] WIDTHS = {220, 120, 200, 90, 150, 70};
    private static final int ROWS_A_PULSE = 4;

    private final DepartmentsViewModel model;
    private final ResourceBundle bundle;
    private final SegmentTexts texts;
    private final ClassBarCells cells;
    private final Consumer<Mark> drillDown;
    private final BorderPane root = new BorderPane();
    private final VBox rows = new VBox();
    private final PartsByPulse putRows = new PartsByPulse(rows, ROWS_A_PULSE);
    /** Per drawn department, what shows or hides its touchpoints; replaced at every redraw. */
    private final List<Runnable> openers = new ArrayList<>();

    public DepartmentsView(DepartmentsViewModel model, ResourceBundle bundle, Consumer<Mark> drillDown) {
        this.model = model;
        this.bundle = bundle;
        this.texts = new SegmentTexts(bundle);
        this.cells = new ClassBarCells(bundle, texts);
        this.drillDown = drillDown;
        root.getStyleClass().add("departments-page");
        root.setTop(header());
        rows.getStyleClass().add("department-rows");
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("touchpoint-scroll");
        root.setCenter(scroll);
        model.opened().addListener((SetChangeListener<String>) change -> openers.forEach(Runnable::run));
        DrawnWhileShown.on(root, model.chartProperty(), this::show);
        ChartPicture.offer(rows, bundle.getString("page.departments"), bundle, () -> {
            DepartmentChartDescription shown = model.chartProperty().get();
            if (shown == null) {
                return null;
            }
            VBox picture = new VBox();
            picture.getStyleClass().add("department-rows");
            rows(shown, new ArrayList<>()).forEach(row -> picture.getChildren().add(row.get()));
            return picture;
        });
    }

    public Node node() {
        return root;
    }

    private Node header() {
        Label title = new Label(bundle.getString("page.departments"));
        title.getStyleClass().add("title");
        Label sortLabel = new Label(bundle.getString("departments.sort"));
        ComboBox<DepartmentSort> sort = new ComboBox<>();
        sort.getStyleClass().add("department-sort");
        sort.getItems().setAll(DepartmentSort.values());
        sort.setCellFactory(list -> sortCell());
        sort.setButtonCell(sortCell());
        sort.valueProperty().bindBidirectional(model.sortProperty());
        sortLabel.setLabelFor(sort);
        Button all = new Button();
        all.getStyleClass().add("department-toggle-all");
        BooleanBinding allOpen = Bindings.createBooleanBinding(() -> model.chartProperty().get() != null
                && model.chartProperty().get().departments().categories().stream()
                .allMatch(b -> model.opened().contains(b.key())), model.opened(), model.chartProperty());
        all.textProperty().bind(Bindings.when(allOpen).then(bundle.getString("departments.closeAll"))
                .otherwise(bundle.getString("departments.openAll")));
        all.setOnAction(e -> model.toggleAll());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox line = new HBox(10, title, grow, all, sortLabel, sort);
        line.setAlignment(Pos.CENTER_LEFT);
        Label lead = new Label(bundle.getString("departments.lead"));
        lead.getStyleClass().add("summary");
        lead.setWrapText(true);
        VBox header = new VBox(8, line, lead, cells.legend());
        header.getStyleClass().add("header");
        return header;
    }

    private ListCell<DepartmentSort> sortCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(DepartmentSort item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : bundle.getString(item.labelKey()));
            }
        };
    }

    private void show(DepartmentChartDescription chart) {
        openers.clear();
        putRows.show(chart == null ? List.of() : rows(chart, openers));
    }

    /** Column headings, then a row per department, each with its touchpoints while open; {@code opening} gets what opens them. */
    private List<Supplier<Node>> rows(DepartmentChartDescription chart, List<Runnable> opening) {
        if (chart.departments().categories().isEmpty()) {
            return List.of(() -> {
                Label empty = new Label(bundle.getString("departments.empty"));
                empty.getStyleClass().add("summary");
                return empty;
            });
        }
        List<Supplier<Node>> made = new ArrayList<>();
        made.add(this::headings);
        for (int i = 0; i < chart.departments().categories().size(); i++) {
            int department = i;
            made.add(() -> department(chart, department, opening));
        }
        return made;
    }

    private Node headings() {
        GridPane headings = row();
        String[] keys = {"departments.column.department", "touchpoints.column.moment", "departments.column.shares",
                "touchpoints.column.base", "touchpoints.column.target", "touchpoints.column.vsRest"};
        for (int col = 0; col < keys.length; col++) {
            Label heading = new Label(bundle.getString(keys[col]));
            heading.getStyleClass().add("column-heading");
            headings.add(heading, col, 0);
        }
        return headings;
    }

    /** The department's row and, under it, the rows of its touchpoints while it is open. */
    private Node department(DepartmentChartDescription chart, int i, List<Runnable> opening) {
        ClassBarChartDescription departments = chart.departments();
        BarCategory bar = departments.categories().get(i);
        ClassBarChartDescription owned = chart.owned().get(i);
        Label arrow = new Label();
        arrow.getStyleClass().add("department-arrow");
        Button toggle = new Button(bar.label(), arrow);
        toggle.getStyleClass().add("department-toggle");
        toggle.setMnemonicParsing(false);
        toggle.setOnAction(e -> model.toggle(bar.key()));
        LazyTooltip.install(toggle, () -> new MessageFormat(bundle.getString(model.opened().contains(bar.key())
                ? "departments.toggle.close" : "departments.toggle.open"), bundle.getLocale())
                .format(new Object[] {bar.label()}));
        Label count = new Label(new MessageFormat(bundle.getString("departments.owned"), bundle.getLocale())
                .format(new Object[] {owned.categories().size()}));
        count.getStyleClass().add("touchpoint-department");
        VBox names = new VBox(0, toggle, count);
        ClassBarNode barNode = new ClassBarNode(departments, i, texts, c -> drillDown.accept(model.departmentMark(i, c)));
        barNode.addTooltipLine(bundle.getString("departments.tooltip.experiences"));
        GridPane row = row();
        row.getStyleClass().add("department-row");
        row.addRow(0, names, new Label(), barNode, cells.base(bar), new Label(),
                cells.vsRest(departments, i, "departments.vsRest.higher", "departments.vsRest.lower"));

        // Its touchpoints' rows are made when it is first opened: hidden, they would be styled all the same.
        VBox touchpoints = new VBox();
        touchpoints.getStyleClass().add("owned-touchpoints");
        Runnable opened = () -> {
            boolean open = model.opened().contains(bar.key());
            if (open && touchpoints.getChildren().isEmpty()) {
                for (int t = 0; t < owned.categories().size(); t++) {
                    touchpoints.getChildren().add(touchpoint(owned, i, t));
                }
            }
            arrow.setText(open ? "▾" : "▸");
            touchpoints.setVisible(open);
            touchpoints.setManaged(open);
        };
        opened.run();
        opening.add(opened);
        VBox block = new VBox(row, touchpoints);
        block.getStyleClass().add("department-block");
        return block;
    }

    private Node touchpoint(ClassBarChartDescription owned, int department, int t) {
        BarCategory bar = owned.categories().get(t);
        Label name = new Label(bar.label());
        name.getStyleClass().addAll("touchpoint-name", "owned-touchpoint-name");
        name.setMnemonicParsing(false);
        name.setWrapText(true);
        ClassBarNode barNode = new ClassBarNode(owned, t, texts,
                c -> drillDown.accept(model.touchpointMark(department, t, c)));
        GridPane row = row();
        row.getStyleClass().add("owned-touchpoint-row");
        row.addRow(0, name, cells.badge(bar.momentType()), barNode, cells.base(bar), cells.target(bar.target()),
                cells.vsRest(owned, t, "touchpoints.vsRest.higher", "touchpoints.vsRest.lower"));
        return row;
    }

    /** One line of the table: the same columns in every row, so bars line up across departments and touchpoints. */
    private static GridPane row() {
        GridPane row = ClassBarCells.line(WIDTHS);
        row.getStyleClass().add("department-grid");
        return row;
    }
}
