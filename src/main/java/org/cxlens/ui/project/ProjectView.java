package org.cxlens.ui.project;

import java.util.List;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.cxlens.domain.ImportInfo;
import org.cxlens.domain.ImportProblem;
import org.cxlens.domain.MomentType;
import org.cxlens.ui.CsvSaveDialog;
import org.cxlens.ui.LazyTooltip;
import org.cxlens.ui.PartsByPulse;
import org.cxlens.ui.RowCellsByPulse;
import org.cxlens.ui.RowNumbers;
import org.cxlens.workspace.CatalogueEntry;

/**
 * The Project page: tabs for the touchpoint catalogue (table in journey order, drag and drop or
 * Alt+↑/↓ to reorder, a form to edit the chosen touchpoint, merge), the imports with the problems
 * of the chosen one (searchable, paged, exportable), and the change log (searchable). More parts
 * (the classification editor) are added with {@link #withSection}. For a report file the catalogue
 * is a table only: no form, no moves, no merge.
 */
public final class ProjectView {

    /** The catalogue rows that make their cells in the pulse after the table first has rows; as many more or fewer after. */
    private static final int FIRST_ROWS = 4;
    /**
     * However quick the pulses, no more rows than this make their cells in one: doubling without
     * a bound, Priorities reached 16 rows in one 85 ms pulse.
     */
    private static final int MOST_ROWS = 8;

    private static final double FORM_WIDTH = 360;
    private static final double FIELD_WIDTH = 215;
    private static final double FORM_GAP = 10;
    private static final int FORM_LINES_A_PULSE = 3;

    private final ProjectViewModel model;
    private final ResourceBundle bundle;
    private final boolean readOnly;
    private final VBox root = new VBox();
    private final TabPane tabs = new TabPane();
    private final Tab logTab;
    private final TableView<CatalogueEntry> catalogue = new TableView<>();
    private final TableView<Integer> problems = new TableView<>();
    // Held here, registered weakly: the model outlives a page rebuilt by a language switch.
    private final ChangeListener<CatalogueEntry> chosenChanged = (obs, old, entry) -> selectChosen();
    private final ChangeListener<Number> problemRowsChanged = (obs, old, n) -> showProblemRows();

    /** @param readOnly a report file's page: the catalogue without any of its editing */
    public ProjectView(ProjectViewModel model, ResourceBundle bundle, boolean readOnly) {
        this.model = model;
        this.bundle = bundle;
        this.readOnly = readOnly;
        root.getStyleClass().addAll("project-page", "page");
        Label title = new Label(bundle.getString("page.project"));
        title.getStyleClass().add("title");
        Label notice = new Label();
        notice.getStyleClass().add("project-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        VBox header = new VBox(6, title, notice);
        header.getStyleClass().add("header");
        tabs.getStyleClass().add("project-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        logTab = tab("project.tab.log", "project-log-tab", this::logPane);
        tabs.getTabs().addAll(tab("project.tab.catalogue", "project-catalogue-tab",
                        readOnly ? this::readOnlyCatalogue : this::cataloguePane),
                tab("project.tab.imports", "project-imports-tab", this::importsPane), logTab);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.getChildren().addAll(header, tabs);
    }

    public Node node() {
        return root;
    }

    /** Adds a part of the page as a tab before the change log: one line per editor. */
    public ProjectView withSection(String title, Supplier<Node> content, Runnable onShown) {
        Tab tab = contentWhenChosen(new Tab(title), content);
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                onShown.run();
            }
        });
        tabs.getTabs().add(tabs.getTabs().indexOf(logTab), tab);
        return this;
    }

    private Tab tab(String key, String styleClass, Supplier<Node> content) {
        Tab tab = contentWhenChosen(new Tab(bundle.getString(key)), content);
        tab.getStyleClass().add(styleClass);
        return tab;
    }

    /**
     * Makes {@code tab}'s content when it is first chosen (the first tab as it joins the pane). A
     * tab pane styles and lays out every tab's content with the page, chosen or not: the page's first
     * visit on a million respondents, with its tables and the classification editor, held the FX
     * thread 230–440 ms; made with the page, the contents of the tabs not chosen took 40 ms more.
     */
    private static Tab contentWhenChosen(Tab tab, Supplier<Node> content) {
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> selected, Boolean was, Boolean is) {
                if (is) {
                    tab.selectedProperty().removeListener(this);
                    tab.setContent(content.get());
                }
            }
        });
        return tab;
    }

    // ---- the catalogue ---------------------------------------------------------------------------

    private Node cataloguePane() {
        buildCatalogueTable();
        Button up = button("project.catalogue.up", "project.catalogue.up.tip", () -> model.moveChosen(-1));
        Button down = button("project.catalogue.down", "project.catalogue.down.tip", () -> model.moveChosen(1));
        up.getStyleClass().add("move-up");
        down.getStyleClass().add("move-down");
        // The hint gives way, not the buttons: "Omhoog" and "Omlaag" were cut to "O…" beside it.
        up.setMinWidth(Region.USE_PREF_SIZE);
        down.setMinWidth(Region.USE_PREF_SIZE);
        Label hint = muted(bundle.getString("project.catalogue.hint"));
        hint.setWrapText(true);
        HBox moves = new HBox(8, up, down, hint);
        moves.setAlignment(Pos.CENTER_LEFT);
        VBox left = new VBox(8, catalogue, moves);
        VBox.setVgrow(catalogue, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);
        left.setMinWidth(360);
        catalogue.setPrefWidth(600);
        HBox pane = new HBox(20);
        pane.getStyleClass().add("project-pane");
        // The form a pulse after the table: both styled and laid out in one pulse held the FX thread 80–115 ms.
        new PartsByPulse(pane, 1).show(List.of(() -> left, this::form));
        return pane;
    }

    private Node readOnlyCatalogue() {
        buildCatalogueTable();
        VBox pane = new VBox(catalogue);
        VBox.setVgrow(catalogue, Priority.ALWAYS);
        pane.getStyleClass().add("project-pane");
        return pane;
    }

    private void buildCatalogueTable() {
        catalogue.getStyleClass().add("catalogue-table");
        catalogue.setItems(model.catalogue());
        catalogue.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        catalogue.setPlaceholder(new Label(bundle.getString("project.catalogue.empty")));
        TableColumn<CatalogueEntry, Number> place = new TableColumn<>(bundle.getString("project.catalogue.column.place"));
        place.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(catalogue.getItems().indexOf(c.getValue()) + 1));
        place.setPrefWidth(32);
        place.setMaxWidth(60);
        place.setStyle("-fx-alignment: center-right;");
        TableColumn<CatalogueEntry, String> name = column("project.catalogue.column.name", e -> e.touchpoint().name());
        name.setPrefWidth(140);
        name.setMinWidth(110);
        TableColumn<CatalogueEntry, String> owner = column("project.catalogue.column.department",
                e -> e.touchpoint().department() == null ? "–" : e.touchpoint().department());
        owner.setPrefWidth(110);
        owner.setMinWidth(95);
        TableColumn<CatalogueEntry, String> moment = column("project.catalogue.column.moment",
                e -> bundle.getString("moment." + e.touchpoint().momentType().name()));
        moment.setPrefWidth(140);
        moment.setMinWidth(125);
        TableColumn<CatalogueEntry, String> target = column("project.catalogue.column.target",
                e -> e.touchpoint().target() == null ? bundle.getString("project.catalogue.target.default")
                        : percent(e.touchpoint().target()));
        target.setPrefWidth(72);
        target.setMinWidth(72);
        TableColumn<CatalogueEntry, String> answers = column("project.catalogue.column.answers",
                e -> NumberFormat.getIntegerInstance(bundle.getLocale()).format(e.answers()));
        answers.setPrefWidth(86);
        answers.setMinWidth(86);
        answers.setStyle("-fx-alignment: center-right;");
        TableColumn<CatalogueEntry, String> earlier = column("project.catalogue.column.earlierNames",
                e -> String.join(", ", e.earlierNames()));
        earlier.setPrefWidth(120);
        earlier.setMinWidth(90);
        catalogue.getColumns().addAll(List.of(place, name, owner, moment, target, answers, earlier));
        catalogue.getColumns().forEach(c -> c.setSortable(false));
        catalogue.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            if (entry != null && !entry.equals(model.chosenProperty().get())) {
                model.chosenProperty().set(entry);
            }
        });
        model.chosenProperty().addListener(new WeakChangeListener<>(chosenChanged));
        catalogue.getItems().addListener((ListChangeListener<CatalogueEntry>) c -> selectChosen());
        // The rows make their cells a few a pulse: the table fills the tab's height with rows at once.
        RowCellsByPulse<CatalogueEntry> rows = new RowCellsByPulse<>(FIRST_ROWS, MOST_ROWS,
                readOnly ? row -> { } : this::draggable);
        catalogue.setRowFactory(rows);
        rows.start();
        if (readOnly) {
            return;
        }
        catalogue.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                model.moveChosen(e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            }
        });
        LazyTooltip.install(catalogue, () -> bundle.getString("project.catalogue.hint"));
    }

    private void selectChosen() {
        CatalogueEntry entry = model.chosenProperty().get();
        if (entry != null && !entry.equals(catalogue.getSelectionModel().getSelectedItem())) {
            catalogue.getSelectionModel().select(entry);
            catalogue.scrollTo(entry);
        }
    }

    /** Makes {@code row} one that can be dragged onto another row's place in the journey. */
    private void draggable(TableRow<CatalogueEntry> row) {
        row.setOnDragDetected(e -> {
            if (row.isEmpty()) {
                return;
            }
            ClipboardContent content = new ClipboardContent();
            content.putString(String.valueOf(row.getIndex()));
            row.startDragAndDrop(TransferMode.MOVE).setContent(content);
            e.consume();
        });
        row.setOnDragOver(e -> {
            if (e.getGestureSource() instanceof TableRow<?> && e.getDragboard().hasString()) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        row.setOnDragDropped(e -> {
            int from = Integer.parseInt(e.getDragboard().getString());
            int to = row.isEmpty() ? catalogue.getItems().size() - 1 : row.getIndex();
            model.move(from, to);
            e.setDropCompleted(true);
            e.consume();
        });
    }

    private Node form() {
        TextField name = new TextField();
        name.getStyleClass().add("touchpoint-name-field");
        name.textProperty().bindBidirectional(model.nameProperty());
        ComboBox<String> department = new ComboBox<>(model.departments());
        department.getStyleClass().add("department-field");
        department.setEditable(true);
        department.setMaxWidth(Double.MAX_VALUE);
        department.valueProperty().bindBidirectional(model.departmentProperty());
        LazyTooltip.install(department, () -> bundle.getString("project.catalogue.department.tip"));
        ComboBox<MomentType> moment = new ComboBox<>();
        moment.getItems().addAll(MomentType.values());
        moment.getStyleClass().add("moment-field");
        moment.setMaxWidth(Double.MAX_VALUE);
        moment.valueProperty().bindBidirectional(model.momentTypeProperty());
        moment.setConverter(converter(m -> m == null ? "" : bundle.getString("moment." + m.name())));
        LazyTooltip.install(moment, () -> bundle.getString("project.catalogue.moment.tip"));
        TextField target = new TextField();
        target.getStyleClass().add("target-field");
        target.setPrefColumnCount(6);
        target.textProperty().bindBidirectional(model.ownTargetProperty());
        target.setPromptText(bundle.getString("project.catalogue.target.prompt"));
        LazyTooltip.install(target, () -> bundle.getString("project.catalogue.target.tip"));
        Label defaultTarget = muted("");
        defaultTarget.textProperty().bind(model.defaultTargetProperty());
        defaultTarget.setWrapText(true);
        Button apply = button("project.catalogue.apply", "project.catalogue.apply.tip", () -> {
            department.commitValue();
            model.apply();
        });
        apply.getStyleClass().add("apply-button");
        apply.setDefaultButton(false);
        Button revert = button("project.catalogue.revert", "project.catalogue.revert.tip", model::revert);
        name.setOnAction(e -> apply.fire());
        target.setOnAction(e -> apply.fire());

        Label heading = new Label(bundle.getString("project.catalogue.edit"));
        heading.getStyleClass().add("section-title");
        Label mergeHeading = new Label(bundle.getString("project.catalogue.merge.title"));
        mergeHeading.getStyleClass().add("section-title");
        Label mergeText = muted(bundle.getString("project.catalogue.merge.text"));
        mergeText.setWrapText(true);
        ComboBox<CatalogueEntry> into = new ComboBox<>(model.catalogue());
        into.getStyleClass().add("merge-into");
        into.setMaxWidth(Double.MAX_VALUE);
        into.valueProperty().bindBidirectional(model.mergeWithProperty());
        into.setConverter(converter(e -> e == null ? "" : e.touchpoint().name()));
        into.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(CatalogueEntry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? bundle.getString("project.catalogue.merge.prompt") : e.touchpoint().name());
            }
        });
        LazyTooltip.install(into, () -> bundle.getString("project.catalogue.merge.tip"));
        Button merge = button("project.catalogue.merge", "project.catalogue.merge.tip", this::confirmMerge);
        merge.getStyleClass().add("merge-button");
        merge.disableProperty().bind(model.mergeWithProperty().isNull().or(model.workingProperty())
                .or(model.mergeWithProperty().isEqualTo(model.chosenProperty())));

        apply.disableProperty().bind(model.workingProperty().or(model.chosenProperty().isNull()));
        revert.disableProperty().bind(apply.disableProperty());
        mergeText.setMaxWidth(FORM_WIDTH);
        defaultTarget.setMaxWidth(FIELD_WIDTH);
        List<Node> lines = List.of(heading,
                line("project.catalogue.name", name),
                line("project.catalogue.department", department),
                line("project.catalogue.moment", moment),
                line("project.catalogue.target", target),
                line(null, defaultTarget),
                line(null, new HBox(8, apply, revert)),
                mergeHeading, mergeText,
                line("project.catalogue.merge.into", into),
                line(null, merge));
        VBox form = new VBox(8);
        form.getStyleClass().add("catalogue-form");
        // Fixed, so the wrapped texts wrap at the form's width and the table takes the rest.
        form.setMinWidth(FORM_WIDTH);
        form.setPrefWidth(FORM_WIDTH);
        form.setMaxWidth(FORM_WIDTH);
        // Its lines a few a pulse: the form in one pulse held the FX thread 95 ms, its edit half 60.
        new PartsByPulse(form, FORM_LINES_A_PULSE).show(lines.stream().<Supplier<Node>>map(line -> () -> line).toList());
        return form;
    }

    /**
     * A line of the form, a grid of its own so that the lines can come a few a pulse: the label
     * (none for a null key) in a column as wide in every line, the field beside it.
     */
    private GridPane line(String labelKey, Node field) {
        GridPane line = new GridPane();
        line.setHgap(FORM_GAP);
        line.getColumnConstraints().addAll(new ColumnConstraints(FORM_WIDTH - FIELD_WIDTH - FORM_GAP),
                new ColumnConstraints(200, FIELD_WIDTH, FIELD_WIDTH));
        line.add(labelKey == null ? new Region() : new Label(bundle.getString(labelKey)), 0, 0);
        line.add(field, 1, 0);
        return line;
    }

    private void confirmMerge() {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, model.mergeQuestion(), ButtonType.OK, ButtonType.CANCEL);
        confirm.setTitle(bundle.getString("project.catalogue.merge.title"));
        confirm.setHeaderText(null);
        confirm.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        confirm.getDialogPane().getStyleClass().add("merge-confirm");
        confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.merge());
    }

    // ---- imports and problems ----------------------------------------------------------------------

    private Node importsPane() {
        TableView<ImportInfo> imports = new TableView<>(model.imports());
        imports.getStyleClass().add("imports-table");
        imports.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        imports.setPlaceholder(new Label(bundle.getString("project.imports.empty")));
        DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", bundle.getLocale())
                .withZone(ZoneId.systemDefault());
        NumberFormat count = NumberFormat.getIntegerInstance(bundle.getLocale());
        imports.getColumns().addAll(List.of(
                importColumn("project.imports.column.file", ImportInfo::fileName, 170),
                importColumn("project.imports.column.sheet", i -> i.sheet() == null ? "–" : i.sheet(), 90),
                importColumn("project.imports.column.time", i -> when.format(i.importedAt()), 140),
                importColumn("project.imports.column.rows", i -> count.format(i.counts().rowsRead()), 80),
                importColumn("project.imports.column.respondents", i -> count.format(i.counts().respondents()), 95),
                importColumn("project.imports.column.skipped", i -> count.format(i.counts().rowsSkipped()), 80),
                importColumn("project.imports.column.problems", i -> count.format(i.counts().problems()), 80),
                importColumn("project.imports.column.sha256", ImportInfo::sha256, 200)));
        imports.getColumns().forEach(c -> c.setSortable(false));
        imports.setFixedCellSize(28);
        imports.prefHeightProperty().bind(Bindings.min(6, Bindings.size(
                model.imports())).multiply(28).add(34));
        imports.setMinHeight(90);
        imports.getSelectionModel().selectedItemProperty().addListener((obs, old, i) -> {
            if (i != null) {
                model.chosenImportProperty().set(i);
            }
        });
        model.chosenImportProperty().addListener((obs, old, i) -> {
            if (i != null && !i.equals(imports.getSelectionModel().getSelectedItem())) {
                imports.getSelectionModel().select(i);
            }
        });

        Label problemsTitle = new Label(bundle.getString("project.problems.title"));
        problemsTitle.getStyleClass().add("section-title");
        TextField search = new TextField();
        search.getStyleClass().add("problem-search");
        search.setPromptText(bundle.getString("project.problems.search"));
        LazyTooltip.install(search, () -> bundle.getString("project.problems.search.tip"));
        search.textProperty().bindBidirectional(model.problemSearchProperty());
        search.setPrefColumnCount(24);
        Label found = muted("");
        found.getStyleClass().add("problem-count");
        found.textProperty().bind(model.problems().countProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button export = button("project.problems.export", "project.problems.export.tip", this::chooseExport);
        export.getStyleClass().add("export-problems");
        export.disableProperty().bind(model.problems().sizeProperty().isEqualTo(0).or(model.exportingProperty()));
        HBox tools = new HBox(10, problemsTitle, search, found, grow, export);
        tools.setAlignment(Pos.CENTER_LEFT);

        buildProblemsTable();
        VBox pane = new VBox(10, imports, tools, problems);
        VBox.setVgrow(problems, Priority.ALWAYS);
        pane.getStyleClass().add("project-pane");
        return pane;
    }

    private void buildProblemsTable() {
        problems.getStyleClass().add("problems-table");
        problems.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        problems.setPlaceholder(new Label(bundle.getString("project.problems.empty")));
        problems.getColumns().addAll(List.of(
                problemColumn("project.problems.column.row", p -> String.valueOf(p.row()), 70),
                problemColumn("project.problems.column.column", p -> p.column() == null ? "–" : p.column(), 160),
                problemColumn("project.problems.column.value", p -> p.rawValue() == null ? "" : p.rawValue(), 140),
                problemColumn("project.problems.column.reason", p -> p.reason().render(bundle.getLocale()), 420)));
        problems.getColumns().forEach(c -> c.setSortable(false));
        model.problems().rowsChangedProperty().addListener(new WeakChangeListener<>(problemRowsChanged));
        showProblemRows();
    }

    private void showProblemRows() {
        int size = model.problems().sizeProperty().get();
        if (problems.getItems().size() != size) {
            problems.setItems(RowNumbers.upTo(size));
        } else {
            problems.refresh();
        }
    }

    private void chooseExport() {
        CsvSaveDialog.show(root.getScene() == null ? null : root.getScene().getWindow(),
                bundle.getString("project.problems.export.title"),
                bundle.getString("project.problems.export.name") + ".csv", bundle)
                .ifPresent(chosen -> model.exportProblems(chosen.file(), chosen.dialect()));
    }

    // ---- the change log ----------------------------------------------------------------------------

    private Node logPane() {
        TextField search = new TextField();
        search.getStyleClass().add("log-search");
        search.setPromptText(bundle.getString("project.log.search"));
        LazyTooltip.install(search, () -> bundle.getString("project.log.search.tip"));
        search.textProperty().bindBidirectional(model.logSearchProperty());
        search.setPrefColumnCount(30);
        Label lead = muted(bundle.getString("project.log.lead"));
        HBox tools = new HBox(12, search, lead);
        tools.setAlignment(Pos.CENTER_LEFT);
        TableView<LogLine> log = new TableView<>(model.log());
        log.getStyleClass().add("log-table");
        log.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        log.setPlaceholder(new Label(bundle.getString("project.log.empty")));
        log.getColumns().addAll(List.of(
                logColumn("project.log.column.time", LogLine::time, 150),
                logColumn("project.log.column.what", LogLine::what, 260),
                logColumn("project.log.column.before", LogLine::before, 200),
                logColumn("project.log.column.after", LogLine::after, 200)));
        VBox pane = new VBox(10, tools, log);
        VBox.setVgrow(log, Priority.ALWAYS);
        pane.getStyleClass().add("project-pane");
        return pane;
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private TableColumn<CatalogueEntry, String> column(String key, Function<CatalogueEntry, String> text) {
        TableColumn<CatalogueEntry, String> c = new TableColumn<>(bundle.getString(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        return c;
    }

    private TableColumn<ImportInfo, String> importColumn(String key, Function<ImportInfo, String> text, double width) {
        TableColumn<ImportInfo, String> c = new TableColumn<>(bundle.getString(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private TableColumn<Integer, String> problemColumn(String key, Function<ImportProblem, String> text, double width) {
        TableColumn<Integer, String> c = new TableColumn<>(bundle.getString(key));
        c.setCellValueFactory(cell -> {
            ImportProblem p = model.problems().row(cell.getValue());
            return new ReadOnlyObjectWrapper<>(p == null ? "…" : text.apply(p));
        });
        c.setPrefWidth(width);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                setTooltip(empty || s == null || s.length() < 40 ? null : new Tooltip(s));
            }
        });
        return c;
    }

    private TableColumn<LogLine, String> logColumn(String key, Function<LogLine, String> text, double width) {
        TableColumn<LogLine, String> c = new TableColumn<>(bundle.getString(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private Button button(String key, String tipKey, Runnable action) {
        Button b = new Button(bundle.getString(key));
        LazyTooltip.install(b, () -> bundle.getString(tipKey));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        return l;
    }

    private String percent(double share) {
        NumberFormat f = NumberFormat.getNumberInstance(bundle.getLocale());
        f.setMaximumFractionDigits(1);
        return f.format(share * 100) + " %";
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return text.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("chosen from the list, never typed");
            }
        };
    }
}
