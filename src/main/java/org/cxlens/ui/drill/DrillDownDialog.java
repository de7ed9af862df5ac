package org.cxlens.ui.drill;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.cxlens.domain.ExperienceClass;
import org.cxlens.report.CsvDialect;
import org.cxlens.ui.CsvSaveDialog;
import org.cxlens.ui.PieceByPulse;
import org.cxlens.ui.RowCellsByPulse;
import org.cxlens.ui.RowNumbers;
import org.cxlens.workspace.DrillColumn;
import org.cxlens.workspace.DrillRow;

/**
 * The drill-down window over the page: the sentence, a search field (Ctrl+F), the respondents'
 * table (virtualised: its items are row numbers, the rows come page by page from the model),
 * Ctrl+C copies the selected rows, "Export CSV…", Esc closes.
 * Its content is built on any thread before the window exists (see {@link #prepare}), so the FX
 * thread only styles and lays it out, makes and shows the window. That is split over the pulses
 * after the window shows, each holding the FX thread up for tens of milliseconds instead of one
 * for a few hundred: the window with its sentence and tools first; then the table without columns,
 * unseen and out of the layout, so that the pulse styles it (makes its skin) without laying it out;
 * then the table shown and laid out; then its columns, a few a pulse, those in view first; then
 * the rows' cells, a few rows a pulse ({@link RowCellsByPulse}). The first table of a JVM styled
 * and laid out in one pulse held the FX thread 60–140 ms. A row makes a cell for every column, so
 * the columns are all in before any row makes its cells: a column added later would make every
 * row make and style all its cells again.
 */
public final class DrillDownDialog {

    private static final double WIDTH = 1100;
    private static final double HEIGHT = 640;
    /** Rows that make their cells in the first pulse they may; more follow when a pulse is quick. */
    private static final int FIRST_ROWS = 1;
    /**
     * The columns put in a pulse: all of them in one (29 for 15 touchpoints) held the FX thread up
     * for about 100 ms (their headers' making, styling and text measuring, 3–4 ms each).
     */
    private static final int COLUMNS_A_PULSE = 10;

    private final DrillDownViewModel model;
    private final ResourceBundle bundle;
    private final Scene scene;
    private Stage stage;
    private final TableView<Integer> table = new TableView<>();
    /** Where the table goes a pulse after the window's first frame. */
    private final Region tableSlot = new Region();
    private final VBox root;
    /** The table's columns, put in a few a pulse after the table. */
    private final List<TableColumn<Integer, Integer>> columns = new ArrayList<>();
    private final RowCellsByPulse<Integer> rowCells = new RowCellsByPulse<>(FIRST_ROWS, Integer.MAX_VALUE, row -> { });
    private final TextField search = new TextField();
    // Held here so the listeners live as long as the dialog.
    private final ChangeListener<Number> rowsChanged = (obs, old, n) -> showRows();
    private final ChangeListener<Number> pagesArrived = (obs, old, n) -> showArrivedRows();
    /** Cells that showed a row still being read: redrawn when a page arrives, the others left as they are. */
    private final Set<RowCell> waitingForRows = new HashSet<>();
    private int shownSize = -1;
    private TableColumn<Integer, ?> sortedColumn;
    private TableColumn.SortType sortedType;

    private DrillDownDialog(DrillDownViewModel model, ResourceBundle bundle, List<String> stylesheets) {
        this.model = model;
        this.bundle = bundle;
        Label sentence = new Label();
        sentence.getStyleClass().add("drill-sentence");
        sentence.setWrapText(true);
        sentence.textProperty().bind(model.sentenceProperty());

        search.setPromptText(bundle.getString("drill.search"));
        search.getStyleClass().add("drill-search");
        search.textProperty().addListener((obs, old, text) -> model.search(text));
        // Not the window's first focus: a focused text field turns on the input method, which the
        // first time in a JVM held the window's first frame up for about 30 ms. The table takes it.
        search.setFocusTraversable(false);
        Label status = new Label();
        status.getStyleClass().add("drill-status");
        status.textProperty().bind(model.statusProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.getStyleClass().add("drill-busy");
        busy.visibleProperty().bind(model.busyProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button export = new Button(bundle.getString("drill.export"));
        export.getStyleClass().add("drill-export");
        export.setOnAction(e -> chooseAndExport());
        export.disableProperty().bind(model.busyProperty());
        Button cancel = new Button(bundle.getString("drill.cancel"));
        cancel.setOnAction(e -> model.cancelExport());
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        Button close = new Button(bundle.getString("drill.close"));
        close.setOnAction(e -> stage.close());
        HBox tools = new HBox(search, status, busy, gap, export, cancel, close);
        tools.getStyleClass().add("drill-tools");

        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox.setVgrow(tableSlot, Priority.ALWAYS);
        root = new VBox(sentence, tools, tableSlot);
        root.getStyleClass().add("drill-down");
        scene = new Scene(root, WIDTH, HEIGHT);
        scene.getStylesheets().setAll(stylesheets);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), search::requestFocus);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN), this::copy);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), () -> stage.close());
        model.rowsChangedProperty().addListener(rowsChanged);
        model.pagesArrivedProperty().addListener(pagesArrived);
        showRows();
    }

    /**
     * Builds the content on a thread other than the FX thread (a scene may be built there until its
     * window shows), while the FX thread keeps painting. It is neither styled nor laid out here:
     * both can measure text (styling a table makes its skin, which sizes columns to their content),
     * and JavaFX's text measuring is shared with the FX thread and not safe beside it (a
     * NullPointerException in PrismTextLayout was seen in test runs). No window, popup or tooltip
     * is made here.
     */
    public static DrillDownDialog prepare(DrillDownViewModel model, ResourceBundle bundle, List<String> stylesheets) {
        DrillDownDialog dialog = new DrillDownDialog(model, bundle, stylesheets);
        ((Region) dialog.scene.getRoot()).resize(WIDTH, HEIGHT);
        return dialog;
    }

    /**
     * The window's sentence and tools as the start page's rehearsal makes them (ADR 0013): a text
     * field's skin and behaviour, made cold in the drill-down's first frame, held the FX thread up
     * for 57–112 ms there in a new JVM.
     */
    public static Parent toolsSpecimen(ResourceBundle bundle) {
        Label sentence = new Label(bundle.getString("drill.title"));
        sentence.getStyleClass().add("drill-sentence");
        TextField search = new TextField();
        search.setPromptText(bundle.getString("drill.search"));
        search.getStyleClass().add("drill-search");
        ProgressIndicator busy = new ProgressIndicator();
        busy.getStyleClass().add("drill-busy");
        busy.setVisible(false);
        Button export = new Button(bundle.getString("drill.export"));
        export.getStyleClass().add("drill-export");
        HBox tools = new HBox(search, busy, export);
        tools.getStyleClass().add("drill-tools");
        VBox specimen = new VBox(sentence, tools);
        specimen.getStyleClass().add("drill-down");
        return specimen;
    }

    /** Makes the window over its owner and shows it; on the FX thread. */
    public void show(Window owner) {
        stage = new Stage();
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(bundle.getString("drill.title"));
        stage.show();
        List<Runnable> pieces = new ArrayList<>();
        pieces.add(() -> {
            // Out of the layout, the table keeps no size: its first pulse styles it and lays out nothing.
            table.setManaged(false);
            table.setVisible(false);
            root.getChildren().set(root.getChildren().indexOf(tableSlot), table);
        });
        pieces.add(() -> {
            table.setManaged(true);
            table.setVisible(true);
            table.requestFocus();
            search.setFocusTraversable(true);
        });
        pieces.addAll(PieceByPulse.inBatches(columns, COLUMNS_A_PULSE, table.getColumns()::addAll));
        pieces.add(rowCells::start);
        PieceByPulse.start(scene, pieces);
    }

    private void buildTable() {
        table.getStyleClass().add("drill-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(bundle.getString("drill.empty")));
        for (DrillColumn column : model.columns()) {
            TableColumn<Integer, Integer> tc = new TableColumn<>(model.heading(column));
            tc.setUserData(column);
            tc.setSortable(column.sortable());
            tc.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue()));
            tc.setCellFactory(c -> new RowCell(column));
            tc.setPrefWidth(width(column));
            columns.add(tc);
        }
        table.setRowFactory(rowCells);
        table.setSortPolicy(t -> {
            TableColumn<Integer, ?> first = t.getSortOrder().isEmpty() ? null : t.getSortOrder().get(0);
            if (first != null && (first != sortedColumn || first.getSortType() != sortedType)) {
                sortedColumn = first;
                sortedType = first.getSortType();
                model.sort((DrillColumn) first.getUserData(), sortedType == TableColumn.SortType.DESCENDING);
            }
            return true;
        });
    }

    private static double width(DrillColumn column) {
        return switch (column.kind()) {
            case COMMENT -> 360;
            case SOURCE_FILE, CLASS_SOURCE, EXPERIENCE_CLASS -> 160;
            case SCORE -> 110;
            case SOURCE_ROW -> 70;
            default -> 110;
        };
    }

    /**
     * The cells that waited for a page, drawn again; the others stay. The table's refresh would make
     * every row make all its cells anew (29 a row for 15 touchpoints): a page asked for out of view
     * (the table measures rows far down to size its scroll bar) held the FX thread 95 ms that way.
     */
    private void showArrivedRows() {
        List<RowCell> waiting = List.copyOf(waitingForRows);
        waitingForRows.clear();
        waiting.forEach(RowCell::redraw);
    }

    /** Other rows (a sort, a search): a new size gives the table new row numbers; the same size redraws them all. */
    private void showRows() {
        int size = model.sizeProperty().get();
        if (size != shownSize) {
            shownSize = size;
            table.setItems(RowNumbers.upTo(size));
        } else {
            table.refresh();
        }
    }

    private void copy() {
        int[] rows = table.getSelectionModel().getSelectedIndices().stream().mapToInt(Integer::intValue).sorted().toArray();
        if (rows.length > 0) {
            model.copy(rows, text -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(text);
                Clipboard.getSystemClipboard().setContent(content);
            });
        }
    }

    private void chooseAndExport() {
        CsvSaveDialog.show(stage, bundle.getString("drill.export.title"), bundle.getString("drill.export.name") + ".csv",
                bundle).ifPresent(chosen -> exportTo(chosen.file(), chosen.dialect()));
    }

    /** Export without the file chooser, for tests and for a path chosen elsewhere. */
    public void exportTo(Path target, CsvDialect dialect) {
        model.export(target, dialect);
    }

    /** A cell of one column; class cells carry their class colour. */
    private final class RowCell extends TableCell<Integer, Integer> {

        private final DrillColumn column;

        RowCell(DrillColumn column) {
            this.column = column;
        }

        void redraw() {
            updateItem(getItem(), isEmpty());
        }

        @Override
        protected void updateItem(Integer index, boolean empty) {
            super.updateItem(index, empty);
            getStyleClass().removeAll("class-INDIFFERENT", "class-SATISFIED", "class-DELIGHTED");
            waitingForRows.remove(this);
            if (empty || index == null) {
                setText(null);
                return;
            }
            DrillRow row = model.row(index);
            if (row == null) {
                waitingForRows.add(this);
                setText("…");
                return;
            }
            setText(model.cell(row, column));
            ExperienceClass c = classOf(row);
            if (c != null) {
                getStyleClass().add("class-" + c.name());
            }
        }

        private ExperienceClass classOf(DrillRow row) {
            Function<DrillRow, ExperienceClass> of = switch (column.kind()) {
                case CLASS -> DrillRow::respondentClass;
                case SCORE, EXPERIENCE_CLASS -> r -> r.scores().get(column.touchpoint().slot()).experienceClass();
                default -> r -> null;
            };
            return of.apply(row);
        }
    }
}
